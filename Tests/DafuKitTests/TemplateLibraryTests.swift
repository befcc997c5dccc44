import XCTest
@testable import DafuKit

final class TemplateLibraryTests: XCTestCase {
    /// A template folder holding `files` (relative path → text).
    private func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-templates-\(UUID().uuidString)")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    private func errors(_ files: [String: String]) throws -> [String] {
        let directory = try folder(files)
        do {
            // The pipeline: templates, then the style tables beside them.
            _ = try Pipeline(templateDirectory: directory)
            return []
        } catch {
            return error.diagnostics.map { d in
                "\(d.code.rawValue)@\((d.location?.file as NSString?)?.lastPathComponent ?? "-"):\(d.location?.line ?? 0):\(d.location?.column ?? 0)"
            }
        }
    }

    func testRealTemplatesLoadWithDescriptions() {
        let layouts = TestSupport.pipeline.library.layouts
        XCTAssertEqual(layouts.keys.sorted(), ["county-reply", "proposal-reply", "review-opinion", "suggestion-letter", "suggestion-reply"])
        XCTAssertTrue(layouts.values.allSatisfy { !$0.description.isEmpty })
        XCTAssertEqual(layouts["county-reply"]?.options.runIn, [1, 2])
    }

    func testMustacheSyntaxErrorIsLocatedInTheTemplate() throws {
        XCTAssertEqual(try errors(["a.mustache": "@title 标题\n{{#sections}}\n甲\n"]), ["E030@a.mustache:4:1"])
    }

    func testUnknownMarkerIsLocatedWithASuggestion() throws {
        XCTAssertEqual(try errors(["a.mustache": "@title 甲\n  @haeding {{heading}}\n"]), ["E032@a.mustache:2:3"])
        XCTAssertEqual(try errors(["partials/p.mustache": "{{#x}}@itme 甲{{/x}}\n"]), ["E032@p.mustache:1:7"])
    }

    func testFrontMatterIsCheckedWithTemplateLocations() throws {
        XCTAssertEqual(try errors(["a.mustache": "{{!\ndescription: 甲\nrun_in: [5]\nmesures: each\n}}\n@title 甲\n"]),
                       ["E017@a.mustache:3:10", "E010@a.mustache:4:1"])
    }

    func testLayoutAndPartialWithTheSameNameAreRejected() throws {
        XCTAssertEqual(try errors(["a.mustache": "甲\n", "partials/a.mustache": "乙\n"]), ["E031@a.mustache:1:1"])
    }

    func testUnknownTemplateSuggestsTheNearestOne() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("template: proposal-replies\n"))
        XCTAssertThrowsError(try TestSupport.pipeline.document(for: reply)) { error in
            let diagnostic = (error as? DiagnosticList)?.diagnostics.first
            XCTAssertEqual(diagnostic?.code.rawValue, "E020")
            XCTAssertEqual(diagnostic?.location?.line, 9)
            XCTAssertEqual(diagnostic?.help, "是否想写“proposal-reply”？")
        }
    }

    func testMissingTemplateFolderIsAnError() {
        XCTAssertThrowsError(try TemplateLibrary(directory: "/nonexistent-dafu")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.diagnostics.map(\.code.rawValue), ["E021"])
        }
    }

    func testPartialsAndInheritanceWork() throws {
        let directory = try folder([
            "base.mustache": "{{!\ndescription: 基础\n}}\n@title {{$title}}默认标题{{/title}}\n{{> closing}}\n",
            "child.mustache": "{{!\ndescription: 继承\n}}\n{{<base}}{{$title}}对{{proposal.number}}号提案的答复{{/title}}{{/base}}\n",
            "partials/closing.mustache": "{{#closing}}\n{{.}}\n{{/closing}}\n",
        ])
        let pipeline = try Pipeline(templateDirectory: directory)
        let reply = try TestSupport.reply(TestSupport.minimalReply("closing: 此复。\n"))
        XCTAssertEqual(try pipeline.text(for: reply, templateName: "child"), "对12号提案的答复\n\n　　此复。\n")
        XCTAssertEqual(try pipeline.text(for: reply, templateName: "base"), "默认标题\n\n　　此复。\n")
    }
}

extension TemplateLibraryTests {
    func testStyleTableErrorsAreLocated() throws {
        XCTAssertEqual(try errors([
            "a.mustache": "@title 甲\n",
            "default.style.yaml": "sizes:\n  body: 大号\ncolors:\n  rule: red\nsignature: stamped\npage:\n  width: -5\n",
        ]), ["E018@default.style.yaml:2:9", "E018@default.style.yaml:4:9", "E015@default.style.yaml:5:12", "E018@default.style.yaml:7:10"])
    }

