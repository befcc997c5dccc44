import XCTest
@testable import DafuKit

/// How the .docx places what GB/T 9704 positions, as values (PagePositionTests measures the
/// same on LibreOffice's pages): relations that must hold whatever width a renderer gives the
/// text are built from the exactly known widths only.
final class DocxPlacementTests: XCTestCase {
    private let style = StyleTable()
    private var char: Int { style.charWidth }

    private func documentXML(_ extra: String) throws -> String {
        let reply = try TestSupport.reply(TestSupport.minimalReply(extra))
        let xml = try XCTUnwrap(try TestSupport.pipeline.rendered(reply).parts.first { $0.name == "word/document.xml" }?.xml)
        return xml.replacingOccurrences(of: "\n\\s*", with: "", options: .regularExpression)
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
