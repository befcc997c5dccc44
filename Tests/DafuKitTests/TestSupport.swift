import Foundation
import XCTest
@testable import DafuKit

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package root, found from this file's place in Tests/DafuKitTests/.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("Templates").path
    static let samples = packageRoot.appendingPathComponent("Samples")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The pipeline over the real Templates/, loaded once.
    static let pipeline: Pipeline = {
        do { return try Pipeline(templateDirectory: templates) } catch { fatalError("Templates/ failed to load: \(error)") }
    }()

    /// Decodes YAML text; fails the test when it does not give exactly one reply.
    static func reply(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws -> ReplyInput {
        let loaded = InputLoader.load(text: yaml, file: "test.yaml")
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors, [], file: file, line: line)
        return try XCTUnwrap(loaded.replies.first?.reply, file: file, line: line)
    }

    /// Renders YAML text to plain text with the real templates.
    static func text(_ yaml: String, template: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try pipeline.text(for: reply(yaml, file: file, line: line), templateName: template)
    }

    /// The diagnostics of YAML text, as `line:col code` strings (plus the message when asked).
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        InputLoader.load(text: yaml, file: "test.yaml").diagnostics
    }

    /// Compares `actual` with the golden file `name` in Snapshots/. A missing golden file is
    /// recorded and the test fails; RECORD_SNAPSHOTS=1 re-records deliberately.
    static func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = snapshots.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("Recorded snapshot \(name); check it and run again without RECORD_SNAPSHOTS.", file: file, line: line)
            return
        }
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let shown = { (lines: [String]) in first < lines.count ? lines[first] : "<end of file>" }
            XCTFail("Snapshot \(name) differs at line \(first + 1):\n  expected: \(shown(expectedLines))\n  actual:   \(shown(actualLines))",
                    file: file, line: line)
        }
    }

    /// A minimal valid reply; `extra` is appended as more top-level YAML.
    static func minimalReply(_ extra: String = "", kind: String = "proposal-reply") -> String {
        """
        kind: \(kind)
        proposal:
          session: 市政协十三届三次会议
          number: "12"
          title: 关于加强社区养老服务的提案
          proposers:
            - name: 王丽
              role: 委员

        """ + extra
    }

    // MARK: The command line

    static let binary: URL? = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appendingPathComponent("dafu") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct CommandResult {
        var status: Int32
        /// How the process ended: `.exit`, or `.uncaughtSignal` for a crash.
        var reason: Process.TerminationReason
        var stdout: String
        var stderr: String
    }

    /// Runs the `dafu` binary as a user would. Commands that render get the real templates.
    /// `shellPrefix` wraps the command in `/bin/bash -c` after the prefix (e.g. `ulimit -f 30;`).
    static func dafu(_ arguments: [String], stdin: String? = nil, shellPrefix: String? = nil,
                     templates: Bool = true) throws -> CommandResult {
        let binary = try XCTUnwrap(Self.binary, "dafu binary not found next to the test bundle")
        let process = Process()
        let rendering = templates && ["render", "batch", "templates", "import", "report"].contains(arguments.first ?? "")
        let all = arguments + (rendering ? ["--templates", Self.templates] : [])
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            let quoted = ([binary.path] + all).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.arguments = ["-c", shellPrefix + " exec " + quoted.joined(separator: " ")]
        } else {
            process.executableURL = binary
            process.arguments = all
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes at once: a command that fills one while the other is read would block.
        let stderrBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stderrBox.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let stderrData = stderrBox.get()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, reason: process.terminationReason,
                             stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A fresh folder removed after the test.
    static func temporaryDirectory(_ test: XCTestCase, _ label: String = "dafu-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}

/// Bytes handed from a reading thread to the test, under a lock.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
