import Foundation
import XCTest
@testable import DafuKit

/// GB/T 9704-2012 placements measured on the page. Every sample and every fixture under
/// Fixtures/positions/ (the variants fixture through every layout) is rendered sealed and
/// unsealed, converted to PDF by LibreOffice once per run, and its text boxes (pdftotext
/// -bbox-layout) and ink (pdftoppm, for rules and the page number's dashes) are compared with
/// the standard's rules, to ±0.3 character. Skipped, with a message, without LibreOffice or
/// poppler-utils. `POSITIONS_REPORT=<file>` appends every measurement to that file, one a line.
final class PagePositionTests: XCTestCase {
    /// ±0.3 character, horizontally and vertically.
    static let tolerance = 0.3

    /// The documents measured, converted once.
    static let specimens: Result<[Specimen], Error> = Result {
        var specimens = try DocxPackageTests.samples.flatMap { name, rendered in
            try Specimen.bothModes(name: name, rendered: rendered)
        }
        for file in ["long-issuer", "short-issuer", "imprint-foot", "imprint-short", "imprint-long"] {
            specimens += try Specimen.bothModes(name: file, rendered: try rendered(fixture: file))
        }
        for layout in TestSupport.pipeline.layouts.keys.sorted() {
            specimens += try Specimen.bothModes(name: "variants-\(layout)", rendered: try rendered(fixture: "variants", layout: layout))
        }
        let pdfs = try OfficeSuite.convert(try specimens.map { ($0.name, try $0.docx()) }, label: "positions")
        for index in specimens.indices {
            let pdf = try XCTUnwrap(pdfs[specimens[index].name], "LibreOffice did not convert \(specimens[index].name).docx")
            try specimens[index].measure(pdf)
        }
        return specimens
    }

    private static func rendered(fixture: String, layout: String? = nil) throws -> RenderedReply {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/DafuKitTests/Fixtures/positions/\(fixture).yaml")
        let reply = try XCTUnwrap(InputLoader.load(path: url.path).replies.first?.reply, "\(fixture).yaml does not load")
        return try TestSupport.pipeline.rendered(reply, templateName: layout)
    }

    override func setUpWithError() throws {
        guard OfficeSuite.isInstalled else { throw XCTSkip(OfficeSuite.skipMessage) }
    }

    /// Asserts every measurement of `rule`'s checks on every specimen; reports them when asked.
    private func check(_ measure: (Specimen) throws -> [Measurement], file: StaticString = #filePath, line: UInt = #line) throws {
        let report = Self.reportFile()
        defer { try? report?.close() }
        var count = 0
        for specimen in try Self.specimens.get() {
            for measurement in try measure(specimen) {
                count += 1
                report?.write(Data("\(specimen.name)\t\(measurement)\n".utf8))
                XCTAssertEqual(measurement.value, measurement.expected, accuracy: measurement.tolerance,
                               "\(specimen.name): \(measurement.rule)", file: file, line: line)
            }
        }
        XCTAssertGreaterThan(count, 0, "nothing was measured", file: file, line: line)
    }

    /// The file named by POSITIONS_REPORT, created if need be, open at its end.
    private static func reportFile() -> FileHandle? {
        guard let path = ProcessInfo.processInfo.environment["POSITIONS_REPORT"] else { return nil }
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = FileHandle(forWritingAtPath: path)
        _ = try? handle?.seekToEnd()
        return handle
    }

    func testIssuerAndDateFollowTheSealedOrUnsealedRule() throws {
        try check { try $0.signature() }
    }

    func testNotesStandTwoCharactersInOnTheLinesAfterTheDate() throws {
        try check { try $0.notes() }
    }

    func testAttachmentNamesLineUpAfterTheLabel() throws {
        try check { try $0.attachments() }
    }

    func testPageNumbersStandOneCharacterInSevenMillimetresUnderTheTypeArea() throws {
        try check { try $0.pageNumbers() }
    }

    func testDocumentNumberSignerAndTitleStandWhereTheStandardPutsThem() throws {
        try check { try $0.header() }
    }

    func testCopyToStandsBetweenRulesAsWideAsTheTypeArea() throws {
        try check { try $0.copyTo() }
    }

    /// 7.4, 7.5: imprint-short's body ends on page 1, so its 版记 stands on page 2; imprint-long's
    /// on page 2, so page 3 is blank and the 版记 stands on page 4. Neither page is numbered.
    func testImprintOfItsOwnStandsOnAnEvenLastPageWithoutPageNumber() throws {
        try check { try $0.imprintPage() }
        let counts = try Self.specimens.get().filter { $0.imprint?.evenPage == true }.map { "\($0.name) \($0.pages.count)" }
        XCTAssertEqual(counts.sorted(), ["imprint-long-sealed 4", "imprint-long-unsealed 4", "imprint-short-sealed 2", "imprint-short-unsealed 2"])
    }
}

/// One measured value against the standard's.
struct Measurement: CustomStringConvertible {
    var rule: String
    var value: Double
    var expected: Double
    var tolerance = PagePositionTests.tolerance

    var description: String {
        "\(rule): \(String(format: "%.2f", value)) (standard \(String(format: "%.2f", expected)))"
    }
}
