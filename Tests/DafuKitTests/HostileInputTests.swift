import Foundation
import XCTest
import ZIPFoundation
@testable import DafuKit

/// Every outside file is hostile: each case here crashed, hung, blew up memory or damaged data
/// before, and must now end in seconds with a clear, located error or a correct result.
final class HostileInputTests: XCTestCase {
    private func folder() -> URL { TestSupport.temporaryDirectory(self, "dafu-hostile") }

    /// A .docx whose word/document.xml is `xml`, deflated.
    private func docx(_ xml: Data, in folder: URL, name: String = "letter.docx") throws -> URL {
        let url = folder.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(8), compressionMethod: .deflate) { (_: Int64, _: Int) in Data("<Types/>".utf8) }
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { (position: Int64, size: Int) in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        return url
    }

    /// The command ended by itself (no signal), with `status`, and its standard error holds `code`.
    private func assertRefused(_ result: TestSupport.CommandResult, code: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.reason, .exit, "ended by a signal: \(result.stderr.prefix(500))", file: file, line: line)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains("错误[\(code)]"), result.stderr, file: file, line: line)
    }

    // MARK: 1, 6, 7 — .docx parts

    func testDeeplyNestedDocxIsRefusedNotACrash() throws {
        let xml = "<w:document xmlns:w=\"w\"><w:body>" + String(repeating: "<w:r>", count: 80_000) + String(repeating: "</w:r>", count: 80_000) + "</w:body></w:document>"
        let url = try docx(Data(xml.utf8), in: folder())
        let result = try TestSupport.dafu(["import", url.path])
        assertRefused(result, code: "E008")
        XCTAssertTrue(result.stderr.contains("深") || result.stderr.contains("depth"), result.stderr)
    }

    func testEntityExpansionIsRefusedBeforeAnythingExpands() throws {
        var entities = "<!ENTITY a0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [\(entities)]><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
        let url = try docx(Data(xml.utf8), in: folder())
        let result = try TestSupport.dafu(["import", url.path])
        assertRefused(result, code: "E008")
        XCTAssertTrue(result.stderr.contains("DTD"), result.stderr)
        XCTAssertEqual(result.stdout, "", "nothing may be written from a refused letter")
    }

    func testZipBombStopsInflatingAtTheCapEvenWhenTheHeaderLies() throws {
        let size = Limits.zipPartBytes + (8 << 20)
        var xml = Data("<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>".utf8)
        xml.append(Data(repeating: 0x61, count: size))
        xml.append(Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
        let directory = folder()
        let honest = try docx(xml, in: directory, name: "honest.docx")
        assertRefused(try TestSupport.dafu(["import", honest.path]), code: "E008")
        // The same zip declaring 1,000 bytes for the part: inflating must still stop at the cap.
        var bytes = try Data(contentsOf: honest)
        let name = Array("word/document.xml".utf8)
        for (signature, sizeOffset, nameOffset) in [([0x50, 0x4B, 0x01, 0x02] as [UInt8], 24, 46), ([0x50, 0x4B, 0x03, 0x04], 22, 30)] {
            var index = 0
            while let found = bytes[index...].firstRange(of: signature) {
                let start = found.lowerBound
                if bytes.count > start + nameOffset + name.count, Array(bytes[(start + nameOffset)..<(start + nameOffset + name.count)]) == name {
                    bytes.replaceSubrange((start + sizeOffset)..<(start + sizeOffset + 4), with: [0xE8, 0x03, 0, 0])
                }
                index = found.upperBound
            }
        }
        let liar = directory.appendingPathComponent("liar.docx")
        try bytes.write(to: liar)
        XCTAssertThrowsError(try ImportSource.read(liar.path)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code.rawValue, "E008")
            XCTAssertTrue((error as? Diagnostic)?.message.contains("解压后超过") ?? false, "\(error)")
        }
    }

    func testTooManyZipEntriesAreRefused() throws {
        let url = folder().appendingPathComponent("many.docx")
        let archive = try Archive(url: url, accessMode: .create)
        for index in 0...Limits.zipEntries {
            try archive.addEntry(with: "x/\(index)", type: .file, uncompressedSize: Int64(1), compressionMethod: .none) { (_: Int64, _: Int) in Data("a".utf8) }
        }
        XCTAssertThrowsError(try ImportSource.read(url.path)) { XCTAssertEqual(($0 as? Diagnostic)?.code.rawValue, "E008") }
        // One name repeated counts as many entries.
        let same = folder().appendingPathComponent("same.docx")
        let repeated = try Archive(url: same, accessMode: .create)
        for _ in 0...Limits.zipEntries {
            try repeated.addEntry(with: "x", type: .file, uncompressedSize: Int64(1), compressionMethod: .none) { (_: Int64, _: Int) in Data("a".utf8) }
        }
        XCTAssertThrowsError(try ImportSource.read(same.path)) { XCTAssertEqual(($0 as? Diagnostic)?.message.contains("超过 2000 个"), true, "\($0)") }
    }

    // MARK: 2 — full-width digits

    func testFullWidthDigitsInADateAreReadAsDigits() throws {
        for date in ["２０２５年６月２０日", "２０２５年6月20日", "2025年６月２０日"] {
            let letter = ["对市政协第1号提案的答复", "您提出的《关于某事的提案》收悉。现答复如下：", "一、做了什么", "内容。", "感谢您的关心。", "某市某局", date]
            let result = ReplyImporter.importParagraphs(letter, file: "letter.txt", pipeline: TestSupport.pipeline)
            XCTAssertTrue(result.yaml.contains("date: 2025-06-20"), "\(date): \(result.yaml)")
        }
    }

    // MARK: 3, 4, 10 — templates

    /// A copy of the real templates with `files` added (paths relative to the folder).
    private func templates(_ files: [String: String]) throws -> URL {
        let directory = folder().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.templates), to: directory)
        for (path, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(path))
        }
        return directory
    }

    private func loadErrors(_ directory: URL) -> [Diagnostic] {
        do {
            _ = try TemplateLibrary(directory: directory.path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    func testTemplatesThatIncludeThemselvesAreRefusedWhereTheIncludeIs() throws {
        let direct = try templates(["partials/self.mustache": "@title x\n{{> self}}\n"])
        XCTAssertEqual(loadErrors(direct).map { "\($0.code.rawValue) \($0.location!.line):\($0.location!.column) \($0.message)" },
                       ["E034 2:1 模板循环包含：self → self"])
        let mutual = try templates(["partials/a.mustache": "{{> b}}\n", "partials/b.mustache": "{{#kind}}{{> a}}{{/kind}}\n"])
        XCTAssertEqual(loadErrors(mutual).map { "\(($0.location!.file as NSString).lastPathComponent):\($0.location!.line):\($0.location!.column)" },
                       ["a.mustache:1:1", "b.mustache:1:10"])
        let parent = try templates(["loop.mustache": "{{!\ndescription: x\n}}\n{{<loop}}{{$x}}y{{/x}}{{/loop}}\n"])
        XCTAssertEqual(loadErrors(parent).map(\.code.rawValue), ["E034"])
        // Through the CLI: templates and lint report it, render and batch stop before rendering.
        let listed = try TestSupport.dafu(["templates", "--templates", mutual.path], templates: false)
        assertRefused(listed, code: "E034")
        let linted = try TestSupport.dafu(["lint", mutual.appendingPathComponent("partials/b.mustache").path])
        assertRefused(linted, code: "E034")
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        assertRefused(try TestSupport.dafu(["batch", sample, "--output", folder().path, "--templates", direct.path], templates: false), code: "E034")
    }

    func testRecursionThroughSectionsStaysAllowed() throws {
        // partials/section.mustache includes itself inside {{#sections}}: bounded by the data.
        XCTAssertTrue(try String(contentsOfFile: TestSupport.templates + "/partials/section.mustache", encoding: .utf8).contains("{{> section}}"))
        XCTAssertEqual(loadErrors(URL(fileURLWithPath: TestSupport.templates)), [])
    }

    func testDeeplyNestedTemplateSectionsAreRefusedBeforeParsing() throws {
        let deep = "{{!\ndescription: x\n}}\n" + String(repeating: "{{#kind}}", count: 2_000) + "x" + String(repeating: "{{/kind}}", count: 2_000) + "\n"
        let directory = try templates(["deep.mustache": deep])
        let errors = loadErrors(directory)
        XCTAssertEqual(errors.map(\.code.rawValue), ["E036"])
        XCTAssertEqual(errors.first?.location?.line, 4)
        XCTAssertEqual(errors.first?.location?.column, 1 + 9 * Limits.templateNesting)
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        assertRefused(try TestSupport.dafu(["batch", sample, "--output", folder().path, "--templates", directory.path], templates: false), code: "E036")
    }

    func testOversizedTemplatesAndDynamicOrUnknownPartialsAreRefused() throws {
        let big = "{{!\ndescription: x\n}}\n" + String(repeating: "{{kind}}", count: 9_000) + "\n"
        XCTAssertEqual(loadErrors(try templates(["big.mustache": big])).map(\.code.rawValue), ["E007"])
        let dynamic = try templates(["x.mustache": "{{!\ndescription: x\n}}\n{{> nosuch}}{{>*kind}}\n"])
        XCTAssertEqual(loadErrors(dynamic).map { "\($0.code.rawValue) \($0.location!.line):\($0.location!.column)" }, ["E038 4:1", "E037 4:13"])
    }

    // MARK: 5 — write errors

    func testAFileSizeLimitFailsWritesWithALocatedErrorAndLeavesNoStagingFiles() throws {
        let output = folder().appendingPathComponent("out")
        // bash's ulimit -f 30 (KB): every sample's .docx fits but the largest one's (about 35 KB).
        let result = try TestSupport.dafu(["batch", TestSupport.samples.path, "--output", output.path], shellPrefix: "ulimit -f 30;")
        XCTAssertEqual(result.reason, .exit, result.stderr)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("错误[E042]: 无法写入“\(output.path)/proposal-business-environment."), result.stderr)
        XCTAssertTrue(result.stderr.contains("文件超过系统允许的大小"), result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertFalse(names.contains { $0.hasPrefix(".dafu-") }, "\(names)")
        // The other replies are complete; the failed one left nothing (no partial set of outputs).
        XCTAssertTrue(names.contains("county-key-proposal.docx"), "\(names)")
        XCTAssertFalse(names.contains { $0.hasPrefix("proposal-business-environment") }, "\(names)")
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"E042\""), manifest)
    }

    func testAFullDiskFailsWritesWithALocatedErrorAndKeepsFinishedOutputs() throws {
        let mountPoint = folder().appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=120k", "tmpfs", mountPoint.path]
        mount.standardError = FileHandle.nullDevice
        guard (try? mount.run()) != nil, ({ mount.waitUntilExit(); return mount.terminationStatus == 0 })() else {
            throw XCTSkip("A small tmpfs cannot be mounted here (needs root); the ulimit test covers write errors.")
        }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mountPoint.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        let result = try TestSupport.dafu(["batch", TestSupport.samples.path, "--output", mountPoint.path])
        XCTAssertEqual(result.reason, .exit, result.stderr)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("磁盘空间不足"), result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: mountPoint.path)
        XCTAssertFalse(names.contains { $0.hasPrefix(".dafu-") }, "\(names)")
        // Which replies finish before the disk fills depends on the two workers' timing.
        XCTAssertTrue(names.contains { $0.hasSuffix(".docx") }, "finished outputs stay: \(names)")
    }

    // MARK: 8, 9 — quadratic work

    func testLongLettersWithoutSentenceEndsImportInLinearTime() throws {
        let line = "这是一行没有句号的文字内容用来测试导入速度会不会变慢啊"
        let start = Date()
        let result = ReplyImporter.importParagraphs(Array(repeating: line, count: 5_000), file: "long.txt", pipeline: TestSupport.pipeline)
        // Before: over two minutes (each join re-read the growing line).
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertTrue(result.yaml.contains(String(repeating: line, count: 3)))
    }

    func testAVeryLongTitleBreaksInLinearTime() {
        let title = String(repeating: "关于推进城乡基础设施建设的建议", count: 1_334)
        let start = Date()
        let lines = TitleLines.split(title, capacity: 20)
        // Before: 49 seconds.
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(lines.joined(), title)
        XCTAssertTrue(lines.allSatisfy { SignaturePlacement.width($0) <= 20 })
    }

    func testSimilarityOfLongAlikeTextsIsFastAndExact() {
        var state: UInt64 = 7
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("一二三四五六七八九十")
        for _ in 0..<50 {
            let a = (0..<random(40)).map { _ in alphabet[random(alphabet.count)] }
            let b = (0..<random(40)).map { _ in alphabet[random(alphabet.count)] }
            XCTAssertEqual(Similarity.lcs(a, b), Self.dynamicLCS(a, b), "\(String(a)) / \(String(b))")
        }
        let long = Array(String(repeating: "近年来我市持续推进营商环境建设。", count: 10_000))
        var edited = long
        for _ in 0..<200 { edited.remove(at: random(edited.count)) }
        let start = Date()
        XCTAssertEqual(Similarity.lcs(long, edited), edited.count)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    private static func dynamicLCS(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 1...a.count {
            for j in 1...b.count { table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1]) }
        }
        return table[a.count][b.count]
    }

    // MARK: 11, 12 — lint

    func testLintShowsAWindowOfALongLineAndCapsFindings() throws {
        let url = folder().appendingPathComponent("many.yaml")
        let yaml = TestSupport.minimalReply("background:\n  - " + String(repeating: "中,", count: 4_000) + "\n")
        try Data(yaml.utf8).write(to: url)
        let result = try TestSupport.dafu(["lint", url.path])
        XCTAssertEqual(result.reason, .exit)
        // Before: 120 MB of standard error.
        XCTAssertLessThan(result.stderr.utf8.count, 20_000)
        XCTAssertTrue(result.stderr.contains("\(url.path): 另有 3990 条诊断未显示（共 4001 条"), String(result.stderr.suffix(300)))
        let sourceLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("    10 | ") }
        XCTAssertEqual(sourceLines.count, 10)
        XCTAssertTrue(sourceLines.allSatisfy { $0.count < 100 && $0.hasSuffix("…") })
    }

    func testWindowKeepsTheCaretUnderTheColumn() {
        let line = String(repeating: "甲", count: 100) + "X" + String(repeating: "乙", count: 100)
        let (shown, column) = DiagnosticPrinter.window(line, column: 101)
        XCTAssertEqual(Array(shown.unicodeScalars)[column - 1], "X")
        XCTAssertTrue(shown.hasPrefix("…") && shown.hasSuffix("…"))
    }

    func testLintFixesValuesWithAnchorsTagsAndAliasesInPlace() throws {
        let url = folder().appendingPathComponent("anchor.yaml")
        let yaml = TestSupport.minimalReply("""
        sections:
          - heading: 一节
            measures:
              - lead: 要点
                text: &a 措施文字,还有
              - lead: 要点二
                text: !!str 措施文字,还有
              - lead: 要点三
                text: *a
        closing: 感谢。

        """)
        try Data(yaml.utf8).write(to: url)
        let result = try TestSupport.dafu(["lint", "--fix", url.path])
        XCTAssertEqual(result.reason, .exit, result.stderr)
        let fixed = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(fixed.contains("text: &a 措施文字，还有。\n"), fixed)
        XCTAssertTrue(fixed.contains("text: !!str 措施文字，还有。\n"), fixed)
        XCTAssertTrue(fixed.contains("text: *a\n"), fixed)
        let reply = try XCTUnwrap(InputLoader.load(text: fixed, file: "fixed.yaml").replies.first?.reply)
        XCTAssertEqual(reply.sections[0].measures.map { $0.text?.value }, ["措施文字，还有。", "措施文字，还有。", "措施文字，还有。"])
    }

    func testAFixThatWouldNotReparseToTheIntendedValueIsRefused() throws {
        let text = TestSupport.minimalReply("closing: 感谢,支持。\n")
        var report = Linter.lint(path: try {
            let url = folder().appendingPathComponent("r.yaml")
            try Data(text.utf8).write(to: url)
            return url.path
        }())
        XCTAssertFalse(report.fixes.isEmpty)
        // Point the fix one line up, as the old anchor bug did: it must not be written.
        report.findings = report.findings.map { finding in
            var finding = finding
            finding.fix?.location.line -= 1
            return finding
        }
        XCTAssertThrowsError(try Linter.fixedText(report)) { XCTAssertEqual(($0 as? Diagnostic)?.code.rawValue, "E109") }
    }

    // MARK: 13, 14 — batch folders

    func testSymlinkedRepliesAndFoldersAreRenderedAndLoopsReported() throws {
        let root = folder()
        let input = root.appendingPathComponent("in"), elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml")
        try FileManager.default.copyItem(at: sample, to: elsewhere.appendingPathComponent("linked-folder-reply.yaml"))
        let fm = FileManager.default
        try fm.createSymbolicLink(at: input.appendingPathComponent("linked-reply.yaml"), withDestinationURL: sample)
        try fm.createSymbolicLink(at: input.appendingPathComponent("linked-folder"), withDestinationURL: elsewhere)
        try fm.createSymbolicLink(at: input.appendingPathComponent("loop"), withDestinationURL: input)
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("dangling.yaml").path, withDestinationPath: "nowhere.yaml")
        let found = InputDiscovery.find([input.path])
        XCTAssertEqual(found.files.map { String($0.dropFirst(input.path.count + 1)) }, ["linked-folder/linked-folder-reply.yaml", "linked-reply.yaml"])
        XCTAssertEqual(found.notices.map(\.code.rawValue), ["W040", "W040"])
        XCTAssertTrue(found.notices.contains { $0.message.contains("loop") && $0.message.contains("循环") })
        let result = try TestSupport.dafu(["batch", input.path, "--output", root.appendingPathComponent("out").path, "--format", "text"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("渲染 2 件，失败 0 件，跳过 2 个文件"), result.stderr)
    }

    func testASecondBatchIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws {
        let output = folder()
        let descriptor = open(output.path, O_RDONLY | O_DIRECTORY)
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        defer { close(descriptor) }
        let result = try TestSupport.dafu(["batch", TestSupport.samples.path, "--output", output.path])
        assertRefused(result, code: "E043")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path), [], "the refused run writes nothing")
    }

    // MARK: Smaller

    func testUnreadableLettersGetChineseErrorsNamingTheCause() throws {
        let directory = folder()
        let fifo = directory.appendingPathComponent("pipe.txt")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        let result = try TestSupport.dafu(["import", fifo.path])
        assertRefused(result, code: "E002")
        XCTAssertTrue(result.stderr.contains("不是普通文件"), result.stderr)
        let missing = try TestSupport.dafu(["import", directory.appendingPathComponent("none.txt").path])
        XCTAssertTrue(missing.stderr.contains("文件或目录不存在") && !missing.stderr.contains("Code="), missing.stderr)
    }

    func testUnwritableOutputsNameThePathAndTheCause() throws {
        let directory = folder()
        let file = directory.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        let render = try TestSupport.dafu(["render", sample, "--output", file.path])
        assertRefused(render, code: "E042")
        XCTAssertTrue(render.stderr.contains("“\(file.path)”") && render.stderr.contains("不是目录"), render.stderr)
    }

    func testAReadOnlyOutputFolderIsNamedWithItsCause() throws {
        try XCTSkipIf(geteuid() == 0, "Running as root, which may write into a read-only folder: the permission case cannot be shown.")
        let directory = folder()
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        let readOnly = directory.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        chmod(readOnly.path, 0o555)
        let denied = try TestSupport.dafu(["render", sample, "--output", readOnly.path])
        assertRefused(denied, code: "E042")
        XCTAssertTrue(denied.stderr.contains("无法写入“\(readOnly.path)/county-key-proposal.txt”：没有权限"), denied.stderr)
    }

    func testControlCharactersAndSeparatorsFollowOneRuleInEveryRenderer() throws {
        let yaml = TestSupport.minimalReply("background:\n  - \"前\\u0085中\\u2028后\\u2029尾\\u009f完\"\n")
        let loaded = InputLoader.load(text: yaml, file: "c.yaml")
        XCTAssertEqual(loaded.diagnostics.map(\.code.rawValue), ["W002"])
        let rendered = try TestSupport.pipeline.rendered(try XCTUnwrap(loaded.replies.first?.reply))
        XCTAssertTrue(rendered.text.contains("前中后尾完"))
        let document = try XCTUnwrap(rendered.parts.first { $0.name == "word/document.xml" }).xml
        XCTAssertTrue(document.contains("前中后尾完"), "the DOCX shows what the text shows")
    }

    // MARK: Fuzzing (small, deterministic)

    func testMutatedRepliesNeverCrashOrHang() throws {
        var state: UInt64 = 2_026_1129
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        let pieces = ["[", "]", "{", "}", "&a ", "*a", "!!str ", "|", ">", "- ", ": ", "\"", "'", "\n  ", "\t", "---\n", "#", "%", "\u{0}", "\u{85}", "{{x}}", "@section ", "\u{E000}0\u{E001}"]
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestSupport.samples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let start = Date()
        for name in samples {
            let text = try String(contentsOf: TestSupport.samples.appendingPathComponent(name), encoding: .utf8)
            for _ in 0..<60 {
                var scalars = Array(text.unicodeScalars)
                for _ in 0..<(1 + random(5)) {
                    let at = random(scalars.count)
                    switch random(3) {
                    case 0: scalars.insert(contentsOf: pieces[random(pieces.count)].unicodeScalars, at: at)
                    case 1: scalars.removeSubrange(at..<min(scalars.count, at + random(20)))
                    default: scalars.insert(contentsOf: scalars[at..<min(scalars.count, at + random(200))], at: random(scalars.count))
                    }
                }
                let loaded = InputLoader.load(data: Data(String(String.UnicodeScalarView(scalars)).utf8), file: name)
                for (_, reply) in loaded.replies {
                    if let rendered = try? TestSupport.pipeline.rendered(reply) {
                        _ = rendered.text
                        XCTAssertNil(XMLCheck.wellFormedError(rendered.flatOPC))
                    }
                }
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }
}
