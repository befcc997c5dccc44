import Foundation
import XCTest
@testable import DafuKit

/// The desk's confinement: every name a request gives is a reply file inside the folder, or it is
/// refused — absolute paths, `..`, hidden names, other files and symbolic links that lead out.
final class DeskFolderTests: XCTestCase {
    private var folder: URL!
    private var outside: URL!
    private var desk: DeskFolder!

    override func setUpWithError() throws {
        let base = TestSupport.temporaryDirectory(self, "dafu-desk-folder")
        folder = base.appendingPathComponent("replies")
        outside = base.appendingPathComponent("elsewhere")
        for directory in [folder!, outside!, folder.appendingPathComponent("2025")] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        for file in [folder.appendingPathComponent("reply.yaml"), folder.appendingPathComponent("2025/reply.yaml"),
                     outside.appendingPathComponent("secret.yaml")] {
            try Data("kind: proposal-reply\n".utf8).write(to: file)
        }
        desk = try DeskFolder(folder.path)
    }

    private func assertRefused(_ name: String, creating: Bool = false, _ expected: DeskFolder.Refusal,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try desk.resolve(name, creating: creating), file: file, line: line) { error in
            XCTAssertEqual(error as? DeskFolder.Refusal, expected, name, file: file, line: line)
        }
    }

    func testRepliesInsideTheFolderResolve() throws {
        XCTAssertEqual(try desk.resolve("reply.yaml"), desk.root + "/reply.yaml")
        XCTAssertEqual(try desk.resolve("2025/reply.yaml"), desk.root + "/2025/reply.yaml")
        XCTAssertEqual(try desk.resolve("新答复.yaml", creating: true), desk.root + "/新答复.yaml")
        assertRefused("missing.yaml", .notFound("missing.yaml"))
        assertRefused("reply.yaml", creating: true, .exists("reply.yaml"))
    }

    func testAbsolutePathsAreRefused() {
        let secret = outside.appendingPathComponent("secret.yaml").path
        assertRefused(secret, .outside(secret))
        assertRefused(desk.root + "/reply.yaml", .outside(desk.root + "/reply.yaml"))
        assertRefused("/tmp/new.yaml", creating: true, .outside("/tmp/new.yaml"))
    }

    func testParentDirectoriesAreRefused() {
        assertRefused("../elsewhere/secret.yaml", .outside("../elsewhere/secret.yaml"))
        assertRefused("2025/../../elsewhere/secret.yaml", .outside("2025/../../elsewhere/secret.yaml"))
        assertRefused("../new.yaml", creating: true, .outside("../new.yaml"))
    }

    func testHiddenNamesAndOtherFilesAreRefused() throws {
        try Data("kind: proposal-reply\n".utf8).write(to: folder.appendingPathComponent(".hidden.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("kind: proposal-reply\n".utf8).write(to: folder.appendingPathComponent(".git/config.yaml"))
        for name in [".hidden.yaml", ".git/config.yaml", "./reply.yaml", "2025//reply.yaml", "", "reply.yaml\0.txt", "notes.txt"] {
            assertRefused(name, .outside(name))
        }
        assertRefused(".new.yaml", creating: true, .outside(".new.yaml"))
        assertRefused("new.sh", creating: true, .outside("new.sh"))
    }

    func testSymbolicLinksThatLeadOutAreRefused() throws {
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.yaml").path,
                                       withDestinationPath: outside.appendingPathComponent("secret.yaml").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("out").path, withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("inside.yaml").path, withDestinationPath: "2025/reply.yaml")
        assertRefused("link.yaml", .outside("link.yaml"))
        assertRefused("out/secret.yaml", .outside("out/secret.yaml"))
        assertRefused("out/new.yaml", creating: true, .outside("out/new.yaml"))
        XCTAssertEqual(try desk.resolve("inside.yaml"), desk.root + "/2025/reply.yaml", "a link that stays inside is followed")
    }

    func testAFolderReachedThroughALinkIsResolvedFirst() throws {
        let link = outside.deletingLastPathComponent().appendingPathComponent("desk-link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.path)
        let linked = try DeskFolder(link.path)
        XCTAssertEqual(linked.root, desk.root)
        XCTAssertEqual(try linked.resolve("reply.yaml"), desk.root + "/reply.yaml")
    }
}
