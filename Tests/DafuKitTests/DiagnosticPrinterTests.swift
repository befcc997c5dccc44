import XCTest
@testable import DafuKit

final class DiagnosticPrinterTests: XCTestCase {
    func testPrintsLocationCodeSourceLineAndCaretUnderChineseText() {
        let source = "kind: proposal-reply\nclosing: 感谢\nsections:\n  - 小标题: 甲\n    措施: 乙\n"
        var printer = DiagnosticPrinter()
        printer.register(source, forFile: "a.yaml")
        let diagnostic = Diagnostic(.unknownField, "未知字段“措施”（办理情况小节）",
                                          at: SourceLocation(file: "a.yaml", line: 5, column: 5), help: "是否想写“measures”？")
        XCTAssertEqual(printer.format(diagnostic), """
        a.yaml:5:5: 错误[E010]: 未知字段“措施”（办理情况小节）
            5 |     措施: 乙
              |     ^
              = 帮助：是否想写“measures”？

        """)
    }

    func testCaretIsPaddedWithFullWidthSpacesUnderWideCharacters() {
        XCTAssertEqual(DiagnosticPrinter.caretPadding(for: "标题: 关于", column: 5), "\u{3000}\u{3000}  ")
    }

    func testWarningsPrintTheirLabel() {
        XCTAssertEqual(Diagnostic(.handTypedNumber, "甲").description, "警告[W001]: 甲")
    }
}

/// docs/diagnostics.md documents exactly the codes of `DiagnosticCode`, each once.
final class DiagnosticCodeDocumentationTests: XCTestCase {
    func testEveryCodeIsDocumentedOnceAndTheDocsNameNoOther() throws {
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let rows = docs.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| "), let code = line.dropFirst(2).split(separator: " ").first,
                  code.count == 4, code.first == "E" || code.first == "W", code.dropFirst().allSatisfy(\.isNumber) else { return nil }
            return String(code)
        }
        XCTAssertEqual(rows.count, Set(rows).count, "a code documented twice: \(rows)")
        XCTAssertEqual(Set(rows), Set(DiagnosticCode.allCases.map(\.rawValue)))
        XCTAssertEqual(DiagnosticCode.allCases.count, Set(DiagnosticCode.allCases.map(\.rawValue)).count)
    }

    func testSeverityFollowsTheCodeLetter() {
        for code in DiagnosticCode.allCases {
            XCTAssertEqual(code.severity == .error, code.rawValue.hasPrefix("E"), code.rawValue)
        }
    }
}
