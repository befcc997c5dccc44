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

    /// A folder with a broken template and a broken style file names both in one run.
    func testTemplateAndStyleErrorsAreReportedTogether() throws {
        XCTAssertEqual(try errors([
            "a.mustache": "@title 甲\n  @haeding {{heading}}\n",
            "a.style.yaml": "signature: stamped\n",
        ]), ["E032@a.mustache:2:3", "E015@a.style.yaml:1:12"])
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

/// The template checks know parents and blocks: an override is rendered where its block stands.
extension TemplateLibraryTests {
    /// A copy of the real templates with `files` added, and its load errors with their messages.
    private func errorsWithRealTemplates(_ files: [String: String]) throws -> [Diagnostic] {
        let directory = try folder(files)
        for name in try FileManager.default.subpathsOfDirectory(atPath: TestSupport.templates) where name.hasSuffix(".mustache") {
            let target = (directory as NSString).appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: target) else { continue }
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: (TestSupport.templates as NSString).appendingPathComponent(name), toPath: target)
        }
        do {
            _ = try TemplateLibrary(directory: directory)
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code.rawValue)@\(($0.location!.file as NSString).lastPathComponent):\($0.location!.line):\($0.location!.column) \($0.message)" }
    }

    func testOverridingABlockTheParentDoesNotHaveIsAnErrorWithASuggestion() throws {
        let found = try errorsWithRealTemplates(["a.mustache": "{{!\ndescription: x\n}}\n{{<ending}}\n{{$salute-line}}\n此致\n{{/salute-line}}\n{{/ending}}\n"])
        XCTAssertEqual(described(found), ["E035@a.mustache:5:1 模板“ending”及其包含的片段中没有块“salute-line”，这个覆盖不会起作用"])
        XCTAssertEqual(found.first?.help, "是否想写“salute-lines”？")
        // Blocks of templates the parent includes can be overridden through it.
        XCTAssertEqual(try errorsWithRealTemplates(["b.mustache": "{{!\ndescription: x\n}}\n{{<county-reply}}{{$salute-lines}}此致{{/salute-lines}}{{/county-reply}}\n"]), [])
        let bare = try errorsWithRealTemplates(["c.mustache": "{{!\ndescription: x\n}}\n{{<body}}{{$x}}y{{/x}}{{/body}}\n"])
        XCTAssertEqual(bare.map(\.code.rawValue), ["E035"])
        XCTAssertEqual(bare.first?.help, "模板“body”没有可覆盖的块（{{$名称}}…{{/名称}}）")
    }

    func testAnIncludeInsideAnOverrideCountsWhereTheBlockStands() throws {
        // ending expands salute-lines; the override includes ending again: ending → ending.
        let direct = try errorsWithRealTemplates(["a.mustache": "{{!\ndescription: x\n}}\n{{<ending}}{{$salute-lines}}\n{{> ending}}\n{{/salute-lines}}{{/ending}}\n"])
        XCTAssertEqual(described(direct), ["E034@a.mustache:5:1 模板循环包含：ending → ending"])
        // The override reaches r, which expands the same block: r → r, although nothing includes r twice.
        let indirect = try errorsWithRealTemplates([
            "a.mustache": "{{!\ndescription: x\n}}\n{{<p}}{{$b}}{{> r}}{{/b}}{{/p}}\n",
            "partials/p.mustache": "{{$b}}{{/b}}\n", "partials/r.mustache": "{{$b}}默认{{/b}}\n",
        ])
        XCTAssertEqual(described(indirect).first, "E034@a.mustache:4:13 模板循环包含：r → r")
        // Inside {{#sections}} the data bounds the recursion, in an override as anywhere.
        XCTAssertEqual(try errorsWithRealTemplates([
            "a.mustache": "{{!\ndescription: x\n}}\n{{<p}}{{$b}}{{#sections}}{{> r}}{{/sections}}{{/b}}{{/p}}\n",
            "partials/p.mustache": "{{$b}}{{/b}}\n", "partials/r.mustache": "{{$b}}默认{{/b}}\n",
        ]), [])
    }

    func testOnlyASectionOverSectionsBoundsRecursion() throws {
        // {{^sections}} renders when there are none, with the same data: it would never end.
        let inverted = try errorsWithRealTemplates(["partials/s.mustache": "{{^sections}}{{> s}}{{/sections}}\n"])
        XCTAssertEqual(described(inverted), ["E034@s.mustache:1:14 模板循环包含：s → s"])
        let block = try errorsWithRealTemplates(["partials/s.mustache": "{{$sections}}{{> s}}{{/sections}}\n"])
        XCTAssertEqual(block.map(\.code.rawValue), ["E034"])
    }

    func testAnythingButOverridesInsideAParentIsExplainedInChinese() throws {
        let found = try errorsWithRealTemplates(["a.mustache": "{{!\ndescription: x\n}}\n{{<ending}}\n{{kind}}\n{{/ending}}\n"])
        XCTAssertEqual(found.map(\.code.rawValue), ["E030"])
        XCTAssertEqual(found.first?.message,
                       "模板语法错误：{{<父模板}} 与 {{/父模板}} 之间只能写块的覆盖 {{$名称}}…{{/名称}}（illegalTokenInsideInheritSection）")
    }

    func testALayoutExtendingAnotherTakesItsFrontMatterAndStyle() throws {
        let directory = try folder([
            "base.mustache": "{{!\ndescription: 基础\nrun_in: [1]\nitems: （1）\n}}\n@title {{$t}}甲{{/t}}\n",
            "base.style.yaml": "signature: sealed\n",
            "child.mustache": "{{!\ndescription: 子\nitems: 第一，\n}}\n{{<base}}{{$t}}乙{{/t}}{{/base}}\n",
        ])
        let pipeline = try Pipeline(templateDirectory: directory)
        let child = try XCTUnwrap(pipeline.layouts["child"])
        XCTAssertEqual(child.template.ancestors, ["base"])
        XCTAssertEqual(child.template.description, "子")
        XCTAssertEqual(child.template.options.runIn, [1])
        XCTAssertEqual(child.template.options.items, NumberPattern("第一，"))
        XCTAssertEqual(child.style.signature, .sealed)
    }
}
