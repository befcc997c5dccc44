import Foundation
import XCTest
@testable import DafuKit

/// The 版记 as GB/T 9704 7.4 draws it: 抄送, then 印发机关 and 印发日期, where a layout asks for
/// them; alone on an even last page with `imprint_page: even`. PagePositionTests measures the
/// DOCX on LibreOffice's pages (page count, rules, no page number on the 版记 and blank page).
final class ImprintTests: XCTestCase {
    private func fixture(_ name: String) throws -> RenderedReply {
        let path = TestSupport.packageRoot.appendingPathComponent("Tests/DafuKitTests/Fixtures/positions/\(name).yaml").path
        let loaded = InputLoader.load(path: path)
        XCTAssertEqual(loaded.diagnostics, [])
        return try TestSupport.pipeline.rendered(try XCTUnwrap(loaded.replies.first?.reply))
    }

    func testPrinterAndPrintDateJoinTheCopyToInOneImprint() throws {
        let foot = try fixture("imprint-foot")
        XCTAssertEqual(foot.blocks.last, .imprint(ImprintBlock(copyTo: "抄送：市政协提案委员会，市人民政府督查室。", printer: "宁川市交通运输局办公室",
                                                               printDate: "2025年7月11日印发", evenPage: false)))
        XCTAssertTrue(foot.text.hasSuffix("\n\n抄送：市政协提案委员会，市人民政府督查室。\n宁川市交通运输局办公室　　　　　　　 2025年7月11日印发\n"), foot.text)
        XCTAssertTrue(foot.html.contains("<p class=\"printing\"><span class=\"printer\">宁川市交通运输局办公室</span>"
                                         + "<span class=\"print-date\">2025年7月11日印发</span></p>"), foot.html)
        guard case .imprint(let even)? = try fixture("imprint-short").blocks.last else { return XCTFail("no imprint") }
        XCTAssertTrue(even.evenPage)
    }

    func testTheKeysAreChineseTooAndTheDateIsChecked() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("印发机关: 某局办公室\n印发日期: 2025-5-14\n版式: {版记页: 双页}\n"))
        XCTAssertEqual(reply.printer?.value, "某局办公室")
        XCTAssertEqual(reply.printDate?.value, ReplyDate(year: 2025, month: 5, day: 14))
        XCTAssertEqual(reply.layout.imprintPage?.value, .even)
        let bad = TestSupport.diagnostics(TestSupport.minimalReply("print_date: 2025年5月14日\n"))
        XCTAssertEqual(bad.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" }, ["E014@9:13"])
        let page = TestSupport.diagnostics(TestSupport.minimalReply("layout: {imprint_page: odd}\n"))
        XCTAssertEqual(page.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" }, ["E015@9:24"])
    }

    /// Alone on an even page: the body's section ends before it, and its own section starts on
    /// the next even page with a footer that has no page number (a part only such replies carry).
    func testAnImprintOnAnEvenPageIsASectionOfItsOwnWithoutPageNumbers() throws {
        let parts = try fixture("imprint-short").parts
        let document = try XCTUnwrap(parts.first { $0.name == "word/document.xml" }?.xml)
        XCTAssertEqual(document.components(separatedBy: "<w:sectPr>").count - 1, 2)
        let last = String(document[try XCTUnwrap(document.range(of: "<w:sectPr>", options: .backwards)).lowerBound...])
        XCTAssertTrue(last.contains("<w:footerReference w:type=\"even\" r:id=\"rIdFooterBlank\"/>"), last)
        XCTAssertTrue(last.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooterBlank\"/>"), last)
        XCTAssertTrue(last.contains("<w:type w:val=\"evenPage\"/>"), last)
        let footer = try XCTUnwrap(parts.first { $0.name == "word/footer3.xml" }?.xml)
        XCTAssertFalse(footer.contains("PAGE"))
        XCTAssertTrue(try XCTUnwrap(parts.first { $0.name == "word/_rels/document.xml.rels" }?.xml).contains("footer3.xml"))
        let zip = try fixture("imprint-short").docx()
        XCTAssertGreaterThan(zip.count, 0)
        // At the foot of the last page: one section, no third footer.
        let foot = try fixture("imprint-foot").parts
        XCTAssertFalse(foot.contains { $0.name == "word/footer3.xml" })
        XCTAssertFalse(try XCTUnwrap(foot.first { $0.name == "word/_rels/document.xml.rels" }?.xml).contains("footer3.xml"))
    }

    /// The desk's preview: the 版记 on an even page of its own, a blank page before it when the
    /// body ends on an even page, neither with a folio.
    func testThePreviewPutsTheImprintOnAnEvenPageWithoutFolio() throws {
        for (name, count) in [("imprint-short", 2), ("imprint-long", 4)] {
            let rendered = try fixture(name)
            let pages = PagePreview.pages(rendered.blocks, style: rendered.layout.style)
            XCTAssertEqual(pages.count, count, name)
            XCTAssertTrue(pages.last!.contains { $0.kind.hasPrefix("copy-to") }, name)
            let html = PagePreview.html(rendered.blocks, style: rendered.layout.style)
            XCTAssertFalse(html.contains("— \(count) —"), name)
            XCTAssertEqual(html.components(separatedBy: "class=\"folio").count - 1, name == "imprint-short" ? 1 : 2, name)
        }
    }
}
