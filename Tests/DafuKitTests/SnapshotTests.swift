import XCTest
@testable import DafuKit

/// Every sample renders to its golden plain text (Snapshots/<sample>.txt).
final class SnapshotTests: XCTestCase {
    func testEverySampleMatchesItsGoldenText() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.samples.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 6)
        for file in files {
            let loaded = InputLoader.load(path: TestSupport.samples.appendingPathComponent(file).path)
            XCTAssertEqual(loaded.diagnostics, [], file)
            for (_, reply) in loaded.replies {
                let text = try TestSupport.pipeline.text(for: reply)
                TestSupport.assertSnapshot(text, named: (file as NSString).deletingPathExtension + ".txt")
            }
        }
    }

    func testRenderingIsDeterministic() throws {
        let path = TestSupport.samples.appendingPathComponent("joint-proposal-rural-roads.yaml").path
        let reply = try XCTUnwrap(InputLoader.load(path: path).replies.first?.reply)
        XCTAssertEqual(try TestSupport.pipeline.text(for: reply), try TestSupport.pipeline.text(for: reply))
    }
}
