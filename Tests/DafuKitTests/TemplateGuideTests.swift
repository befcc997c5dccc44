import Foundation
import XCTest
@testable import DafuKit

/// The worked example in Templates/README.md renders to exactly the output shown there.
final class TemplateGuideTests: XCTestCase {
    /// Code blocks of the guide marked `file=NAME`, by name.
    private func files() throws -> [String: String] {
        let guide = try String(contentsOfFile: TestSupport.templates + "/README.md", encoding: .utf8)
        var files: [String: String] = [:]
        for chunk in guide.components(separatedBy: "```").enumerated() where chunk.offset % 2 == 1 {
            let lines = chunk.element.split(separator: "\n", omittingEmptySubsequences: false)
            guard let header = lines.first, let range = header.range(of: "file=") else { continue }
            files[String(header[range.upperBound...])] = lines.dropFirst().joined(separator: "\n")
        }
        return files
    }

    func testWorkedExampleRendersAsDocumented() throws {
        let files = try files()
        XCTAssertEqual(Set(files.keys), ["brief-letter.mustache", "brief-letter.style.yaml", "brief.yaml", "brief.txt"])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-guide-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: TestSupport.templates, toPath: directory.path)
        try files["brief-letter.mustache"]!.write(to: directory.appendingPathComponent("brief-letter.mustache"), atomically: true, encoding: .utf8)
        try files["brief-letter.style.yaml"]!.write(to: directory.appendingPathComponent("brief-letter.style.yaml"), atomically: true, encoding: .utf8)
        let pipeline = try Pipeline(templateDirectory: directory.path)
        let loaded = InputLoader.load(text: files["brief.yaml"]!, file: "brief.yaml")
        XCTAssertEqual(loaded.diagnostics, [])
        let rendered = try pipeline.rendered(try XCTUnwrap(loaded.replies.first?.reply))
        XCTAssertEqual(rendered.text, files["brief.txt"]!)
        XCTAssertEqual(rendered.layout.style.signature, .sealed)
        XCTAssertEqual(rendered.layout.template.description, "简短答复函：无标题，小标题接排，措施用（1）（2）")
    }
}
