import Foundation
import XCTest
@testable import DafuKit

/// `dafu batch` run again on the same folder: replies whose input, layout and dafu build are
/// unchanged and whose outputs still match the manifest are kept, everything else is rendered;
/// a batch killed mid-write leaves nothing behind once the next batch has run. Real files in a
/// temporary folder, real manifests, a real `dafu` process for the kill.
final class IncrementalBatchTests: XCTestCase {
    private var root: URL!
    private var input: URL!
    private var output: URL!
    private var templates: URL!

    override func setUpWithError() throws {
        root = TestSupport.temporaryDirectory(self, "dafu-incremental")
        input = root.appendingPathComponent("in")
        output = root.appendingPathComponent("out")
        templates = root.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // A copy of the real templates, so a test can edit one.
        try FileManager.default.copyItem(atPath: TestSupport.templates, toPath: templates.path)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: input.appendingPathComponent(name))
    }

    /// Four proposal replies, two suggestion replies, one that fails.
    private func writeReplies() throws {
        for n in 1...4 { try write("p\(n).yaml", TestSupport.minimalReply("closing: 提案\(n)。\n")) }
        for n in 1...2 { try write("s\(n).yaml", TestSupport.minimalReply("closing: 建议\(n)。\n", kind: "suggestion-reply")) }
        try write("x-bad.yaml", TestSupport.minimalReply("template: no-such-layout\n"))
    }

    private func batch(format: OutputFormat = .all, force: Bool = false, template: String? = nil) throws -> BatchRunner.Summary {
        let pipeline = try Pipeline(templateDirectory: templates.path)
        let options = BatchRunner.Options(outputDirectory: output.path, format: format, jobs: 2, template: template, force: force)
        return BatchRunner(pipeline: pipeline, options: options).run([input.path]) { _ in }
    }

    private func counts(_ summary: BatchRunner.Summary) -> [Int] { [summary.rendered, summary.unchanged, summary.failed] }

    private func manifest() throws -> Data { try Data(contentsOf: output.appendingPathComponent("manifest.json")) }

    /// Modification times of the outputs, by name: a kept output is not written again.
    private func modificationTimes() throws -> [String: Date] {
        var times: [String: Date] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name != "manifest.json" {
            times[name] = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.modificationDate] as? Date
        }
        return times
    }

    func testAnUnchangedFolderIsKeptAndTheManifestIsTheSame() throws {
        try writeReplies()
        XCTAssertEqual(counts(try batch()), [6, 0, 1])
        let manifest = try manifest(), times = try modificationTimes()
        XCTAssertEqual(times.count, 24)
        XCTAssertEqual(counts(try batch()), [0, 6, 1], "the failed reply is tried again, the others are kept")
        XCTAssertEqual(try self.manifest(), manifest)
        XCTAssertEqual(try modificationTimes(), times)
        XCTAssertEqual(counts(try batch(force: true)), [6, 0, 1])
        XCTAssertEqual(try self.manifest(), manifest, "rendering again gives the same bytes")
    }

    func testAKeptReplyWhoseOutputAnEarlierReplyNowWritesIsACollisionThatKeepsItsSources() throws {
        let reply = TestSupport.minimalReply("output_name: b\n")
        try write("b.yaml", reply)
        XCTAssertEqual(counts(try batch(format: .text)), [1, 0, 0])
        // a.yaml comes first and writes the same bytes to b.txt: b.yaml still holds, is kept, and collides.
        try write("a.yaml", reply)
        XCTAssertEqual(counts(try batch(format: .text)), [1, 0, 1])
        let entries = try XCTUnwrap(Manifest.read(directory: output.path)?.entries[input.appendingPathComponent("b.yaml").path])
        XCTAssertEqual(entries.map(\.errors), [["E041"]])
        XCTAssertEqual(entries.map(\.outputs.count), [0])
        XCTAssertEqual(entries.map(\.inputSHA256), [Manifest.sha256(Data(reply.utf8))])
        XCTAssertEqual(entries.map(\.layout), ["proposal-reply"])
        XCTAssertNotNil(entries.first?.layoutSHA256)
    }

    func testEditedRepliesAndChangedOrMissingOutputsAreRenderedAgain() throws {
        try writeReplies()
        _ = try batch()
        try write("p2.yaml", TestSupport.minimalReply("closing: 提案二，改过。\n"))
        try Data("edited by hand".utf8).write(to: output.appendingPathComponent("p3.docx"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("s1.html"))
        XCTAssertEqual(counts(try batch()), [3, 3, 1])
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("p2.txt"), encoding: .utf8).contains("提案二，改过。"))
        try assertManifestMatchesFolder()
        XCTAssertEqual(counts(try batch()), [0, 6, 1])
    }

    func testChangingATemplateRendersOnlyTheRepliesThatUseIt() throws {
        try writeReplies()
        _ = try batch()
        let suggestion = templates.appendingPathComponent("suggestion-reply.mustache")
        try (try String(contentsOf: suggestion, encoding: .utf8) + "\n").write(to: suggestion, atomically: true, encoding: .utf8)
        XCTAssertEqual(counts(try batch()), [2, 4, 1], "only s1 and s2 use suggestion-reply")
        let proposalStyle = templates.appendingPathComponent("proposal-reply.style.yaml")
        try "page: {margin_top: 2100}\n".write(to: proposalStyle, atomically: true, encoding: .utf8)
        XCTAssertEqual(counts(try batch()), [4, 2, 1], "a layout's own style table counts as the layout")
        let partials = templates.appendingPathComponent("partials")
        let partial = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: partials.path).sorted().first { $0.hasSuffix(".mustache") })
        let partialURL = partials.appendingPathComponent(partial)
        try (try String(contentsOf: partialURL, encoding: .utf8) + "\n").write(to: partialURL, atomically: true, encoding: .utf8)
        let summary = try batch()
        XCTAssertGreaterThan(summary.rendered, 0, "a partial counts for every layout that includes it")
        let defaultStyle = templates.appendingPathComponent("default.style.yaml")
        try (try String(contentsOf: defaultStyle, encoding: .utf8)).replacingOccurrences(of: "margin_left: 1587", with: "margin_left: 1590")
            .write(to: defaultStyle, atomically: true, encoding: .utf8)
        XCTAssertEqual(counts(try batch()), [6, 0, 1], "the default style table counts for every layout")
        try assertManifestMatchesFolder()
    }

    /// A template edited after the pipeline loaded it (while a batch starts): the manifest
    /// records what was rendered, so the next run renders the edit instead of keeping outputs
    /// made from the old text.
    func testATemplateEditedWhileABatchStartsIsRenderedOnTheNextRun() throws {
        try write("s1.yaml", TestSupport.minimalReply("closing: 建议1。\n", kind: "suggestion-reply"))
        let pipeline = try Pipeline(templateDirectory: templates.path)
        let layout = templates.appendingPathComponent("suggestion-reply.mustache")
        try (try String(contentsOf: layout, encoding: .utf8) + "改后的一段。\n").write(to: layout, atomically: true, encoding: .utf8)
        let options = BatchRunner.Options(outputDirectory: output.path, format: .text, jobs: 1)
        XCTAssertEqual(counts(BatchRunner(pipeline: pipeline, options: options).run([input.path]) { _ in }), [1, 0, 0])
        XCTAssertEqual(counts(try batch(format: .text)), [1, 0, 0], "rendered again with the edited template")
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("s1.txt"), encoding: .utf8).contains("改后的一段。"))
        XCTAssertEqual(counts(try batch(format: .text)), [0, 1, 0])
    }

    func testALayoutExtendingAnotherIsRenderedAgainWhenItsParentOrTheParentsStyleChanges() throws {
        try "{{<suggestion-reply}}{{/suggestion-reply}}\n".write(to: templates.appendingPathComponent("child-reply.mustache"), atomically: true, encoding: .utf8)
        try writeReplies()
        try write("c1.yaml", TestSupport.minimalReply("closing: 子版式。\ntemplate: child-reply\n", kind: "suggestion-reply"))
        XCTAssertEqual(counts(try batch()), [7, 0, 1])
        try "page: {margin_top: 2100}\n".write(to: templates.appendingPathComponent("suggestion-reply.style.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(counts(try batch()), [3, 4, 1], "s1, s2 and the child, which takes its parent's style table")
        let parent = templates.appendingPathComponent("suggestion-reply.mustache")
        try (try String(contentsOf: parent, encoding: .utf8) + "\n").write(to: parent, atomically: true, encoding: .utf8)
        XCTAssertEqual(counts(try batch()), [3, 4, 1])
        try assertManifestMatchesFolder()
    }

    func testOtherFormatsOrAnotherTemplateChoiceRenderAgain() throws {
        try writeReplies()
        _ = try batch()
        XCTAssertEqual(counts(try batch(format: .text)), [6, 0, 1], "the outputs asked for differ")
        XCTAssertEqual(counts(try batch(format: .text)), [0, 6, 1])
        XCTAssertEqual(counts(try batch(format: .text, template: "proposal-reply")), [7, 0, 0])
        XCTAssertEqual(counts(try batch(format: .text, template: "proposal-reply")), [0, 7, 0])
    }

    func testAManifestOfAnotherBuildKeepsNothing() throws {
        try writeReplies()
        _ = try batch()
        let path = output.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: BuildIdentity.current, with: "build-id 0000").write(to: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(counts(try batch()), [6, 0, 1])
        try Data("{ not json".utf8).write(to: path)
        XCTAssertEqual(counts(try batch()), [6, 0, 1])
    }

    func testABatchKilledWhileWritingLeavesOnlyCompleteOutputsAfterTheNextRun() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestSupport.samples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        for n in 0..<600 {
            let text = try String(contentsOf: TestSupport.samples.appendingPathComponent(samples[n % samples.count]), encoding: .utf8)
            try write(String(format: "reply-%04d.yaml", n), text)
        }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // What a killed run leaves, in case the kill below lands between two files; and a staging
        // file of another command (dafu render's `.dafu-…tmp`) that a batch must not touch.
        let stale = output.appendingPathComponent(".dafu-batch-0000-killed.tmp"), foreign = output.appendingPathComponent(".dafu-0000-render.tmp")
        try Data("partial".utf8).write(to: stale)
        try Data("render".utf8).write(to: foreign)

        let binary = try XCTUnwrap(TestSupport.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["batch", input.path, "--output", output.path, "--format", "all", "--jobs", "2", "--templates", templates.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, try FileManager.default.contentsOfDirectory(atPath: output.path).count < 200 {
            usleep(2_000)
        }
        XCTAssertTrue(process.isRunning, "the batch finished before it could be killed; give it more replies")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("manifest.json").path))

        let result = try TestSupport.dafu(["batch", input.path, "--output", output.path, "--format", "all", "--templates", templates.path],
                                          templates: false)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("完成：渲染 600 件"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign.path), "another command's staging file is not the batch's to remove")
        try FileManager.default.removeItem(at: foreign)
        try assertManifestMatchesFolder()
    }

    /// The folder holds exactly manifest.json and the outputs it lists, each with its SHA-256.
    private func assertManifestMatchesFolder(file: StaticString = #filePath, line: UInt = #line) throws {
        let object = try JSONSerialization.jsonObject(with: try manifest()) as? [String: Any]
        let replies = try XCTUnwrap(object?["replies"] as? [[String: Any]], file: file, line: line)
        var listed: [String] = []
        for reply in replies {
            for entry in reply["outputs"] as? [[String: String]] ?? [] {
                let path = try XCTUnwrap(entry["path"], file: file, line: line)
                listed.append(path)
                let data = try Data(contentsOf: output.appendingPathComponent(path))
                XCTAssertEqual(entry["sha256"], Manifest.sha256(data), path, file: file, line: line)
            }
        }
        let present = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0 != "manifest.json" }
        XCTAssertEqual(present.sorted(), listed.sorted(), file: file, line: line)
    }
}
