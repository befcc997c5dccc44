import XCTest
@testable import DafuKit

/// LibreOffice that hangs or fails: the conversion ends with E044 in bounded time and leaves no
/// process behind. A stand-in `soffice` (a shell script) does what a stuck one does.
final class PDFConverterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func script(_ body: String) throws -> String {
        let path = folder.appendingPathComponent("soffice").path
        try ("#!/bin/sh\n" + body).write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// Whether a process is gone (or a zombie nobody has reaped yet: it holds nothing).
    private func isGone(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    func testAHangingConversionIsKilledWithEverythingItStarted() throws {
        let pids = folder.appendingPathComponent("pids").path
        // Like soffice → oosplash → soffice.bin: a child that outlives its parent's death.
        let program = try script("sleep 300 &\necho $! > '\(pids)'\nsleep 300\n")
        let start = Date()
        XCTAssertThrowsError(try PDFConverter.pdf(fromDocx: Data("PK".utf8), program: program, timeout: 1)) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.code, .pdfUnavailable)
            XCTAssertEqual(diagnostic?.message, "无法生成 PDF：LibreOffice 在 1 秒内未完成转换，已终止")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        let child = try XCTUnwrap(pid_t(try String(contentsOfFile: pids, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = Date().addingTimeInterval(5)
        while !isGone(child) && Date() < deadline { usleep(20_000) }
        XCTAssertTrue(isGone(child), "the conversion's own child (pid \(child)) is still running")
    }

    func testAFailedConversionGivesItsExitStatus() throws {
        let program = try script("exit 3\n")
        XCTAssertThrowsError(try PDFConverter.pdf(fromDocx: Data("PK".utf8), program: program, timeout: 30)) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "无法生成 PDF：LibreOffice 未能转换（退出码 3）")
        }
    }

    func testAProgramThatCannotStartIsNamed() throws {
        let program = folder.appendingPathComponent("missing-soffice").path
        XCTAssertThrowsError(try PDFConverter.pdf(fromDocx: Data("PK".utf8), program: program, timeout: 30)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, .pdfUnavailable)
            XCTAssertTrue((error as? Diagnostic)?.message.hasPrefix("无法生成 PDF：无法启动 soffice：") ?? false, "\(error)")
        }
    }
}
