import Foundation
import XCTest
@testable import DafuKit

/// What the desk does to files, without a browser: a reply opened and saved keeps its form
/// (byte-order mark, CRLF, GBK), and a new reply never replaces a file.
final class DeskWorkspaceTests: XCTestCase {
    private var folder: URL!
    private var workspace: DeskWorkspace!
    /// A sample reply as its text (LF line ends), the editor's starting point.
    private let sample = (try? String(contentsOf: TestSupport.samples.appendingPathComponent("county-key-proposal.yaml"), encoding: .utf8)) ?? ""
    private let added = "\n# 已核对\n"

    override func setUpWithError() throws {
        folder = TestSupport.temporaryDirectory(self, "dafu-desk-workspace")
        workspace = try DeskWorkspace(folder: folder.path, templates: TestSupport.templates)
    }

    /// Writes `bytes` as `name`, opens it, saves it unchanged and then with a line added; the
    /// file holds exactly `expected(text)` each time.
    private func assertRoundTrip(_ name: String, _ bytes: Data, expected: (String) -> Data?,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        let opened = try workspace.open(name)
        XCTAssertEqual(opened.text, sample, "the editor gets the text with LF line ends, without a mark", file: file, line: line)
        XCTAssertEqual(opened.hash, Manifest.sha256(bytes), "the base is the hash of the bytes on disk", file: file, line: line)
        try workspace.save(name, text: opened.text, base: opened.hash)
        XCTAssertEqual(try Data(contentsOf: url), bytes, "saved unchanged, the file is byte for byte what it was", file: file, line: line)
        // A browser's form posts CRLF: the file keeps its own line ends either way.
        let edited = (opened.text + added).replacingOccurrences(of: "\n", with: "\r\n")
        try workspace.save(name, text: edited, base: try workspace.open(name).hash)
        XCTAssertEqual(try Data(contentsOf: url), try XCTUnwrap(expected(sample + added)), file: file, line: line)
        XCTAssertEqual(try workspace.open(name).text, sample + added, file: file, line: line)
    }

    private static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    func testAFileWithAByteOrderMarkKeepsItWhenSaved() throws {
        let mark = Data([0xEF, 0xBB, 0xBF])
        try assertRoundTrip("mark.yaml", mark + Data(sample.utf8)) { mark + Data($0.utf8) }
    }

    func testAFileWithCRLFLineEndsKeepsThemWhenSaved() throws {
        try assertRoundTrip("windows.yaml", Data(Self.crlf(sample).utf8)) { Data(Self.crlf($0).utf8) }
    }

    func testAFileWithLFLineEndsGetsNoCRLFFromTheBrowsersForm() throws {
        try assertRoundTrip("unix.yaml", Data(sample.utf8)) { Data($0.utf8) }
    }

    func testANotepadFileWithMarkAndCRLFKeepsBoth() throws {
        let mark = Data([0xEF, 0xBB, 0xBF])
        try assertRoundTrip("notepad.yaml", mark + Data(Self.crlf(sample).utf8)) { mark + Data(Self.crlf($0).utf8) }
    }

    func testAGBKFileIsSavedInGBKWithItsCRLF() throws {
        // glibc's own GBK table, not the GB18030 one the desk writes with: the bytes an older
        // Chinese Windows editor saves.
        let gbk = { (text: String) in TextDecoding.transcode(Data(Self.crlf(text).utf8), from: "UTF-8", to: "GBK") }
        try assertRoundTrip("gbk.yaml", try XCTUnwrap(gbk(sample), "the sample is GBK text"), expected: gbk)
    }

    func testAUTF16FileStaysUTF16() throws {
        let utf16 = { (text: String) in text.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 } }
        try assertRoundTrip("utf16.yaml", try XCTUnwrap(utf16(sample)), expected: utf16)
    }

    func testASaveAfterAChangeOnDiskIsRefused() throws {
        let url = folder.appendingPathComponent("reply.yaml")
        try Data(Self.crlf(sample).utf8).write(to: url)
        let opened = try workspace.open("reply.yaml")
        try Data(Self.crlf(sample + "# 别处改的\n").utf8).write(to: url)
        XCTAssertThrowsError(try workspace.save("reply.yaml", text: opened.text + added, base: opened.hash)) { error in
            guard case .changedOnDisk(let message)? = error as? DeskWorkspace.Failure else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("已被修改"), message)
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), Self.crlf(sample + "# 别处改的\n"))
    }

    func testAFileThatIsNotTextIsNotOpened() throws {
        // A zip's start, and Latin-1 (é as one byte E9), which is neither UTF-8 nor GB18030.
        let files = [("binary.yaml", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]), DiagnosticCode.binaryFile),
                     ("latin1.yaml", Data("title: caf".utf8) + Data([0xE9, 0x0A]), .unreadableFile)]
        for (name, bytes, code) in files {
            try bytes.write(to: folder.appendingPathComponent(name))
            XCTAssertThrowsError(try workspace.open(name), name) { error in
                guard case .problem(let problem)? = error as? DeskWorkspace.Failure else { return XCTFail("\(error)") }
                XCTAssertEqual(problem.code, code, name)
            }
        }
        try Data().write(to: folder.appendingPathComponent("empty.yaml"))
        XCTAssertEqual(try workspace.open("empty.yaml").text, "", "an empty file is text")
    }

    // MARK: New files

    func testAFileMadeBetweenTheCheckAndTheWriteIsNotReplaced() throws {
        let path = try workspace.folder.resolve("新答复.yaml", creating: true)
        // Another program creates the file after the desk found the name free.
        try Data("# 别人的答复\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertFalse(try DeskWorkspace.create(Data("kind: proposal-reply\n".utf8), at: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "# 别人的答复\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["新答复.yaml"], "no staging file is left")
    }

    func testNewRepliesAreNumberedRatherThanReplacingOne() throws {
        let today = ReplyDate(year: 2025, month: 6, day: 1)
        XCTAssertEqual(try workspace.create("答复", kind: .proposalReply, chinese: true, today: today), "答复.yaml")
        XCTAssertEqual(try workspace.create("答复", kind: .proposalReply, chinese: true, today: today), "答复-2.yaml")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["答复-2.yaml", "答复.yaml"])
    }
}
