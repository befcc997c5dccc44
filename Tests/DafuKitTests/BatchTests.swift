import Foundation
import XCTest
@testable import DafuKit

/// `dafu batch`: every class of bad input gets a located error while the rest of the batch
/// completes; outputs are safe, named deterministically and listed in the manifest.
final class BatchTests: XCTestCase {
    private var folder: URL!
    private var output: URL!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-batch-\(UUID().uuidString)")
        folder = root.appendingPathComponent("in")
        output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
    }

    private func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }

    /// Runs a batch; diagnostics by file name (last path component).
    private func run(format: OutputFormat = .text, jobs: Int = 2) -> (BatchRunner.Summary, [String: [Diagnostic]]) {
        var diagnostics: [String: [Diagnostic]] = [:]
        let runner = BatchRunner(pipeline: TestSupport.pipeline, options: .init(outputDirectory: output.path, format: format, jobs: jobs))
        let summary = runner.run([folder.path]) { event in
            if case .diagnostics(let file, _, let list) = event { diagnostics[(file as NSString).lastPathComponent, default: []] += list }
        }
        return (summary, diagnostics)
    }

    private func outputs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    }

    func testBadInputsAreReportedAndTheRestOfTheBatchCompletes() throws {
        try write("a-good.yaml", TestSupport.minimalReply("closing: 此复。\n"))
        var gbk = Data([0xEF, 0xBB, 0xBF]).prefix(0)
        gbk.append(Data("kind: proposal-reply\nproposal:\n  session: ".utf8))
        gbk.append(Data([0xCA, 0xD0, 0xD5, 0xFE, 0xD0, 0xAD]))           // 市政协 in GBK
        gbk.append(Data("\n  number: \"3\"\n  title: ".utf8))
        gbk.append(Data([0xB9, 0xD8, 0xD3, 0xDA, 0xD1, 0xF8, 0xC0, 0xCF]))  // 关于养老
        gbk.append(Data("\n  proposers: [".utf8))
        gbk.append(Data([0xCD, 0xF5, 0xC0, 0xF6]))                        // 王丽
        gbk.append(Data("]\n".utf8))
        try write("b-gbk.yaml", gbk)
        try write("c-crlf.yaml", Data([0xEF, 0xBB, 0xBF]) + Data(TestSupport.minimalReply().replacingOccurrences(of: "\n", with: "\r\n").utf8))
        try write("d-invalid.yaml", Data("kind: proposal-reply\ntitle: ".utf8) + Data([0xFF, 0xFE, 0x41, 0x80]))
        try write("e-empty.yaml", "")
        try write("f-binary.yaml", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        try write("g-bomb.yaml", bomb + "kind: proposal-reply\nbackground: *a8\n")
        try write("h-deep.yaml", "kind: proposal-reply\nbackground: " + String(repeating: "[", count: 5000) + "\n")
        try write("i-control.yaml", TestSupport.minimalReply("closing: \"感谢\\u0007支持\\u001B。\"\n"))
        try write("j-code.yaml", TestSupport.minimalReply("closing: \"{{#sections}}{{> section}}{{/sections}}\"\nbackground: [\"@title 伪造\"]\n"))
        try write("k-escape.yaml", TestSupport.minimalReply("output_name: ../../逃逸/passwd\n"))
        try write("notes.txt", "not a reply")

        let (summary, diagnostics) = run()
        XCTAssertEqual(diagnostics["b-gbk.yaml"]?.map(\.code.rawValue), ["W003"])
        XCTAssertEqual(diagnostics["b-gbk.yaml"]?.first?.message, "文件是 GB18030（GBK）编码，已转为 UTF-8 读取")
        XCTAssertNil(diagnostics["c-crlf.yaml"])
        XCTAssertEqual(diagnostics["d-invalid.yaml"]?.map(\.code.rawValue), ["E002"])
        XCTAssertEqual(diagnostics["d-invalid.yaml"]?.first?.location?.line, 2)
        XCTAssertEqual(diagnostics["d-invalid.yaml"]?.first?.location?.column, 8)
        XCTAssertEqual(diagnostics["e-empty.yaml"]?.map(\.code.rawValue), ["E003"])
        XCTAssertEqual(diagnostics["f-binary.yaml"]?.map(\.code.rawValue), ["E004"])
        // Aliases share nodes in the composed tree and the decoder never walks into a value of
        // the wrong type, so the "billion laughs" stays a handful of located errors.
        let bombCodes = diagnostics["g-bomb.yaml"]?.map(\.code.rawValue) ?? []
        XCTAssertTrue(!bombCodes.isEmpty && bombCodes.count < 40 && Set(bombCodes).isSubset(of: ["E010", "E011", "E012"]), "\(bombCodes)")
        XCTAssertEqual(diagnostics["h-deep.yaml"]?.map(\.code.rawValue), ["E006"])
        XCTAssertEqual(diagnostics["h-deep.yaml"]?.first?.location?.column, 77)
        XCTAssertEqual(diagnostics["i-control.yaml"]?.map(\.code.rawValue), ["W002"])
        XCTAssertNil(diagnostics["j-code.yaml"])

        XCTAssertEqual(summary.files, 11)
        XCTAssertEqual(summary.rendered, 6)
        XCTAssertEqual(summary.failed, 5)
        XCTAssertEqual(summary.skipped, 1)
        XCTAssertEqual(try outputs(), ["_.._逃逸_passwd.txt", "a-good.txt", "b-gbk.txt", "c-crlf.txt", "i-control.txt", "j-code.txt", "manifest.json"])
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("b-gbk.txt"), encoding: .utf8).hasPrefix("对市政协第3号提案的答复\n"))
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("j-code.txt"), encoding: .utf8)
            .contains("　　@title 伪造\n") )
    }

    func testAliasesThatWidenAListBeyondTheNodeBudgetAreRejected() throws {
        let items = Array(repeating: "*s", count: 120_000).joined(separator: ", ")
        try write("wide.yaml", "s: &s 甲\nkind: proposal-reply\nbackground: [\(items)]\n")
        let (summary, diagnostics) = run()
        XCTAssertEqual(summary.failed, 1)
        XCTAssertTrue(diagnostics["wide.yaml"]?.map(\.code.rawValue).contains("E005") ?? false)
    }

    func testATenMegabyteFieldRendersWhole() throws {
        let field = String(repeating: "优化营商环境", count: 10 * 1024 * 1024 / 18)
        try write("big.yaml", TestSupport.minimalReply("closing: \"\(field)\"\n"))
        let (summary, diagnostics) = run()
        XCTAssertEqual(summary.rendered, 1, "\(diagnostics)")
        let text = try String(contentsOf: output.appendingPathComponent("big.txt"), encoding: .utf8)
        XCTAssertTrue(text.contains("　　" + field + "\n"))
    }

    func testManifestListsOutputsWithTheirHashesAndRerunsAreByteIdentical() throws {
        try write("one.yaml", TestSupport.minimalReply())
        try write("sub/two.yaml", TestSupport.minimalReply("closing: 乙\n"))
        try write("stream.yaml", TestSupport.minimalReply() + "---\n" + TestSupport.minimalReply("closing: 丙\n"))
        let (first, _) = run(format: .all)
        XCTAssertEqual(first.rendered, 4)
        let files = try outputs()
        XCTAssertEqual(files, ["manifest.json"] + ["one", "stream-1", "stream-2", "two"].flatMap { name in
            ["docx", "html", "txt", "xml"].map { "\(name).\($0)" }
        })
        let manifestData = try Data(contentsOf: output.appendingPathComponent("manifest.json"))
        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let replies = try XCTUnwrap(manifest["replies"] as? [[String: Any]])
        XCTAssertEqual(replies.map { ($0["input"] as? String).map { ($0 as NSString).lastPathComponent } }, ["one.yaml", "stream.yaml", "stream.yaml", "two.yaml"])
        XCTAssertEqual(replies.map { $0["document"] as? Int }, [nil, 1, 2, nil])
        for reply in replies {
            for entry in reply["outputs"] as! [[String: String]] {
                let data = try Data(contentsOf: output.appendingPathComponent(entry["path"]!))
                XCTAssertEqual(entry["sha256"], Manifest.sha256(data))
            }
        }
        let before = try files.map { try Data(contentsOf: output.appendingPathComponent($0)) }
        _ = run(format: .all, jobs: 1)
        XCTAssertEqual(try outputs(), files)
        XCTAssertEqual(try files.map { try Data(contentsOf: output.appendingPathComponent($0)) }, before)
    }

    func testCollidingOutputNamesAreReportedNotOverwritten() throws {
        try write("a.yaml", TestSupport.minimalReply("closing: 甲\n"))
        try write("b.yaml", TestSupport.minimalReply("closing: 乙\noutput_name: a\n"))
        let (summary, diagnostics) = run()
        XCTAssertEqual(summary.rendered, 1)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(diagnostics["b.yaml"]?.map(\.code.rawValue), ["E041"])
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("a.txt"), encoding: .utf8).contains("　　甲\n"))
    }

    func testNoTemporaryOrPartialFilesAreLeft() throws {
        try write("ok.yaml", TestSupport.minimalReply())
        try write("bad.yaml", TestSupport.minimalReply("template: no-such-layout\n"))
        let (summary, diagnostics) = run(format: .all)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(diagnostics["bad.yaml"]?.map(\.code.rawValue), ["E020"])
        XCTAssertEqual(try outputs(), ["manifest.json", "ok.docx", "ok.html", "ok.txt", "ok.xml"])
    }

    func testARenderingErrorIsReportedWithItsOwnCodeNotAsAWriteError() throws {
        try write("x.yaml", TestSupport.minimalReply())
        // Without soffice on the PATH the PDF cannot be made: E044, as `dafu render` says.
        let result = try TestSupport.dafu(["batch", folder.path, "--format", "pdf", "--output", output.path], shellPrefix: "PATH=/nonexistent;")
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("错误[E044]: 无法生成 PDF：未安装 LibreOffice"), result.stderr)
        XCTAssertFalse(result.stderr.contains("E042"), result.stderr)
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"E044\"") && !manifest.contains("\"E042\""), manifest)
        XCTAssertEqual(try outputs(), ["manifest.json"])
    }

    func testAnOutputThatCannotBeRenamedIntoPlaceIsTheOneNamed() throws {
        try write("x.yaml", TestSupport.minimalReply())
        XCTAssertEqual(run(format: .all).0.rendered, 1)
        // On the re-run every output exists from the first run, the .xml as a folder now.
        let blocked = output.appendingPathComponent("x.xml")
        try FileManager.default.removeItem(at: blocked)
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        let (summary, diagnostics) = run(format: .all)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(diagnostics["x.yaml"]?.map(\.code.rawValue), ["E042"])
        XCTAssertEqual(diagnostics["x.yaml"]?.first?.message, "无法写入“\(blocked.path)”：是一个目录")
        let names = try outputs()
        XCTAssertFalse(names.contains { $0.hasPrefix(".dafu-") }, "\(names)")
    }

    func testAFolderOrFileReachedTwiceIsRenderedOnce() throws {
        try write("2025/a.yaml", TestSupport.minimalReply())
        try write("2025/b.yaml", TestSupport.minimalReply("closing: 乙\n"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("latest").path, withDestinationPath: "2025")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("current.yaml").path, withDestinationPath: "2025/b.yaml")
        let named = folder.appendingPathComponent("2025/a.yaml").path
        var diagnostics: [Diagnostic] = []
        let runner = BatchRunner(pipeline: TestSupport.pipeline, options: .init(outputDirectory: output.path, format: .text, jobs: 2))
        let summary = runner.run([folder.path, named]) { event in
            if case .diagnostics(_, _, let list) = event { diagnostics += list }
        }
        // Read once where first met: the folder in name order, the file in sorted order, then the named file.
        XCTAssertEqual(diagnostics.map(\.message), [
            "跳过“\(folder.path)/latest”：与“\(folder.path)/2025”是同一个目录，只读取一次",
            "跳过“\(folder.path)/current.yaml”：与“\(folder.path)/2025/b.yaml”是同一个文件，只渲染一次",
            "跳过重复给出的文件“\(named)”，只渲染一次",
        ])
        XCTAssertEqual(Set(diagnostics.map(\.code.rawValue)), ["W045"])
        XCTAssertEqual([summary.rendered, summary.failed, summary.skipped, summary.warnings], [2, 0, 3, 3])
        XCTAssertEqual(try outputs(), ["a.txt", "b.txt", "manifest.json"])
    }

    /// A stream of replies counts each document: one that does not decode and one a syntax
    /// error stopped in are failures of their own, in the summary and the manifest, beside
    /// the documents that rendered; and the file is tried again on the next run.
    func testEveryFailedDocumentOfAStreamIsCountedAndRecorded() throws {
        try write("stream.yaml", TestSupport.minimalReply() + "---\n" + TestSupport.minimalReply(kind: "nonsense-reply")
                  + "---\n" + TestSupport.minimalReply("closing: 乙。\n") + "---\nkind: proposal-reply\nproposal: [broken\n")
        for run in 1...2 {
            let (summary, diagnostics) = self.run()
            XCTAssertEqual([summary.rendered, summary.failed, summary.unchanged], [2, 2, 0], "run \(run)")
            XCTAssertEqual(diagnostics["stream.yaml"]?.map(\.code.rawValue), ["E015", "E001"], "run \(run)")
            let manifest = try JSONDecoder().decode(ManifestFile.self, from: Data(contentsOf: output.appendingPathComponent("manifest.json")))
            XCTAssertEqual(manifest.replies.map { "\($0.document ?? 0) \($0.errors ?? []) \($0.outputs.map(\.path))" }, [
                "1 [] [\"stream-1.txt\"]", "2 [\"E015\"] []", "3 [] [\"stream-3.txt\"]", "4 [\"E001\"] []",
            ], "run \(run)")
        }
        XCTAssertEqual(try outputs(), ["manifest.json", "stream-1.txt", "stream-3.txt"])
    }

    /// Empty documents — a trailing `---`, a document of comments only — are not replies and
    /// not failures.
    func testEmptyDocumentsOfAStreamAreNeitherRepliesNorFailures() throws {
        try write("trailing.yaml", TestSupport.minimalReply() + "---\n")
        try write("middle.yaml", TestSupport.minimalReply() + "---\n# 仅有注释\n---\n" + TestSupport.minimalReply("closing: 乙。\n"))
        let (summary, diagnostics) = run()
        XCTAssertEqual([summary.rendered, summary.failed, summary.warnings], [3, 0, 0])
        XCTAssertEqual(diagnostics.values.flatMap { $0 }.map(\.code), [])
        XCTAssertEqual(try outputs(), ["manifest.json", "middle-1.txt", "middle-3.txt", "trailing.txt"])
    }

    private struct ManifestFile: Decodable {
        var replies: [Manifest.Entry]
    }

    /// `dafu batch .` writing to ./Output: the output folder is not read as input on the next
    /// run (its manifest.json is not a reply), but is read when named itself.
    func testTheOutputFolderUnderAnInputFolderIsNotReadAsInput() throws {
        try write("a.yaml", TestSupport.minimalReply())
        let inside = folder.appendingPathComponent("Output").path
        for _ in 1...2 {
            let runner = BatchRunner(pipeline: TestSupport.pipeline, options: .init(outputDirectory: inside, format: .text, jobs: 1, force: true))
            let summary = runner.run([folder.path]) { _ in }
            XCTAssertEqual([summary.files, summary.rendered, summary.failed, summary.skipped], [1, 1, 0, 0])
        }
        let found = InputDiscovery.find([inside], excluding: inside)
        XCTAssertEqual(found.files.map { ($0 as NSString).lastPathComponent }, ["manifest.json"])
        // An earlier run's output folder, while this run writes elsewhere: also not input.
        let elsewhere = BatchRunner(pipeline: TestSupport.pipeline, options: .init(outputDirectory: output.path, format: .text, jobs: 1))
        XCTAssertEqual(InputDiscovery.find([folder.path], excluding: output.path).files.map { ($0 as NSString).lastPathComponent }, ["a.yaml"])
        let summary = elsewhere.run([folder.path]) { _ in }
        XCTAssertEqual([summary.files, summary.rendered, summary.failed], [1, 1, 0])
    }

    func testAManifestThatCannotBeWrittenFailsTheRunAndLeavesNoStagingFile() throws {
        try write("x.yaml", TestSupport.minimalReply())
        try FileManager.default.createDirectory(at: output.appendingPathComponent("manifest.json"), withIntermediateDirectories: true)
        let result = try TestSupport.dafu(["batch", folder.path, "--format", "text", "--output", output.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("错误[E042]: 无法写入“\(output.path)/manifest.json”：是一个目录"), result.stderr)
        XCTAssertEqual(try outputs(), ["manifest.json", "x.txt"])
    }

    func testAnUnreadableReplyIsReportedWithItsCauseAndRecorded() throws {
        let pipe = folder.appendingPathComponent("p.yaml")
        XCTAssertEqual(mkfifo(pipe.path, 0o644), 0)
        var diagnostics: [Diagnostic] = []
        let runner = BatchRunner(pipeline: TestSupport.pipeline, options: .init(outputDirectory: output.path, format: .text, jobs: 1))
        let summary = runner.run([pipe.path]) { event in
            if case .diagnostics(_, _, let list) = event { diagnostics += list }
        }
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(diagnostics.map(\.message), ["无法读取文件“\(pipe.path)”：不是普通文件（管道、设备或套接字）"])
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"E002\""), manifest)
    }

    func testNamedFilesAndMissingInputs() throws {
        try write("x.yaml", TestSupport.minimalReply())
        var diagnostics: [Diagnostic] = []
        let runner = BatchRunner(pipeline: TestSupport.pipeline, options: .init(outputDirectory: output.path, format: .text, jobs: 1))
        let summary = runner.run([folder.appendingPathComponent("x.yaml").path, folder.appendingPathComponent("missing.yaml").path]) { event in
            if case .diagnostics(_, _, let list) = event { diagnostics += list }
        }
        XCTAssertEqual(summary.rendered, 1)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(diagnostics.map(\.code.rawValue), ["E002"])
    }
}
