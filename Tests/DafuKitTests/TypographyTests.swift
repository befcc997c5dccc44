import XCTest
@testable import DafuKit

/// GB/T 15834 punctuation, one table per rule: (input, expected).
final class TypographyTests: XCTestCase {
    private func check(_ rule: String, _ rows: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws {
        let only = try XCTUnwrap(Typography.rules.first { $0.name == rule })
        for (input, expected) in rows {
            XCTAssertEqual(Typography.apply(input, rules: [only]), expected, "\(rule): \(input)", file: file, line: line)
        }
    }

    func testHalfWidthPunctuationBetweenChineseBecomesFullWidth() throws {
        try check("full-width-punctuation", [
            ("我们,你们", "我们，你们"),
            ("说明:如下", "说明：如下"),
            ("第一;第二", "第一；第二"),
            ("是否可行?可行!", "是否可行？可行！"),
            ("县(市、区)", "县（市、区）"),
            ("(一)加强服务", "（一）加强服务"),
            ("增长3,5个百分点", "增长3,5个百分点"),
            ("时间10:30开始", "时间10:30开始"),
            ("Hello, world", "Hello, world"),
            ("PM2.5(细颗粒物)", "PM2.5（细颗粒物）"),
            ("f(x) = 1", "f(x) = 1"),
        ])
    }

    func testStraightQuotesArePairedAndNested() throws {
        try check("curly-quotes", [
            ("推行\"一网通办\"改革", "推行“一网通办”改革"),
            ("\"放管服\"和\"最多跑一次\"", "“放管服”和“最多跑一次”"),
            ("他说\"要做到'应知尽知'\"", "他说“要做到‘应知尽知’”"),
            ("don't stop", "don't stop"),
            ("只有一个\"引号", "只有一个\"引号"),
        ])
    }

    func testDocumentNumberYearsTakeHexagonalBrackets() throws {
        try check("document-number-brackets", [
            ("政网办[2022]15号", "政网办〔2022〕15号"),
            ("豫政【2023】8号", "豫政〔2023〕8号"),
            ("息营商办（2023）14号", "息营商办〔2023〕14号"),
            ("见附件(2023)", "见附件(2023)"),
            ("[2022]年度", "[2022]年度"),
        ])
    }

    func testTimeRangesTakeTheOneCharacterDash() throws {
        try check("time-range-dash", [
            ("1-4月", "1—4月"),
            ("2024~2026年", "2024—2026年"),
            ("（2025-2035年）", "（2025—2035年）"),
            ("电话0373-1234567", "电话0373-1234567"),
            ("2025-05-14", "2025-05-14"),
            ("2025-05-14日", "2025-05-14日"),
        ])
    }

    func testNothingChangesInsideURLsAndEmailAddresses() {
        XCTAssertEqual(Typography.apply("详见http://www.example.gov.cn/a,b(1)或来信至office@example.gov.cn,谢谢"),
                       "详见http://www.example.gov.cn/a,b(1)或来信至office@example.gov.cn，谢谢")
    }

    func testRenderingAppliesTheRulesAndATemplateCanTurnThemOff() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("closing: \"感谢您的支持,欢迎监督\\\"放管服\\\"改革!\"\n"))
        XCTAssertTrue(try TestSupport.pipeline.text(for: reply).contains("　　感谢您的支持，欢迎监督“放管服”改革！\n"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-typo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try "{{!\ndescription: 原样\ntypography: false\n}}\n{{#closing}}\n{{.}}\n{{/closing}}\n".write(
            to: directory.appendingPathComponent("raw.mustache"), atomically: true, encoding: .utf8)
        let raw = try Pipeline(templateDirectory: directory.path)
        XCTAssertEqual(try raw.text(for: reply, templateName: "raw"), "　　感谢您的支持,欢迎监督\"放管服\"改革!\n")
    }
}
