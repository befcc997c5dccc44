import XCTest
@testable import DafuKit

/// How the .docx places what GB/T 9704 positions, as values (PagePositionTests measures the
/// same on LibreOffice's pages): relations that must hold whatever width a renderer gives the
/// text are built from the exactly known widths only.
final class DocxPlacementTests: XCTestCase {
    private let style = StyleTable()
    private var char: Int { style.charWidth }

    func testUnsealedDateStartsTwoCharactersRightOfTheIssuerWhateverItsWidth() throws {
        for (issuer, issuerGap) in [("宁川市交通运输局", 2.5), ("溱水县优化营商环境工作领导小组办公室", 2), ("市财政局", 6.5)] {
            let placed = SignatureParagraphs(issuer: issuer, date: "2025年7月10日", style: style)
            let (line, date) = (try XCTUnwrap(placed.issuer), try XCTUnwrap(placed.date))
            XCTAssertEqual([line.justification, date.justification], ["left", "left"], issuer)
            XCTAssertEqual(date.left - line.left, 2 * char, issuer)
            XCTAssertEqual(style.textWidth - line.left - style.twips(of: issuer), Int((issuerGap * Double(char)).rounded()), issuer)
            // Room beyond the margin, so that a wider date runs into it rather than wraps.
            XCTAssertLessThan(date.right, 0)
        }
    }

    func testSealedIssuerAndDateShareOneAxisWhereTheDateStandsFourCharactersIn() throws {
        var sealed = style
        sealed.signature = .sealed
        let placed = SignatureParagraphs(issuer: "宁川市交通运输局", date: "2025年7月10日", style: sealed)
        let date = try XCTUnwrap(placed.date)
        XCTAssertEqual(placed.issuer, date)
        XCTAssertEqual(date.justification, "center")
        let axis = (date.left + style.textWidth - date.right) / 2
        XCTAssertEqual(axis + style.twips(of: "2025年7月10日") / 2, style.textWidth - 4 * char, accuracy: 1)
    }

    func testSealedIssuerTooLongToCentreStandsAtTheMarginAboveADateFourCharactersIn() {
        var sealed = style
        sealed.signature = .sealed
        let placed = SignatureParagraphs(issuer: "溱水县优化营商环境工作领导小组办公室", date: "2025年7月18日", style: sealed)
        XCTAssertEqual(placed.issuer, .init(justification: "right"))
        XCTAssertEqual(placed.date, .init(justification: "right", right: 4 * char))
    }

    func testAnIssuerOrADateAloneStandsRightTwoOrFourCharactersIn() {
        XCTAssertEqual(SignatureParagraphs(issuer: nil, date: "2025年5月14日", style: style).date, .init(justification: "right", right: 2 * char))
        var sealed = style
        sealed.signature = .sealed
        XCTAssertEqual(SignatureParagraphs(issuer: "某市民政局", date: nil, style: sealed).issuer, .init(justification: "right", right: 4 * char))
    }

    private func documentXML(_ extra: String) throws -> String {
        let reply = try TestSupport.reply(TestSupport.minimalReply(extra))
        let xml = try XCTUnwrap(try TestSupport.pipeline.rendered(reply).parts.first { $0.name == "word/document.xml" }?.xml)
        return xml.replacingOccurrences(of: "\n\\s*", with: "", options: .regularExpression)
    }

    func testSeveralAttachmentNamesStandAfterATabAtOneColumn() throws {
        let xml = try documentXML("attachments: [征询意见表, 办理情况统计表]\n")
        // 附件： ends at 2 + 3 characters; "1." is one character; half a character after it.
        let column = 2 * char + style.twips(of: "附件：") + style.twips(of: "1.") + char / 2
        XCTAssertTrue(xml.contains(#"<w:tabs><w:tab w:val="left" w:pos="\#(column)"/></w:tabs>"#), xml)
        XCTAssertTrue(xml.contains(#"<w:ind w:left="\#(column)" w:right="0" w:hanging="\#(column - 2 * char)"/>"#), xml)
        XCTAssertTrue(xml.contains(#"附件：1.</w:t><w:tab/><w:t xml:space="preserve">征询意见表"#), xml)
        XCTAssertTrue(xml.contains(#"2.</w:t><w:tab/><w:t xml:space="preserve">办理情况统计表"#), xml)
    }

    func testSignerEndsOneCharacterBeforeTheMargin() throws {
        let xml = try documentXML("header: {doc_number: 民提〔2025〕3号, signer: 张明}\n")
        XCTAssertTrue(xml.contains(#"<w:tab w:val="right" w:pos="\#(style.textWidth - char)"/>"#), xml)
    }

    func testCopyToFrameIsAsWideAsTheTypeAreaAndWrapsAfterTheColon() throws {
        let xml = try documentXML("cc: [市政协提案委员会, 市政府督查室]\n")
        XCTAssertTrue(xml.contains(#"<w:framePr w:w="\#(style.textWidth)""#), xml)
        let label = style.twips(of: "抄送：", size: style.ccSize)
        XCTAssertTrue(xml.contains(#"<w:ind w:left="\#(char + label)" w:right="\#(char)" w:hanging="\#(label)"/>"#), xml)
    }
}
