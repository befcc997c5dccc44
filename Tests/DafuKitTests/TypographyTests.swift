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

    /// A reply keeps a quoted source's marks: every rule off, or one rule off by name.
    func testAReplyTurnsTheRulesOffAllOrByName() throws {
        let text = "background: '据统计,1-4月共\"办结\"100件。'\n"
        XCTAssertTrue(try TestSupport.text(TestSupport.minimalReply(text)).contains("　　据统计，1—4月共“办结”100件。\n"))
        XCTAssertTrue(try TestSupport.text(TestSupport.minimalReply(text + "layout: {typography: false}\n"))
            .contains("　　据统计,1-4月共\"办结\"100件。\n"))
        XCTAssertTrue(try TestSupport.text(TestSupport.minimalReply(text + "layout:\n  typography:\n    time-range-dash: false\n    弯引号: 否\n"))
            .contains("　　据统计，1-4月共\"办结\"100件。\n"))
        // A rule turned back on after all were turned off in the template's front matter.
        var options = LayoutOptions()
        options.typography = false
        var overrides = LayoutOverrides()
        overrides.typographyRules = ["time-range-dash": true]
        XCTAssertEqual(overrides.applied(to: options).typographyRules, ["time-range-dash"])
    }

    func testTypographySettingsOfOtherShapesOrUnknownRulesAreLocatedErrors() {
        let list = TestSupport.diagnostics(TestSupport.minimalReply("layout:\n  typography: [time-range-dash]\n"))
        XCTAssertEqual(list.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column) \($0.message)" },
                       ["E011@10:15 字段“typography”应为是/否或映射（键值对），实际为列表"])
        XCTAssertEqual(list.first?.help, "写 typography: false 关掉全部标点规则，或写成映射逐条关掉，如 typography: {time-range-dash: false}")
        let unknown = TestSupport.diagnostics(TestSupport.minimalReply("layout:\n  typography: {time-range: false}\n"))
        XCTAssertEqual(unknown.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" }, ["E010@10:16"])
        XCTAssertEqual(unknown.first?.help, "是否想写“time-range-dash”？")
        XCTAssertEqual(TestSupport.diagnostics(TestSupport.minimalReply("layout: {typography: 也许}\n")).map(\.code.rawValue), ["E019"])
    }

    /// The names a reply may write are exactly the rules', and docs/input-format.md lists each.
    func testRuleNamesOfTheInputFormatAreTheRulesAndAreDocumented() throws {
        XCTAssertEqual(InputSchema.typographyRules.fields.map(\.key), Typography.rules.map(\.name))
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/input-format.md"), encoding: .utf8)
        for field in InputSchema.typographyRules.fields {
            XCTAssertTrue(docs.contains("| `\(field.key)` | \(field.chinese) · `\(field.aliases[0])` |"), field.key)
        }
    }

    /// Lint does not ask to fix marks the reply keeps on purpose.
    func testLintRespectsTheRulesAReplyTurnsOff() throws {
        let file = TestSupport.temporaryDirectory(self).appendingPathComponent("t.yaml")
        try TestSupport.minimalReply("background: 1-4月,共办结100件。\nlayout: {typography: {time-range-dash: false}}\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let codes = Linter.lint(path: file.path).diagnostics.filter { $0.code == .halfWidthPunctuation }
            .map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" }
        XCTAssertEqual(codes, ["W102@9:17"])
    }
}