    func testTemplateStyleOverridesTheDefault() throws {
        let directory = try folder([
            "a.mustache": "@title 甲\n",
            "default.style.yaml": "sizes:\n  body: 16\n",
            "a.style.yaml": "fonts:\n  body: {name: 仿宋, fallback: FangSong}\nsignature: sealed\n",
        ])
        let layout = try XCTUnwrap(try Pipeline(templateDirectory: directory).layouts["a"])
        XCTAssertEqual(layout.style.bodySize, 32)
        XCTAssertEqual(layout.style.bodyFont, StyleTable.Font(name: "仿宋", fallback: "FangSong"))
        XCTAssertEqual(layout.style.signature, .sealed)
    }

    func testSealedSignatureCentresTheIssuerOverADateRightFourCharacters() {
        XCTAssertEqual(SignaturePlacement.place(issuerWidth: 5, dateWidth: 6, mode: .sealed), SignaturePlacement(issuer: 4.5, date: 4))
        XCTAssertEqual(SignaturePlacement.place(issuerWidth: 8, dateWidth: 6, mode: .unsealed), SignaturePlacement(issuer: 2, date: 2))
        XCTAssertEqual(SignaturePlacement.place(issuerWidth: 12, dateWidth: 6, mode: .unsealed), SignaturePlacement(issuer: 2, date: 6))
    }
}

extension TemplateLibraryTests {
    func testFlushLeftLinesStandAtTheMarginInEveryRenderer() throws {
        let directory = try folder([
            "a.mustache": "{{!\ndescription: 此致敬礼\n}}\n@title 甲\n{{#closing}}\n{{.}}\n{{/closing}}\n@flush-left 此致\n@flush-left 敬礼！\n",
        ])
        let pipeline = try Pipeline(templateDirectory: directory)
        let reply = try TestSupport.reply(TestSupport.minimalReply("closing: 感谢支持。\n"))
        let rendered = try pipeline.rendered(reply, templateName: "a")
        XCTAssertEqual(rendered.text, "甲\n\n　　感谢支持。\n此致\n敬礼！\n")
        XCTAssertEqual(rendered.document.dump(), "title \"甲\"\nbody \"感谢支持。\"\nflush-left \"此致\"\nflush-left \"敬礼！\"\n")
        let document = try XCTUnwrap(rendered.parts.first { $0.name == "word/document.xml" }?.xml)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        // A body paragraph whose first-line indent is taken away (顶格).
        XCTAssertTrue(document.contains("<w:pStyle w:val=\"Body\"/><w:ind w:left=\"0\" w:leftChars=\"0\" w:right=\"0\" w:rightChars=\"0\" "
                                        + "w:firstLine=\"0\" w:firstLineChars=\"0\"/></w:pPr><w:r><w:t xml:space=\"preserve\">此致</w:t>"), document)
    }
}

extension TemplateLibraryTests {
    /// What `dafu templates` says of each layout holds: 有标题/无标题, 称呼/不加称呼, run-in headings.
    func testLayoutDescriptionsSayWhatTheLayoutsPrint() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("sections: [{heading: 甲, intro: 乙。}]\nissuer: 某局\ndate: 2025-05-14\n"))
        for (name, layout) in TestSupport.pipeline.layouts {
            let description = layout.template.description
            let blocks = try TestSupport.pipeline.rendered(reply, templateName: name).blocks
            let hasTitle = blocks.contains { if case .title = $0 { return true } else { return false } }
            let paragraphs = blocks.flatMap { block -> [Paragraph] in if case .text(let p) = block { return p } else { return [] } }
            let hasSalutation = paragraphs.contains { $0.kind == .addressee }
            if description.contains("无标题") { XCTAssertFalse(hasTitle, name) }
            if description.contains("有标题") { XCTAssertTrue(hasTitle, name) }
            if description.contains("不加称呼") { XCTAssertFalse(hasSalutation, name) } else if description.contains("称呼") { XCTAssertTrue(hasSalutation, name) }
            if description.contains("接排") { XCTAssertFalse(paragraphs.contains { if case .heading = $0.kind { return true } else { return false } }, name) }
            if description.contains("单独成行") { XCTAssertTrue(paragraphs.contains { $0.kind == .heading(1) }, name) }
            XCTAssertFalse(description.contains("尊敬的××"), "\(name): the salutation is the data's, 尊敬的 only when it writes it")
        }
    }
}
