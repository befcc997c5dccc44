import Foundation
import XCTest
@testable import DafuKit

/// The desk's page preview: the reply as A4 pages on the 22 × 28 grid.
final class PagePreviewTests: XCTestCase {
    func testLinesBreakOnTheGridWithoutClosingPunctuationAtALineStart() {
        let text = String(repeating: "甲", count: 27) + "乙。丙" + String(repeating: "丁", count: 30)
        let lines = GridLines.lines(GridLines.cells([Run(text)]), width: 28, firstIndent: 2, indent: 0)
        // 26 cells after the indent, then 乙 would start the next line with 。: it hangs instead.
        XCTAssertEqual(lines.map { String($0.cells.map(\.character)) }.first, String(repeating: "甲", count: 26))
        XCTAssertFalse(lines.dropFirst().contains { GridLines.noLineStart.contains($0.cells.first!.character) })
        let digits = GridLines.lines(GridLines.cells([Run(String(repeating: "甲", count: 25) + "2025年")]), width: 28, firstIndent: 2, indent: 0)
        XCTAssertEqual(String(digits[1].cells.map(\.character)), "2025年", "a number moves down whole")
    }

    /// Every heading level takes its own font from the style table, in the preview as in the
    /// HTML page (levels 3 and 4 were left in the body font).
    func testEachHeadingLevelHasTheStyleTablesFont() {
        var style = StyleTable()
        style.headingFonts = (1...4).map { StyleTable.Font(name: "字体\($0)", fallback: "Fallback\($0)") }
        let html = PagePreview.html([], style: style)
        for level in 1...4 {
            XCTAssertTrue(html.contains(".heading-\(level), .h\(level) { font-family: \"字体\(level)\", \"Fallback\(level)\""), "level \(level)")
        }
    }

    func testEverySampleBecomesPagesOfAtMostTwentyTwoLinesOfTwentyEightCells() {
        for (name, rendered) in DocxPackageTests.samples {
            let pages = PagePreview.pages(rendered.blocks, style: rendered.layout.style)
            XCTAssertGreaterThan(pages.count, 1, name)
            for page in pages {
                XCTAssertLessThanOrEqual(page.count, 22, name)
                for line in page where line.kind == "body" {
                    let width = line.indent + line.runs.map { SignaturePlacement.width($0.text) }.reduce(0, +)
                    XCTAssertLessThanOrEqual(width, 28 + 2, "\(name): \(line.runs.map(\.text).joined())")
                }
            }
            // Every character of the text is on a page, in order.
            let shown = pages.flatMap { $0 }.flatMap(\.runs).map(\.text).joined()
            XCTAssertEqual(HTMLTests.strip(shown), HTMLTests.strip(rendered.text), name)
        }
    }

    func testThePreviewIsAValidPageOfA4Sheets() throws {
        let rendered = try XCTUnwrap(DocxPackageTests.samples.first { $0.name == "proposal-business-environment" }?.rendered)
        let html = PagePreview.html(rendered.blocks, style: rendered.layout.style)
        XCTAssertTrue(html.contains(".page { position: relative; box-sizing: border-box; width: 210mm; height: 297mm;"))
        XCTAssertTrue(html.contains("<p class=\"folio odd\">— 1 —</p>"))
        XCTAssertTrue(html.contains("<p class=\"folio even\">— 2 —</p>"))
        if let path = ProcessInfo.processInfo.environment["DAFU_PREVIEW_OUT"] { try Data(html.utf8).write(to: URL(fileURLWithPath: path)) }
        try HTMLTests.assertValid(["preview.html": html])
    }
}
