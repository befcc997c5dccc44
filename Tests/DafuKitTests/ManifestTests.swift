import Foundation
import XCTest
@testable import DafuKit

/// A batch's manifest.json: written entry by entry into a staged file, and never renamed over
/// the last good manifest when any of it failed to be written.
final class ManifestTests: XCTestCase {
    func testAnAppendThatFailedFailsTheFinishAndTheLastManifestStays() throws {
        let directory = TestSupport.temporaryDirectory(self, "dafu-manifest")
        let manifest = directory.appendingPathComponent("manifest.json")
        let good = Data("{\n  \"replies\" : [\n  ]\n}\n".utf8)
        try good.write(to: manifest)
        let writer = try Manifest.Writer(directory: directory.path, run: .init(dafu: "test", template: nil))
        writer.append(.init(input: "a.yaml", document: nil))
        // The second entry is cut off 8 bytes in (a short write, then EFBIG); afterwards writes
        // succeed again, as on a disk where space came free.
        try Self.withFileSizeLimit(Self.stagedSize(in: directory) + 8) {
            writer.append(.init(input: "b.yaml", document: nil))
        }
        writer.append(.init(input: "c.yaml", document: nil))
        XCTAssertThrowsError(try writer.finish()) { XCTAssertEqual(($0 as? POSIXError)?.code, .EFBIG) }
        writer.discard()
        XCTAssertEqual(try Data(contentsOf: manifest), good)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["manifest.json"])
    }

    /// The size of the manifest's staging file in `directory`.
    private static func stagedSize(in directory: URL) throws -> UInt64 {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let staged = try XCTUnwrap(names.first { $0.hasPrefix(FileOutput.stagingPrefix + FileOutput.batchStagingLabel + "manifest-") })
        var info = stat()
        XCTAssertEqual(stat(directory.appendingPathComponent(staged).path, &info), 0)
        return UInt64(info.st_size)
    }

    /// Runs `body` with this process's file size limit (RLIMIT_FSIZE) at `bytes`: writes past
    /// it fail with EFBIG (SIGXFSZ, which would end the process, is ignored meanwhile).
    private static func withFileSizeLimit(_ bytes: UInt64, _ body: () throws -> Void) throws {
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        var saved = rlimit()
        XCTAssertEqual(getrlimit(resource, &saved), 0)
        let handler = signal(SIGXFSZ, SIG_IGN)
        defer {
            XCTAssertEqual(setrlimit(resource, &saved), 0)
            signal(SIGXFSZ, handler)
        }
        var limited = saved
        limited.rlim_cur = rlim_t(bytes)
        XCTAssertEqual(setrlimit(resource, &limited), 0)
        try body()
    }
}
