import Foundation
import XCTest

/// The `dafu` binary as a user runs it: exit status, files, standard input and output.
final class CommandLineTests: XCTestCase {
    private func run(_ arguments: [String], stdin: String? = nil) throws -> TestSupport.CommandResult {
        try TestSupport.dafu(arguments, stdin: stdin)
    }

    private func temporaryDirectory() -> URL { TestSupport.temporaryDirectory(self) }

    func testRenderWritesTheTextFileAndExitsZero() throws {
        let output = temporaryDirectory()
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        let result = try run(["render", sample, "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try String(contentsOf: output.appendingPathComponent("county-key-proposal.txt"), encoding: .utf8)
        let golden = try String(contentsOf: TestSupport.snapshots.appendingPathComponent("county-key-proposal.txt"), encoding: .utf8)
        XCTAssertEqual(written, golden)
    }

    func testDashReadsStandardInputAndWritesStandardOutput() throws {
        let result = try run(["render", "-"], stdin: TestSupport.minimalReply("closing: 此复。\n"))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        对市政协十三届三次会议第12号提案的答复

        　　您提出的《关于加强社区养老服务的提案》收悉。现答复如下：
        　　此复。

        """)
    }

    func testInputErrorsExitOneWithLocatedMessagesAndWriteNothing() throws {
        let output = temporaryDirectory()
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("bad.yaml")
        try TestSupport.minimalReply("titel: 甲\n").write(to: input, atomically: true, encoding: .utf8)
        let result = try run(["render", input.path, "--output", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
        \(input.path):9:1: 错误[E010]: 未知字段“titel”（答复）
            9 | titel: 甲
              | ^
              = 帮助：是否想写“title”？

        """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("bad.txt").path))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run(["render", "x.yaml", "--format", "odt"]).status, 2)
        XCTAssertEqual(try run(["render"]).status, 2)
        XCTAssertEqual(try run(["frobnicate"]).status, 2)
    }

    func testSeveralDocumentsInOneStreamGetNumberedNames() throws {
        let output = temporaryDirectory()
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("batch.yaml")
        try (TestSupport.minimalReply() + "---\n" + TestSupport.minimalReply("output_name: ../../second\n"))
            .write(to: input, atomically: true, encoding: .utf8)
        let result = try run(["render", input.path, "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        XCTAssertEqual(names, ["batch-1.txt", "_.._second.txt"].sorted())
    }

    func testTemplatesListsLayouts() throws {
        let result = try run(["templates"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("county-reply\t县级重点提案答复"), result.stdout)
    }
}

extension CommandLineTests {
    func testFormatAllWritesTextDocxFlatOPCAndHTML() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-cli-all-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: output) }
        let sample = TestSupport.samples.appendingPathComponent("suggestion-private-economy.yaml").path
        let result = try run(["render", sample, "--format", "all", "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(),
                       ["suggestion-private-economy.docx", "suggestion-private-economy.html", "suggestion-private-economy.txt", "suggestion-private-economy.xml"])
        let docx = try Data(contentsOf: output.appendingPathComponent("suggestion-private-economy.docx"))
        XCTAssertEqual(Array(docx.prefix(2)), [0x50, 0x4B])
    }

    func testFlatOPCGoesToStandardOutput() throws {
        let result = try run(["render", "-", "--format", "flat"], stdin: TestSupport.minimalReply())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("<pkg:package"))
        XCTAssertEqual(try run(["render", "-", "--format", "all"], stdin: TestSupport.minimalReply()).status, 2)
    }
}

extension CommandLineTests {
    func testBatchRendersAFolderReportsFailuresAndExitsOne() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-cli-batch-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in"), output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try TestSupport.minimalReply().write(to: input.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        try "kind: proposal-reply\ntitel: 甲\n".write(to: input.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["batch", input.path, "--output", output.path, "--jobs", "2"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("bad.yaml:2:1: 错误[E010]: 未知字段“titel”（答复）"), result.stderr)
        XCTAssertTrue(result.stderr.contains("进度：2/2 文件，已渲染 1，失败 1"), result.stderr)
        XCTAssertTrue(result.stderr.contains("完成：渲染 1 件，失败 1 件，跳过 0 个文件，警告 0 条"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(),
                       ["good.docx", "good.html", "good.txt", "good.xml", "manifest.json"])
        XCTAssertEqual(try run(["batch", input.path, "--jobs", "0"]).status, 2)
    }
}


extension CommandLineTests {
    func testImportPrintsYAMLAndCheckReportsTheSimilarity() throws {
        let golden = TestSupport.snapshots.appendingPathComponent("suggestion-private-economy.txt").path
        let yaml = try run(["import", golden])
        XCTAssertEqual(yaml.status, 0, yaml.stderr)
        XCTAssertTrue(yaml.stdout.contains("\nkind: suggestion-reply\ntemplate: suggestion-letter\n"), yaml.stdout)
        let check = try run(["import", golden, "--check"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.hasPrefix("版式：suggestion-letter\n相似度：100.00%"), check.stdout)
    }
}

extension CommandLineTests {
    func testLintFixAndNewWriteFilesNamedWithoutAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-cwd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        XCTAssertEqual(try run(["new", "proposal-reply", "-o", "new.yaml"]).status, 0)
        try (TestSupport.minimalReply("closing: 感谢,支持。\n")).write(toFile: "a.yaml", atomically: true, encoding: .utf8)
        let fix = try run(["lint", "--fix", "a.yaml"])
        XCTAssertEqual(fix.status, 0, fix.stderr)
        XCTAssertTrue(try String(contentsOfFile: "a.yaml", encoding: .utf8).contains("closing: 感谢，支持。"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: "new.yaml"))
    }
}

