import Foundation
import XCTest
@testable import DafuKit

/// A real office suite opens every sample: LibreOffice converts each .docx to PDF, and the PDF
/// must say what the plain text says, on a grid of 22 lines × 28 characters (where each element
/// stands on the page: PagePositionTests). Skipped, with a message, where LibreOffice or
/// poppler-utils are not installed; .ci/run installs both.
final class OfficeSuiteTests: XCTestCase {
    /// The samples converted to PDF once: sample name → PDF path.
    static let pdfs: Result<[String: String], Error> = Result {
        try OfficeSuite.convert(try DocxPackageTests.samples.map { ($0.name, try $0.rendered.docx()) }, label: "office")
    }

    override func setUpWithError() throws {
        guard OfficeSuite.isInstalled else { throw XCTSkip(OfficeSuite.skipMessage) }
    }

    private func pdf(_ name: String) throws -> String {
        let pdfs = try Self.pdfs.get()
        return try XCTUnwrap(pdfs[name], "LibreOffice did not convert \(name).docx")
    }

    func testEverySampleOpensAndSaysWhatThePlainTextSays() throws {
        for (name, rendered) in DocxPackageTests.samples {
            var text = try OfficeSuite.text(try pdf(name))
            text = text.replacingOccurrences(of: #"—\s*\d+\s*—"#, with: "", options: .regularExpression)
            let strip = { (s: String) in s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{3000}" }.map(String.init).joined() }
            let expected = rendered.text
            // An annex table is read cell by cell, and a cell that wraps is read line by line:
            // after the annex label the same characters must be there, in any order.
            if let annex = expected.range(of: "\n附件\n"), let pdfAnnex = strip(text).range(of: "附件数据来源表") {
                let pdf = strip(text)
                XCTAssertEqual(String(pdf[..<pdfAnnex.lowerBound]), strip(String(expected[..<annex.lowerBound])), name)
                XCTAssertEqual(String(pdf[pdfAnnex.lowerBound...]).sorted(), strip(String(expected[annex.lowerBound...])).sorted(), name)
            } else {
                XCTAssertEqual(strip(text), strip(expected), name)
            }
        }
    }

    /// Lines of a PDF page as (text without spaces, xMin, xMax, yMin).
    private func lines(_ name: String, page: Int) throws -> [(text: String, xMin: Double, xMax: Double, yMin: Double)] {
        try OfficeSuite.pages(try pdf(name))[page - 1].map { ($0.text, $0.box.xMin, $0.box.xMax, $0.box.yMin) }
    }

    func testAFullPageHoldsTwentyTwoLinesOfTwentyEightCharacters() throws {
        // Page 2 of this sample is body text from top to bottom.
        let page = try lines("proposal-business-environment", page: 2)
        let sheet = StyleTable()
        let bottomOfTypeArea = Double(sheet.pageHeight - sheet.marginBottom) / 20
        let body = page.filter { $0.yMin < bottomOfTypeArea }
        XCTAssertEqual(body.count, 22, body.map(\.text).joined(separator: "\n"))
        // Lines of Chinese characters only (digits are half as wide and would miscount).
        let longest = body.filter { $0.text.allSatisfy { !$0.isASCII } }.map { $0.text.count }.max() ?? 0
        XCTAssertEqual(longest, 28, body.map(\.text).joined(separator: "\n"))
        let fullLine = try XCTUnwrap(body.first { $0.text.count == 28 && $0.text.allSatisfy { !$0.isASCII } })
        XCTAssertEqual(fullLine.xMin, Double(sheet.marginLeft) / 20, accuracy: 2)
        XCTAssertEqual(fullLine.xMax, Double(sheet.pageWidth - sheet.marginRight) / 20, accuracy: 3)
    }
}
