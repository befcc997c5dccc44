import Foundation
import XCTest
@testable import DafuKit

/// The worked examples in Templates/README.md render to exactly the output shown there: the
/// files are taken from the guide's text, so the examples cannot drift from what is tested.
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

    /// A copy of Templates/ with the guide's template files (`*.mustache`, `*.style.yaml`) added.
    private func pipeline(with files: [String: String]) throws -> Pipeline {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-guide-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: TestSupport.templates, toPath: directory.path)
        for (name, text) in files where name.hasSuffix(".mustache") || name.hasSuffix(".style.yaml") {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try Pipeline(templateDirectory: directory.path)
    }

    func testEveryExampleOfTheGuideIsTested() throws {
        XCTAssertEqual(Set(try files().keys), ["brief-letter.mustache", "brief-letter.style.yaml", "brief.yaml", "brief.txt",
                                               "number-first.mustache", "number-first.yaml", "number-first.txt",
                                               "salute-letter.mustache", "salute.yaml", "salute.txt"])
    }

    /// The guide names every marker a template may write and every name the context holds
    /// (the E032 and E060 helps send authors there).
    func testTheGuideNamesEveryMarkerAndEveryVariable() throws {
        let guide = try String(contentsOfFile: TestSupport.templates + "/README.md", encoding: .utf8)
        for marker in BlockMarkup.markers.keys.sorted() {
            XCTAssertTrue(guide.contains("`@\(marker)`") || guide.contains("`@\(marker) "), "marker @\(marker) is not in Templates/README.md")
        }
        for name in TemplateContext.knownNames.sorted() {
            XCTAssertNotNil(guide.range(of: "[`.|]\(name)[`|.\\[]", options: .regularExpression), "variable \(name) is not in Templates/README.md")
        }
    }

    /// The guide's reply `yaml` rendered with the guide's templates; its text is the guide's `text`.
    private func rendered(_ yaml: String, as text: String) throws -> (RenderedReply, Pipeline) {
        let files = try files()
        let pipeline = try self.pipeline(with: files)
        let loaded = InputLoader.load(text: files[yaml]!, file: yaml)
        XCTAssertEqual(loaded.diagnostics, [])
        let rendered = try pipeline.rendered(try XCTUnwrap(loaded.replies.first?.reply))
        XCTAssertEqual(rendered.text, files[text]!)
        return (rendered, pipeline)
    }

    func testWorkedExampleRendersAsDocumented() throws {
        let (rendered, _) = try rendered("brief.yaml", as: "brief.txt")
        XCTAssertEqual(rendered.layout.style.signature, .sealed)
        XCTAssertEqual(rendered.layout.template.description, "简短答复函：无标题，小标题接排，措施用（1）（2）")
    }

    /// 发文字号 above 办理结果: a layout extending county-reply overrides the one block that
    /// orders the header lines, and keeps county-reply's front matter (run-in headings).
    func testHeaderOrderExampleOverridesOneBlockOfTheParentLayout() throws {
        let (rendered, pipeline) = try rendered("number-first.yaml", as: "number-first.txt")
        XCTAssertEqual(rendered.layout.template.ancestors, ["county-reply"])
        XCTAssertEqual(rendered.layout.template.options, pipeline.layouts["county-reply"]!.template.options)
        guard case .header(let header)? = rendered.blocks.first else { return XCTFail("no header first") }
        XCTAssertEqual(header.lines, [.docNumber("宁交提〔2025〕21号", signer: nil), .resultClass("办理结果：A类")])
    }

    /// 此致／敬礼: a layout takes the shipped ending with only its salute-lines block overridden.
    func testSaluteExampleOverridesOneBlockOfTheEnding() throws {
        let (rendered, _) = try rendered("salute.yaml", as: "salute.txt")
        XCTAssertTrue(rendered.document.dump().contains("body \"此致\"\nflush-left \"敬礼！\"\n"), rendered.document.dump())
    }
}