extension CommandLineTests {
    func testFiguresListsEachFigureWithWhereItIsUsed() throws {
        let result = try run(["figures", TestSupport.samples.appendingPathComponent("proposal-business-environment.yaml").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("  exempt_cases　　　7414件　　　　2025年6月30日　　市司法局"), result.stdout)
        XCTAssertTrue(result.stdout.contains("20:145"), result.stdout)
    }
}

extension CommandLineTests {
    /// Two inputs of one `dafu render` named alike in different folders: the second is refused
    /// with E041 instead of overwriting the first; several replies on standard input are
    /// refused for formats that hold one document (glued together they would be none).
    func testRenderNeitherOverwritesItsOwnOutputsNorGluesDocumentsTogether() throws {
        let folder = TestSupport.temporaryDirectory(self, "dafu-render-clash")
        let yaml = TestSupport.minimalReply("closing: 此复。\n")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["a.yaml", "sub/a.yaml"] { try yaml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let output = folder.appendingPathComponent("out").path
        let clash = try TestSupport.dafu(["render", folder.appendingPathComponent("a.yaml").path, folder.appendingPathComponent("sub/a.yaml").path,
                                          "--output", output])
        XCTAssertEqual(clash.status, 1)
        XCTAssertTrue(clash.stderr.contains("sub/a.yaml:1:1: 错误[E041]: 输出文件名“a.txt”与“\(folder.path)/a.yaml”的输出重复，未覆盖"), clash.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), ["a.txt"])
        let stream = yaml + "---\n" + yaml
        let glued = try TestSupport.dafu(["render", "-", "--format", "docx"], stdin: stream)
        XCTAssertEqual(glued.status, 2)
        XCTAssertEqual(glued.stdout, "")
        XCTAssertTrue(glued.stderr.hasPrefix("错误：标准输入中有 2 件答复，--format docx 一次只能向标准输出写一件"), glued.stderr)
        let text = try TestSupport.dafu(["render", "-"], stdin: stream)
        XCTAssertEqual(text.status, 0, text.stderr)
    }

    /// A mistyped `--template` is said once, before anything is read or written, not once
    /// per reply.
    func testAMistypedTemplateOptionIsOneErrorBeforeAnyWork() throws {
        let output = TestSupport.temporaryDirectory(self, "dafu-template-typo").appendingPathComponent("out").path
        for command in ["batch", "render"] {
            let result = try TestSupport.dafu([command, TestSupport.samples.path + (command == "render" ? "/county-key-proposal.yaml" : ""),
                                               "--template", "proposl-reply", "--output", output])
            XCTAssertEqual(result.status, 1, command)
            XCTAssertEqual(result.stderr, "错误[E020]: 找不到模板“proposl-reply”\n    = 帮助：是否想写“proposal-reply”？\n", command)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), command)
        }
    }

    /// Standard output that cannot be written (a full disk behind `>`): E042 and exit 1, from
    /// every command that prints its result — never a crash, never silence.
    func testAFullStandardOutputIsAnErrorNotACrashNorSilence() throws {
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        let yaml = try String(contentsOfFile: sample, encoding: .utf8)
        for (arguments, stdin) in [(["render", "-", "--format", "docx"], yaml), (["report", TestSupport.samples.path], nil),
                                   (["new", "proposal-reply"], nil), (["templates"], nil), (["figures", sample], nil)] as [([String], String?)] {
            let result = try TestSupport.dafu(arguments, stdin: stdin, shellPrefix: "exec 1>/dev/full;")
            XCTAssertEqual(result.reason, .exit, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("错误[E042]: 无法写入“标准输出”："), "\(arguments): \(result.stderr)")
        }
    }

    func testFormatPDFConvertsTheDocxWithLibreOfficeOrSaysItIsMissing() throws {
        let output = TestSupport.temporaryDirectory(self)
        let sample = TestSupport.samples.appendingPathComponent("county-key-proposal.yaml").path
        // Without soffice on the PATH: a clear error, and no file.
        let missing = try TestSupport.dafu(["render", sample, "--format", "pdf", "--output", output.path], shellPrefix: "PATH=/nonexistent;")
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("错误[E044]: 无法生成 PDF：未安装 LibreOffice"), missing.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path), [])
        guard OfficeSuite.program("soffice") != nil, let pdftotext = OfficeSuite.program("pdftotext") else {
            throw XCTSkip("LibreOffice or pdftotext not installed: the PDF conversion itself is not tested here. .ci/run installs both.")
        }
        let result = try TestSupport.dafu(["render", sample, "--format", "pdf", "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = output.appendingPathComponent("county-key-proposal.pdf").path
        let text = try OfficeSuite.text((pdftotext as NSString).lastPathComponent, [pdf, "-"])
        XCTAssertTrue(HTMLTests.strip(text).contains("关于对县政协十一届四次会议2号重点提案办理情况的答复"), text)
    }
}
