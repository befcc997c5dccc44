import XCTest
@testable import DafuKit

/// Every layout variant the seeds show, on one small reply.
final class LayoutVariantTests: XCTestCase {
    private let body = """
    sections:
      - heading: 完善服务网络
        intro: 我局持续完善社区养老服务设施。
        measures:
          - lead: 新建服务站
            text: 全年新建站点42个。
          - lead: 改造老旧设施
            text: 改造设施15处。
      - heading: 加强人才培养
        intro: 全年培训护理人员1200人次。
    next_steps:
      text: 下一步，我们将继续推进。
      items:
        - heading: 扩大覆盖面
          text: 力争年内覆盖全部街道。
        - heading: 提升服务质量
          text: 建立评价机制。
    closing: 感谢您对民政工作的支持。

    """

    private func text(_ extra: String = "", template: String? = nil) throws -> String {
        try TestSupport.text(TestSupport.minimalReply(body + extra), template: template)
    }

    func testStandAloneHeadingsWithInlineMeasuresJoinedToTheIntro() throws {
        XCTAssertEqual(try text(), """
        对市政协十三届三次会议第12号提案的答复

        　　您提出的《关于加强社区养老服务的提案》收悉。现答复如下：
        　　一、完善服务网络
        　　我局持续完善社区养老服务设施。一是新建服务站。全年新建站点42个。二是改造老旧设施。改造设施15处。
        　　二、加强人才培养
        　　全年培训护理人员1200人次。
        　　下一步，我们将继续推进。一是扩大覆盖面。力争年内覆盖全部街道。二是提升服务质量。建立评价机制。
        　　感谢您对民政工作的支持。

        """)
    }

    func testRunInHeadingsAndOneParagraphPerMeasure() throws {
        let rendered = try text("layout:\n  run_in: [1]\n  measures: each\n  join_intro: false\n")
        XCTAssertTrue(rendered.contains("""
        　　一、完善服务网络。我局持续完善社区养老服务设施。
        　　一是新建服务站。全年新建站点42个。
        　　二是改造老旧设施。改造设施15处。
        　　二、加强人才培养。全年培训护理人员1200人次。

        """), rendered)
    }

    func testInlineMeasuresInTheirOwnParagraphWhenNotJoined() throws {
        let rendered = try text("layout:\n  join_intro: false\n")
        XCTAssertTrue(rendered.contains("　　我局持续完善社区养老服务设施。\n　　一是新建服务站。全年新建站点42个。二是改造老旧设施。改造设施15处。\n"), rendered)
    }

    func testRunInHeadingWithoutIntroRunsIntoTheMeasures() throws {
        let yaml = TestSupport.minimalReply("""
        layout:
          run_in: [1]
          items: （1）
        sections:
          - heading: 多措并举
            measures:
              - lead: 降低费率，减轻负担
                text: 费率降至0.4%。
              - text: 没有要点的措施。

        """)
        XCTAssertTrue(try TestSupport.text(yaml).contains("　　一、多措并举。（1）降低费率，减轻负担。费率降至0.4%。（2）没有要点的措施。\n"))
    }

    func testNextStepsAsRunInSecondLevelSections() throws {
        let rendered = try text(template: "county-reply")
        XCTAssertTrue(rendered.contains("""
        　　下一步，我们将继续推进。
        　　（一）扩大覆盖面。力争年内覆盖全部街道。
        　　（二）提升服务质量。建立评价机制。

        """), rendered)
        XCTAssertTrue(rendered.contains("　　一、完善服务网络。我局持续完善社区养老服务设施。一是新建服务站。"), rendered)
    }

    func testLetterLayoutHasNoTitleAndASalutation() throws {
        let rendered = try text("addressee: 尊敬的王丽委员\ndate: 2025-05-14\n", template: "suggestion-letter")
        XCTAssertTrue(rendered.hasPrefix("尊敬的王丽委员：\n　　您提出的"), rendered)
        XCTAssertTrue(rendered.hasSuffix("　　感谢您对民政工作的支持。\n\n　　　　　　　　　　　　　　　　　　　 2025年5月14日\n"), rendered)
    }

