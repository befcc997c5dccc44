import Foundation
import XCTest
@testable import DafuKit

final class FileSnapshotTests: XCTestCase {
    func testSnapshotsChangeWhenAFileIsEditedAddedOrRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.yaml")
        try "kind: proposal-reply\n".write(to: file, atomically: true, encoding: .utf8)
        let first = FileSnapshot.take([folder.path])
        XCTAssertEqual(FileSnapshot.take([folder.path]), first)
        try "kind: suggestion-reply\n".write(to: file, atomically: true, encoding: .utf8)
        let edited = FileSnapshot.take([folder.path])
        XCTAssertNotEqual(edited, first)
        try "x".write(to: folder.appendingPathComponent("b.mustache"), atomically: true, encoding: .utf8)
        XCTAssertNotEqual(FileSnapshot.take([folder.path]), edited)
    }
}
