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

    func testACellIsWrittenAsOfficeProgramsWriteIt() {
        XCTAssertEqual(SourceLocation.cell(file: "清单.xlsx", sheet: "Sheet1", row: 7, column: 3).description, "清单.xlsx:Sheet1!C7")
        XCTAssertEqual(SourceLocation.cell(file: "清单.xlsx", sheet: "代表建议", row: 12, column: 27).description, "清单.xlsx:代表建议!AA12")
        XCTAssertEqual(SourceLocation.cell(file: "a.xlsx", sheet: "第 2 批", row: 1, column: 1).description, "a.xlsx:'第 2 批'!A1")
        XCTAssertEqual(SourceLocation.cell(file: "a.xlsx", sheet: "2025", row: 1, column: 1).description, "a.xlsx:'2025'!A1")
        XCTAssertEqual(SourceLocation.cell(file: "清单.csv", sheet: nil, row: 5, column: 2).description, "清单.csv:B5")
        XCTAssertEqual(SourceLocation.columnName(26), "Z")
        XCTAssertEqual(SourceLocation.columnName(703), "AAA")
    }

    func testACellDiagnosticPrintsItsRowWithACaretUnderTheCell() {
        var printer = DiagnosticPrinter()
        printer.register(rows: [["编号", "标题", "领衔人"], ["", "关于加强养老服务的建议", "王丽"]], sheet: "Sheet1", forFile: "清单.xlsx")
        let diagnostic = Diagnostic(.emptyListNumber, "编号为空", at: .cell(file: "清单.xlsx", sheet: "Sheet1", row: 2, column: 1))
        XCTAssertEqual(printer.format(diagnostic), """
        清单.xlsx:Sheet1!A2: 错误[E073]: 编号为空
            2 | （空） │ 关于加强养老服务的建议 │ 王丽
              | ^

        """)
        // Under a cell further right, the caret is padded past the wide characters before it.
        let third = Diagnostic(.emptyListNumber, "甲", at: .cell(file: "清单.xlsx", sheet: "Sheet1", row: 2, column: 3))
        let caret = "      |    " + String(repeating: "\u{3000}", count: 11) + "   ^\n"
        XCTAssertTrue(printer.format(third).hasSuffix("    2 |  │ 关于加强养老服务的建议 │ 王丽\n" + caret), printer.format(third))
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