    func testSalutationJoinsNamesOfOneRole() throws {
        let yaml = """
        kind: suggestion-reply
        proposal:
          session: 市十四届人大一次会议
          number: "8"
          title: 关于加强养老服务的建议
          proposers: [郭胜利, 陈爱珍, {name: 李强, role: 委员}]

        """
        XCTAssertTrue(try TestSupport.text(yaml).contains("\n郭胜利、陈爱珍代表、李强委员：\n　　你们提出的"))
    }

    func testHeaderBlockIssuerDateAndNotesAppearOnlyWhenGiven() throws {
        let rendered = try text("""
        header:
          doc_number: 民提〔2025〕3号
          signer: 张明
          result_class: A类
          disclosure: 主动公开
        issuer: 某市民政局
        date: 2025-06-01
        contact: {name: 李华, phone: 0373-1234567}
        attachments: [征询意见表, 办理情况统计表]
        cc: [市政协提案委员会, 市政府督查室]

        """)
        XCTAssertTrue(rendered.hasPrefix("""
        　　　　　　　　　　　　　　　　　　　　 办理结果：A类
        民提〔2025〕3号　　　　　　　　　　　　　 签发人：张明

        对市政协
        """), rendered)
        XCTAssertTrue(rendered.hasSuffix("""
        　　感谢您对民政工作的支持。

        　　附件：1.征询意见表
        　　　　　2.办理情况统计表

        　　　　　　　　　　　　　　　　　　某市民政局
        　　　　　　　　　　　　　　　　　　　　2025年6月1日
        　　（此件主动公开）
        　　（联系人：李华，联系电话：0373-1234567）

        抄送：市政协提案委员会，市政府督查室。

        """), rendered)
    }

    /// 办理结果 left blank for the class to be written in after sign-off: `blank` or `空白`;
    /// an empty value still leaves the line out.
    func testResultClassCanBeLeftBlankToFillInByHand() throws {
        for spelling in ["blank", "空白", "Blank"] {
            let rendered = try text("header: {result_class: \(spelling), doc_number: 民提〔2025〕3号}\n")
            XCTAssertTrue(rendered.hasPrefix("　　　　　　　　　　　　　　　　　　　办理结果：　　类\n民提〔2025〕3号\n"), rendered)
        }
        XCTAssertTrue(try text("header: {result_class: \"\", doc_number: 民提〔2025〕3号}\n").hasPrefix("民提〔2025〕3号\n"))
        let reply = try TestSupport.reply(TestSupport.minimalReply("header: {result_class: 空白}\n"))
        XCTAssertEqual(reply.header.resultClass?.value, "", "a blank class is no class for the report")
        XCTAssertEqual(try TestSupport.reply(TestSupport.minimalReply("header: {result_class: B类}\n")).header.resultClass?.value, "B")
    }

    func testSignatureFollowsTheUnsealedRule() {
        let renderer = PlainTextRenderer()
        let spaces = { (n: Int) in String(repeating: "\u{3000}", count: n) }
        // The date starts two characters right of the issuer, which ends two characters from the edge.
        XCTAssertEqual(renderer.signature(SignatureBlock(issuer: "宁川市交通运输局", date: "2025年6月1日")),
                       [spaces(18) + "宁川市交通运输局", spaces(20) + "2025年6月1日"])
        // A date longer than that is itself 右空二字 and pushes the issuer left.
        XCTAssertEqual(renderer.signature(SignatureBlock(issuer: "某市民政局", date: "2025年6月1日")),
                       [spaces(18) + "某市民政局", spaces(20) + "2025年6月1日"])
    }
}

final class TitleLinesTests: XCTestCase {
    func testShortTitleStaysOnOneLine() {
        XCTAssertEqual(TitleLines.split("对市政协十一届四次会议第86号提案的答复", capacity: 20), ["对市政协十一届四次会议第86号提案的答复"])
    }

