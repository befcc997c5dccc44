import Foundation
import XCTest
@testable import DafuKit

/// The desk's guard as the server answers, without a browser: `dafu-desk` started on a copy of
/// the samples and asked with curl, which sends whatever Host, Origin and `Sec-Fetch-Site` a
/// test gives it — the headers Chromium sends for a link, an `<img>` or a form of another site
/// (DeskBrowserTests drives the real browser where Chromium is installed).
final class DeskServerTests: XCTestCase {
    private var desk: Process?
    private var folder: URL!
    private var address = ""
    private var port = ""
    private let reply = "county-key-proposal.yaml"

    override func setUpWithError() throws {
        folder = TestSupport.temporaryDirectory(self, "dafu-desk-server")
        try FileManager.default.copyItem(at: TestSupport.samples.appendingPathComponent(reply), to: folder.appendingPathComponent(reply))
        (desk, address) = try DeskBrowserTests.startDesk(folder: folder)
        port = String(address.split(separator: ":").last ?? "")
    }

    override func tearDown() {
        desk?.terminate()
        desk?.waitUntilExit()
    }

    /// An answer as curl received it; header names lowercased.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// `curl` asking the desk for `path` with `options` (headers, method, body).
    private func curl(_ path: String, _ options: [String] = []) throws -> Answer {
        let scratch = TestSupport.temporaryDirectory(self, "dafu-curl")
        let headers = scratch.appendingPathComponent("headers"), body = scratch.appendingPathComponent("body")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "--max-time", "60", "-D", headers.path, "-o", body.path, "-w", "%{http_code}"]
            + options + [address + path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let code = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var fields: [String: String] = [:]
        // The last block of headers: curl writes a 100 Continue's first.
        let blocks = (try? String(contentsOf: headers, encoding: .utf8))?.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty } ?? []
        for line in blocks.last?.components(separatedBy: "\r\n").dropFirst() ?? [] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Answer(status: Int(code) ?? 0, headers: fields, body: (try? String(contentsOf: body, encoding: .utf8)) ?? "")
    }

    private var fileBytes: Data { (try? Data(contentsOf: folder.appendingPathComponent(reply))) ?? Data() }

    // MARK: Host

    func testARequestForAnotherHostIsRefusedWith421() throws {
        let rebound = try curl("/", ["-H", "Host: attacker.example:\(port)"])
        XCTAssertEqual(rebound.status, 421)
        XCTAssertTrue(rebound.body.contains("拒绝访问：请求的主机“attacker.example:\(port)”不是本工作台的地址"), rebound.body)
        XCTAssertEqual(try curl("/", ["-H", "Host: 127.0.0.1:1"]).status, 421, "the desk's address with another port")
        XCTAssertEqual(try curl("/", ["-H", "Host: localhost:\(port)"]).status, 200)
        XCTAssertEqual(try curl("/").status, 200)
    }

    // MARK: Headers

    func testEveryAnswerCarriesTheContentSecurityPolicy() throws {
        let answers = [try curl("/"), try curl("/edit?file=missing.yaml"), try curl("/", ["-H", "Host: attacker.example"]),
                       try curl("/new", ["-X", "POST", "-H", "Sec-Fetch-Site: cross-site"])]
        XCTAssertEqual(answers.map(\.status), [200, 404, 421, 403])
        for answer in answers {
            let policy = answer.headers["content-security-policy"] ?? ""
            for directive in ["default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "form-action 'self'"] {
                XCTAssertTrue(policy.contains(directive), "\(answer.status): \(policy)")
            }
            XCTAssertEqual(answer.headers["x-content-type-options"], "nosniff")
        }
    }

    func testTheEditorsPreviewIsSandboxed() throws {
        let page = try curl("/edit?file=\(reply)").body
        let range = try XCTUnwrap(page.range(of: #"<iframe class="preview"[^>]*>"#, options: .regularExpression), page)
        XCTAssertTrue(page[range].contains(#" sandbox="""#), String(page[range]))
    }

    // MARK: Size

    func testBodiesOverSixteenMegabytesAreRefusedWith413() throws {
        let large = TestSupport.temporaryDirectory(self).appendingPathComponent("large.json")
        try Data(repeating: UInt8(ascii: " "), count: (16 << 20) + 1).write(to: large)
        let declared = try curl("/api/preview", ["-H", "Content-Type: application/json", "--data-binary", "@" + large.path])
        XCTAssertEqual(declared.status, 413)
        XCTAssertTrue(declared.body.contains("请求过大（上限 16 MB）"), declared.body)
        // Sent in chunks, with no length declared: the body is read up to the limit and no further.
        let chunked = try curl("/api/preview", ["-H", "Content-Type: application/json", "-H", "Transfer-Encoding: chunked",
                                                "--data-binary", "@" + large.path])
        XCTAssertEqual(chunked.status, 413)
        let small = try curl("/api/preview", ["-H", "Content-Type: application/json", "--data-binary", #"{"file": "", "text": "kind: proposal-reply"}"#])
        XCTAssertEqual(small.status, 200, small.body)
    }

    // MARK: Other sites

    func testDownloadsAskedByOtherSitesAreRefused() throws {
        let download = "/download?file=\(reply)&format=text"
        // An <img> on another site (cross-site), or on another port of 127.0.0.1 (same-site).
        for site in ["cross-site", "same-site"] {
            let answer = try curl(download, ["-H", "Sec-Fetch-Site: \(site)"])
            XCTAssertEqual(answer.status, 403, site)
            XCTAssertTrue(answer.body.contains("拒绝访问：请求来自其他网页"), answer.body)
        }
        XCTAssertEqual(try curl(download, ["-H", "Origin: http://attacker.example"]).status, 403)
        XCTAssertEqual(try curl(download, ["-H", "Origin: null"]).status, 403)
        // The desk's own link (same-origin), the address bar (none), and programs that send neither.
        for headers in [["-H", "Sec-Fetch-Site: same-origin"], ["-H", "Sec-Fetch-Site: none"], ["-H", "Origin: \(address)"], []] {
            let answer = try curl(download, headers)
            XCTAssertEqual(answer.status, 200, "\(headers)")
            XCTAssertTrue(answer.body.contains("答复"), answer.body)
        }
        // A link on another site may still open the list and an editor.
        XCTAssertEqual(try curl("/", ["-H", "Sec-Fetch-Site: cross-site"]).status, 200)
        XCTAssertEqual(try curl("/edit?file=\(reply)", ["-H", "Sec-Fetch-Site: cross-site"]).status, 200)
    }

    func testSavesFromOtherSitesAreRefusedAndTheFileKeepsItsBytes() throws {
        let before = fileBytes
        let save = try JSONSerialization.data(withJSONObject: ["file": reply, "text": "kind: proposal-reply\n", "base": Manifest.sha256(before)])
        let body = String(decoding: save, as: UTF8.self)
        for headers in [["-H", "Origin: null", "-H", "Sec-Fetch-Site: cross-site"], ["-H", "Origin: http://127.0.0.1:1"], ["-H", "Sec-Fetch-Site: same-site"]] {
            let answer = try curl("/api/save", headers + ["-H", "Content-Type: text/plain", "--data-binary", body])
            XCTAssertEqual(answer.status, 403, "\(headers)")
            XCTAssertTrue(answer.body.contains("拒绝写入"), answer.body)
            XCTAssertEqual(fileBytes, before)
        }
        // The same request from the desk's own page is saved.
        let own = try curl("/api/save", ["-H", "Origin: \(address)", "-H", "Sec-Fetch-Site: same-origin", "--data-binary", body])
        XCTAssertEqual(own.status, 200, own.body)
        XCTAssertEqual(fileBytes, Data("kind: proposal-reply\n".utf8))
    }
}
