import Foundation
import XCTest
@testable import DafuKit

/// The desk in a real browser: `dafu-desk` started on a copy of the samples, headless Chromium
/// driven through chromedriver as a drafter would use it. Skipped, saying so, where Chromium or
/// chromedriver is not installed; .ci/run installs both.
final class DeskBrowserTests: XCTestCase {
    private var desk: Process?
    private var folder: URL!
    private var address = ""
    private var browser: WebDriver!

    override func setUpWithError() throws {
        guard let chromium = OfficeSuite.program("chromium"), let chromedriver = OfficeSuite.program("chromedriver") else {
            throw XCTSkip("Chromium or chromedriver not installed: the desk's browser tests are skipped. .ci/run installs chromium and chromium-driver.")
        }
        folder = TestSupport.temporaryDirectory(self, "dafu-desk")
        for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.samples.path) where file.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: TestSupport.samples.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        (desk, address) = try Self.startDesk(folder: folder)
        browser = try WebDriver(chromedriver: chromedriver, chromium: chromium, port: try Self.freePort())
    }

    override func tearDown() {
        browser = nil
        desk?.terminate()
        desk?.waitUntilExit()
    }

    /// Starts `dafu-desk FOLDER --port 0` and reads the address it prints.
    static func startDesk(folder: URL) throws -> (Process, String) {
        let binary = try XCTUnwrap(TestSupport.binary).deletingLastPathComponent().appendingPathComponent("dafu-desk")
        let process = Process()
        process.executableURL = binary
        process.arguments = [folder.path, "--port", "0", "--templates", TestSupport.templates]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        let end = Date().addingTimeInterval(30)
        while !printed.contains("\n"), Date() < end {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = printed.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) else {
            process.terminate()
            throw WebDriver.Failure(description: "the desk printed no address: \(printed)")
        }
        return (process, String(printed[range]))
    }

    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func srcdoc() throws -> String { try browser.run("return document.querySelector('iframe.preview').srcdoc;") as? String ?? "" }

    private func findings() throws -> String { try browser.text(try browser.find(".findings ol")) }

    // MARK: The drafter's flow

    func testTheDraftersFlowFromTheListToASavedFile() throws {
        try browser.open(address + "/")
        let rows = try browser.run("return document.querySelectorAll('table.replies tbody tr').length;") as? Int
        XCTAssertEqual(rows, 6)
        try browser.click(try browser.find("a[href='/edit?file=suggestion-government-services.yaml']"))
        try browser.waitUntil(timeout: 10) { try self.srcdoc().contains("— 1 —") }
        XCTAssertEqual(try browser.run("return document.querySelector('iframe.preview').getAttribute('sandbox');") as? String, "",
                       "the preview runs no script and reaches nothing of the desk")

        // Type a change: the preview follows.
        let text = try browser.find("textarea[name=text]")
        try browser.run("const t = arguments[0]; t.focus(); t.setSelectionRange(t.value.length, t.value.length);", [[WebDriver.elementKey: text]])
        try browser.type(text, "\nletterhead: 宁川市测试局")
        try browser.waitUntil(timeout: 10) { try self.srcdoc().contains("宁川市测试局") }

        // A YAML error is listed with its line and column; clicking it moves the caret there.
        try browser.type(text, "\ntitel: 错字段")
        try browser.waitUntil(timeout: 10) { try self.findings().contains("错误[E010]") }
        let lines = (try browser.run("return arguments[0].value.split('\\n').length;", [[WebDriver.elementKey: text]]) as? Int) ?? 0
        let listed = try findings()
        XCTAssertTrue(listed.contains("\(lines):1 错误[E010]: 未知字段“titel”（答复）"), listed)
        try browser.click(try browser.find(".findings a.error"))
        let caretLine = try browser.run("const t = arguments[0]; return t.value.slice(0, t.selectionStart).split('\\n').length;",
                                        [[WebDriver.elementKey: text]]) as? Int
        XCTAssertEqual(caretLine, lines)
        try screenshot(named: "desk")

        // Fixed, it is gone; saved, the file on disk holds the change.
        try browser.run("const t = arguments[0]; t.value = t.value.replace('\\ntitel: 错字段', ''); t.dispatchEvent(new Event('input'));",
                        [[WebDriver.elementKey: text]])
        try browser.waitUntil(timeout: 10) { try !self.findings().contains("E010") }
        try browser.click(try browser.find("button.save"))
        try browser.waitUntil(timeout: 10) { try self.browser.text(try self.browser.find(".status")) == "已保存" }
        let saved = try String(contentsOf: folder.appendingPathComponent("suggestion-government-services.yaml"), encoding: .utf8)
        XCTAssertTrue(saved.hasSuffix("\nletterhead: 宁川市测试局"), saved)
        XCTAssertTrue(saved.hasPrefix(try String(contentsOf: TestSupport.samples.appendingPathComponent("suggestion-government-services.yaml"),
                                                 encoding: .utf8).components(separatedBy: "\n")[0]), "comments and the rest stay as typed")

        // The .docx downloaded by the browser is a package the package tests accept.
        let encoded = try browser.runAsync("""
            const done = arguments[arguments.length - 1];
            fetch('/download?file=suggestion-government-services.yaml&format=docx').then(r => r.arrayBuffer()).then(b => {
              let s = ''; const bytes = new Uint8Array(b); for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]); done(btoa(s));
            });
            """) as? String
        let parts = try DocxPackageTests.unzip(try XCTUnwrap(Data(base64Encoded: encoded ?? "")))
        XCTAssertNotNil(parts["word/document.xml"])
        for (name, data) in parts where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            XCTAssertNil(XMLCheck.wellFormedError(data), name)
        }
        XCTAssertTrue(String(decoding: parts["word/document.xml"]!, as: UTF8.self).contains("宁川市测试局"))
    }

    func testAFileChangedOnDiskSinceItWasOpenedIsNotOverwritten() throws {
        try browser.open(address + "/edit?file=county-key-proposal.yaml")
        let text = try browser.find("textarea[name=text]")
        try "# changed elsewhere\n".appendingToFile(folder.appendingPathComponent("county-key-proposal.yaml"))
        try browser.type(text, "#")
        try browser.click(try browser.find("button.save"))
        try browser.waitUntil(timeout: 10) { try self.browser.text(try self.browser.find(".status")).contains("已被修改") }
        let disk = try String(contentsOf: folder.appendingPathComponent("county-key-proposal.yaml"), encoding: .utf8)
        XCTAssertTrue(disk.hasSuffix("# changed elsewhere\n"), "the other editor's change survives")
    }

    func testPathsOutsideTheFolderAndCrossOriginWritesAreRefused() throws {
        try browser.open(address + "/edit?file=..%2FREADME.yaml")
        XCTAssertTrue(try browser.text(try browser.find("main")).contains("拒绝访问"))
        // A page of another origin posting a form to the desk: refused, nothing written.
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let form = "<form method='post' action='\(address)/new'><input name='kind' value='proposal-reply'><input name='name' value='evil'></form>"
            + "<script>document.forms[0].submit()</script>"
        try browser.open("data:text/html;charset=utf-8," + (form.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        try browser.waitUntil(timeout: 10) { (try self.browser.run("return document.body.innerText;") as? String ?? "").contains("拒绝写入") }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), before)
        // Its script cannot save either: a save the route would carry out (a reply of the folder,
        // the hash of its bytes, a new text) is refused before any route, and the file keeps its bytes.
        // The page is another site's on this machine (a data: page's request to 127.0.0.1 Chromium
        // does not send at all, as one to the local network).
        let other = try startOtherSite()
        try browser.waitUntil(timeout: 10) { try self.browser.open(other); return try self.browser.run("return document.title;") as? String == "其他网站" }
        let file = folder.appendingPathComponent("county-key-proposal.yaml")
        let bytes = try Data(contentsOf: file)
        let save = try JSONSerialization.data(withJSONObject: ["file": "county-key-proposal.yaml", "text": "kind: proposal-reply\n",
                                                               "base": Manifest.sha256(bytes)])
        let status = try browser.runAsync("""
            const done = arguments[arguments.length - 1];
            fetch('\(address)/api/save', {method: 'POST', mode: 'no-cors', body: arguments[0]}).then(() => done('sent'), e => done('failed: ' + e));
            """, [String(decoding: save, as: UTF8.self)]) as? String
        XCTAssertEqual(status, "sent", "the browser sent the request to the desk")
        XCTAssertEqual(try Data(contentsOf: file), bytes, "the other page's save changed nothing")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), before)
    }

    func testNewRepliesAndImportedLettersOpenInTheEditor() throws {
        try browser.open(address + "/")
        try browser.type(try browser.find("form.new input[name=name]"), "新答复")
        try browser.click(try browser.find("form.new button"))
        try browser.waitUntil(timeout: 10) { try self.srcdoc().contains("— 1 —") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("新答复.yaml").path))
        let letter = TestSupport.temporaryDirectory(self).appendingPathComponent("旧答复.txt")
        try DocxPackageTests.samples[0].rendered.text.write(to: letter, atomically: true, encoding: .utf8)
        try browser.open(address + "/")
        try browser.type(try browser.find("form.import input[type=file]"), letter.path)
        try browser.click(try browser.find("form.import button"))
        try browser.waitUntil(timeout: 10) { try self.srcdoc().contains("— 1 —") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("旧答复.yaml").path))
        // A web page's copy: what import dropped and took is written into the file for the drafter.
        let page = TestSupport.temporaryDirectory(self).appendingPathComponent("网页答复.txt")
        try FileManager.default.copyItem(at: ImportCorpusTests.root.appendingPathComponent("pages/13-city-health-workforce-yi-class.txt"), to: page)
        try browser.open(address + "/")
        try browser.type(try browser.find("form.import input[type=file]"), page.path)
        try browser.click(try browser.find("form.import button"))
        try browser.waitUntil(timeout: 10) { try self.srcdoc().contains("对市十五届人大三次会议第203号建议的答复") }
        let imported = try String(contentsOf: folder.appendingPathComponent("网页答复.yaml"), encoding: .utf8)
        XCTAssertTrue(imported.hasPrefix("# 第1行是网页的导航、按钮或站名，已略去：青川市卫生健康委员会\n"), imported)
        XCTAssertTrue(imported.contains("# 第4行是网页的信息公开表，其中的发文字号、发文机关正文没有写，已取用"), imported)
    }

    /// Starts another web site on this machine, at http://localhost:PORT/ (`localhost` is another
    /// site than the desk's 127.0.0.1): a page of Python's static server, stopped after the test.
    private func startOtherSite() throws -> String {
        guard OfficeSuite.program("python3") != nil else { throw XCTSkip("python3 not installed: no other site to post from.") }
        let root = TestSupport.temporaryDirectory(self, "dafu-other-site")
        try Data("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>其他网站</title></head><body></body></html>".utf8)
            .write(to: root.appendingPathComponent("index.html"))
        let port = try Self.freePort()
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        addTeardownBlock { server.terminate(); server.waitUntilExit() }
        return "http://localhost:\(port)/"
    }

    /// Writes a screenshot where DAFU_SCREENSHOTS points (docs/images when recording the README's).
    private func screenshot(named name: String) throws {
        guard let directory = ProcessInfo.processInfo.environment["DAFU_SCREENSHOTS"] else { return }
        try browser.screenshot().write(to: URL(fileURLWithPath: directory).appendingPathComponent("\(name).png"))
    }
}

private extension String {
    func appendingToFile(_ url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(utf8))
    }
}