    func testLongTitleBreaksAtAWordBoundaryNearTheMiddle() {
        XCTAssertEqual(TitleLines.split("关于对县政协十一届四次会议2号重点提案办理情况的答复", capacity: 20),
                       ["关于对县政协十一届四次会议", "2号重点提案办理情况的答复"])
    }

    /// 词意完整: a number stays with its 第 and its unit, a word of `TitleLines.words` stays whole,
    /// even where the balance alone would break them.
    func testNumbersStayWithTheirUnitAndWordsStayWhole() {
        XCTAssertEqual(TitleLines.split("甲乙丙丁戊己庚辛壬癸第12号甲乙丙丁戊己庚辛壬", capacity: 12),
                       ["甲乙丙丁戊己庚辛壬癸", "第12号甲乙丙丁戊己庚辛壬"])
        XCTAssertEqual(TitleLines.split("甲乙丙丁戊己庚辛壬癸十一届子丑寅卯辰巳午未", capacity: 12),
                       ["甲乙丙丁戊己庚辛壬癸", "十一届子丑寅卯辰巳午未"])
        XCTAssertEqual(TitleLines.split("甲乙丙丁戊己庚辛壬癸审议子丑寅卯辰巳午未申酉", capacity: 12),
                       ["甲乙丙丁戊己庚辛壬癸", "审议子丑寅卯辰巳午未申酉"])
        XCTAssertEqual(TitleLines.split("子丑寅卯辰巳午未申酉意见甲乙丙丁戊己庚辛壬癸", capacity: 12),
                       ["子丑寅卯辰巳午未申酉", "意见甲乙丙丁戊己庚辛壬癸"])
    }

    /// `title: [第一行, 第二行]`: the drafter's breaks, in every renderer; a line too long for the
    /// page is broken further; elsewhere than in the title the breaks leave no trace.
    func testADrafterChoosesWhereTheTitleBreaks() throws {
        let yaml = TestSupport.minimalReply("title: [关于加强社区养老服务的, 提案的答复]\nclosing: \"{{title}}\"\n")
        let rendered = try TestSupport.pipeline.rendered(try TestSupport.reply(yaml))
        XCTAssertTrue(rendered.text.hasPrefix("关于加强社区养老服务的\n提案的答复\n\n"), rendered.text)
        XCTAssertEqual(rendered.reply.title?.value, "关于加强社区养老服务的提案的答复")
        XCTAssertTrue(rendered.document.dump().hasPrefix("title \"关于加强社区养老服务的\" \"提案的答复\"\n"), rendered.document.dump())
        XCTAssertTrue(rendered.html.contains("<h1>关于加强社区养老服务的<br/>提案的答复</h1>"), rendered.html)
        let xml = try XCTUnwrap(rendered.parts.first { $0.name == "word/document.xml" }?.xml)
        XCTAssertEqual(xml.components(separatedBy: "<w:pStyle w:val=\"DocTitle\"/>").count - 1, 2)
        XCTAssertFalse(xml.contains("\u{2028}"))
        let long = String(repeating: "甲", count: 30)
        let wrapped = try TestSupport.text(TestSupport.minimalReply("title: [\(long), 乙]\n"))
        XCTAssertTrue(wrapped.hasPrefix(String(repeating: "甲", count: 15) + "\n" + String(repeating: "甲", count: 15) + "\n乙\n\n"), wrapped)
    }

    func testNumbersAndClosingPunctuationAreNeverSplit() {
        for line in TitleLines.split("关于第20250688号提案（关于加快推进城乡一体化供水工程建设）的答复", capacity: 20) {
            XCTAssertFalse(line.hasPrefix("）") || line.hasPrefix("0") || line.hasPrefix("8"), line)
            XCTAssertLessThanOrEqual(SignaturePlacement.width(line), 20)
        }
    }
}
