import Foundation
import XCTest
@testable import DafuKit

/// A real office suite opens every sample: LibreOffice converts each .docx to PDF, and the PDF
/// must say what the plain text says, on a grid of 22 lines × 28 characters, with page numbers
/// "— N —" at the right of odd pages and the left of even ones. Skipped, with a message, where
/// LibreOffice or poppler-utils are not installed; .ci/run installs both.
final class OfficeSuiteTests: XCTestCase {
    /// A program on the PATH.
    static func program(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The samples converted to PDF once: sample name → PDF path.
    static let pdfs: Result<[String: String], Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-office-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var docx: [String] = []
        for (name, rendered) in DocxPackageTests.samples {
            let path = folder.appendingPathComponent("\(name).docx").path
            try rendered.docx().write(to: URL(fileURLWithPath: path))
            docx.append(path)
        }
        let profile = folder.appendingPathComponent("profile").absoluteString
        try run(program("soffice")!, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + docx)
        var result: [String: String] = [:]
        for (name, _) in DocxPackageTests.samples {
            let pdf = folder.appendingPathComponent("\(name).pdf").path
            if FileManager.default.fileExists(atPath: pdf) { result[name] = pdf }
        }
        return result
    }

    override func setUpWithError() throws {
        guard Self.program("soffice") != nil, Self.program("pdftotext") != nil else {
            throw XCTSkip("LibreOffice (soffice) or pdftotext not installed: office-suite tests skipped. .ci/run installs libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils.")
        }
    }

    private func pdf(_ name: String) throws -> String {
        let pdfs = try Self.pdfs.get()
        return try XCTUnwrap(pdfs[name], "LibreOffice did not convert \(name).docx")
    }

    func testEverySampleOpensAndSaysWhatThePlainTextSays() throws {
        for (name, rendered) in DocxPackageTests.samples {
            var text = try Self.run(Self.program("pdftotext")!, [try pdf(name), "-"])
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
        let xml = try Self.run(Self.program("pdftotext")!, ["-f", String(page), "-l", String(page), "-bbox-layout", try pdf(name), "-"])
        var result: [(String, Double, Double, Double)] = []
        for chunk in xml.components(separatedBy: "<line ").dropFirst() {
            func number(_ key: String) -> Double {
                guard let range = chunk.range(of: "\(key)=\"") else { return 0 }
                return Double(chunk[range.upperBound...].prefix { $0 != "\"" }) ?? 0
            }
            let words = chunk.components(separatedBy: "<word ").dropFirst().map { word -> String in
                let start = word.firstIndex(of: ">").map { word.index(after: $0) } ?? word.endIndex
                return String(word[start...].prefix { $0 != "<" })
            }
            result.append((words.joined(), number("xMin"), number("xMax"), number("yMin")))
        }
        return result
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

    func testPageNumbersSitRightOnOddPagesAndLeftOnEvenPages() throws {
        let sheet = StyleTable()
        let oneCharacter = Double(sheet.charWidth) / 20
        let odd = try XCTUnwrap(try lines("proposal-business-environment", page: 1).first { $0.text == "—1—" })
        let even = try XCTUnwrap(try lines("proposal-business-environment", page: 2).first { $0.text == "—2—" })
        XCTAssertEqual(odd.xMax, Double(sheet.pageWidth - sheet.marginRight) / 20 - oneCharacter, accuracy: 2)
        XCTAssertEqual(even.xMin, Double(sheet.marginLeft) / 20 + oneCharacter, accuracy: 2)
        XCTAssertGreaterThan(odd.yMin, Double(sheet.pageHeight - sheet.marginBottom) / 20)
    }
}
