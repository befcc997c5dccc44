import XCTest
@testable import DafuKit

/// Every input diagnostic: exact code, line and column.
final class DiagnosticTests: XCTestCase {
    /// `code@line:column` for each diagnostic, in order.
    private func found(_ yaml: String) -> [String] {
        TestSupport.diagnostics(yaml).map { d in "\(d.code.rawValue)@\(d.location.map { "\($0.line):\($0.column)" } ?? "-")" }
    }

    func testYAMLSyntaxErrorIsLocated() {
        XCTAssertEqual(found("kind: proposal-reply\n  title: [甲\n"), ["E001@2:8"])
    }

    func testInvalidUTF8IsLocatedAtTheFirstBadByte() {
        var data = Data("kind: proposal-reply\ntitle: 甲".utf8)
        data.append(contentsOf: [0xB2, 0xE2])
        let diagnostics = InputLoader.load(data: data, file: "gbk.yaml").diagnostics
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["E002"])
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(file: "gbk.yaml", line: 2, column: 9))
    }

    func testEmptyFileIsAnError() {
        XCTAssertEqual(found(""), ["E003@1:1"])
        XCTAssertEqual(found("# 只有注释\n"), ["E003@1:1"])
    }

    func testUnknownKeySuggestsTheClosestField() throws {
        let diagnostics = TestSupport.diagnostics(TestSupport.minimalReply("titel: 甲\n"))
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["E010"])
        XCTAssertEqual(diagnostics[0].location?.line, 9)
        XCTAssertEqual(diagnostics[0].location?.column, 1)
        XCTAssertEqual(diagnostics[0].message, "未知字段“titel”（答复）")
        XCTAssertEqual(diagnostics[0].help, "是否想写“title”？")
    }

    func testUnknownNestedKeyIsLocatedOnItsLine() {
        XCTAssertEqual(found(TestSupport.minimalReply("header:\n  doc_numbr: 某发〔2025〕1号\n")), ["E010@10:3"])
    }

    func testWrongTypesAreReportedWhereTheValueIs() {
        XCTAssertEqual(found(TestSupport.minimalReply("sections:\n  - heading: [甲, 乙]\n  - heading: 丙\n    measures: 丁\n")),
                       ["E011@10:14", "E011@12:15"])
        XCTAssertEqual(found(TestSupport.minimalReply("header: 甲\n")), ["E011@9:9"])
    }

    func testFieldsEveryReplyNeedsAreReportedByTheLoader() {
        let yaml = """
        kind: suggestion-reply
        proposal:
          number: "3"
        sections:
          - intro: 只有导语
        """
        let diagnostics = TestSupport.diagnostics(yaml)
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["E012"])
        XCTAssertEqual(diagnostics[0].message, "缺少必填字段“heading”（小标题）")
        XCTAssertEqual(diagnostics[0].location?.line, 5)
        XCTAssertEqual(found("title: 甲\n"), ["E012@1:1"], "kind")
    }

    /// The errors of rendering `yaml` with `layout`, as `code@line:col message`.
    private func renderErrors(_ yaml: String, layout: String? = nil) throws -> [String] {
        let reply = try TestSupport.reply(yaml)
        do {
            _ = try TestSupport.pipeline.rendered(reply, templateName: layout)
            return []
        } catch {
            return error.diagnostics.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column) \($0.message)" }
        }
    }

    func testFieldsAreRequiredOnlyWhereTheLayoutPrintsThem() throws {
        let bare = "kind: suggestion-reply\nproposal:\n  number: \"3\"\nsections:\n  - heading: 甲\n"
        // The title needs the session; the opening cites the proposal's title; the salutation its proposers.
        XCTAssertEqual(try renderErrors(bare), [
            "E012@2:1 缺少必填字段“proposal.session”（届次会议）——版式的标题或开头要写届次会议；或给出 title 和 opening.text",
            "E012@2:1 缺少必填字段“proposal.proposers”（提出人）——称呼要写提出人；或给出 addressee",
            "E012@2:1 缺少必填字段“proposal.title”（提案或建议标题）——开头要引用《标题》；或给出 opening.text",
        ])
        // A layout without a title asks for no session; an opening written out, no title.
        XCTAssertEqual(try renderErrors(bare + "addressee: 尊敬的张明代表\nopening: {text: 您的建议收悉。}\n", layout: "suggestion-letter"), [])
        XCTAssertEqual(try renderErrors(bare + "title: 答复\naddressee: 张明代表\nopening: {text: 您的建议收悉。}\n"), [])
        // A review opinion's opening names the session and the report unless it is written out.
        XCTAssertEqual(try renderErrors("kind: review-opinion\ntitle: 审议意见\nsections:\n  - heading: 甲\n"), [
            "E012@1:1 缺少必填字段“addressee”（主送机关）——版式要写主送机关",
            "E012@1:1 缺少必填字段“proposal.session”（届次会议）——版式的标题或开头要写届次会议；或给出 title 和 opening.text",
            "E012@1:1 缺少必填字段“proposal.title”（来文标题）——版式的标题或开头要写来文的标题；或给出 title 和 opening.text",
        ])
        XCTAssertEqual(try renderErrors("kind: review-opinion\ntitle: 审议意见\naddressee: 市政府\nopening: {text: 会议听取了报告。}\n"), [])
    }

    func testDuplicateKeyIsAnError() {
        XCTAssertEqual(TestSupport.diagnostics(TestSupport.minimalReply("closing: 甲\nclosing: 乙\n")).map(\.code.rawValue), ["E013"])
    }

    func testChineseAliasesAreAcceptedAndDuplicatesAcrossThemReported() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("落款: 某市民政局\n日期: 2025-05-14\n"))
        XCTAssertEqual(reply.issuer?.value, "某市民政局")
        XCTAssertEqual(reply.date?.value, ReplyDate(year: 2025, month: 5, day: 14))
        let diagnostics = TestSupport.diagnostics(TestSupport.minimalReply("issuer: 甲\n落款: 乙\n"))
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["E013"])
        XCTAssertEqual(diagnostics.first?.message, "字段“落款”重复（与第9行的“issuer”相同）")
    }

    func testBadDatesAreRejected() {
        XCTAssertEqual(found(TestSupport.minimalReply("date: 2025年5月14日\n")), ["E014@9:7"])
        XCTAssertEqual(found(TestSupport.minimalReply("date: 2025-02-29\n")), ["E014@9:7"])
        XCTAssertEqual(found(TestSupport.minimalReply("date: 2025-13-01\n")), ["E014@9:7"])
        XCTAssertEqual(found(TestSupport.minimalReply("date: 25-5-14\n")), ["E014@9:7"])
        XCTAssertEqual(found(TestSupport.minimalReply("date: 2024-02-29\n")), [])
        XCTAssertEqual(found(TestSupport.minimalReply("date: 2025-05\n")), [])
    }

    func testInvalidChoicesSuggestTheNearestValue() {
        let diagnostics = TestSupport.diagnostics(TestSupport.minimalReply("", kind: "proposal-replay"))
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["E015"])
        XCTAssertEqual(diagnostics.first?.location?.column, 7)
        XCTAssertEqual(diagnostics.first?.help, "是否想写“proposal-reply”？")
        XCTAssertEqual(found(TestSupport.minimalReply("header:\n  disclosure: 公开发布\n")), ["E015@10:15"])
    }

    func testSectionsDeeperThanFourLevelsAreRejected() {
        let yaml = TestSupport.minimalReply("""
        sections:
          - heading: 一级
            sections:
              - heading: 二级
                sections:
                  - heading: 三级
                    sections:
                      - heading: 四级
                        sections:
                          - heading: 五级

        """)
        XCTAssertEqual(found(yaml), ["E016@18:21"])
    }

    func testBadNumberingPatternIsLocated() {
        XCTAssertEqual(found(TestSupport.minimalReply("sections:\n  - heading: 甲\n    item_style: 甲乙\n")), ["E017@11:17"])
        XCTAssertEqual(found(TestSupport.minimalReply("layout:\n  numbering: [一、, 二]\n")), ["E017@10:19"])
    }

    func testHandTypedNumberIsAWarningOnly() {
        let diagnostics = TestSupport.diagnostics(TestSupport.minimalReply("sections:\n  - heading: （一）加强服务\n"))
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["W001"])
        XCTAssertEqual(diagnostics.first?.severity, .warning)
    }

    func testControlCharactersAreDroppedWithAWarning() throws {
        let yaml = TestSupport.minimalReply("closing: \"感谢\\u0007您的支持。\"\n")
        XCTAssertEqual(found(yaml), ["W002@9:10"])
        XCTAssertEqual(InputLoader.load(text: yaml, file: "t").replies.first?.reply.closing.first?.value, "感谢您的支持。")
    }

    func testAllErrorsOfAFileAreReportedAtOnceInSourceOrder() {
        let yaml = TestSupport.minimalReply("date: 2025-02-30\ntitel: 甲\nheader:\n  signr: 乙\n")
        XCTAssertEqual(found(yaml), ["E014@9:7", "E010@10:1", "E010@12:3"])
    }

    func testAliasBombIsStoppedByTheNodeBudget() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...6 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "kind: proposal-reply\nbackground: *a6\n"
        let codes = TestSupport.diagnostics(yaml).map(\.code.rawValue)
        XCTAssertTrue(codes.contains("E005") || codes.contains("E010"), "\(codes)")
    }
}

extension DiagnosticTests {
    func testEmptyRequiredTextIsAnErrorNotASilentDrop() {
        XCTAssertEqual(found(TestSupport.minimalReply("sections:\n  - heading: \"\"\n")), ["E012@10:14"])
        XCTAssertEqual(found(TestSupport.minimalReply("", kind: "\"\"")), ["E012@1:7"])
    }
}
