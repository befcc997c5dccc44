import Foundation

/// A small W3C WebDriver client over chromedriver's HTTP interface: enough to drive headless
/// Chromium through the desk as a drafter would (navigate, find, click, type, run a script,
/// take a screenshot).
final class WebDriver {
    private let base: URL
    private var session = ""
    private let driver: Process
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts chromedriver on a free port and a headless Chromium session.
    init(chromedriver: String, chromium: String, port: Int) throws {
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = URL(string: "http://127.0.0.1:\(port)")!
        try waitUntil(timeout: 20) { _ = try self.call("GET", "/status"); return true }
        let options: [String: Any] = ["binary": chromium,
                                      "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"]]
        let created = try call("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        guard let id = (created as? [String: Any])?["sessionId"] as? String else { throw Failure(description: "no session: \(created)") }
        session = id
    }

    deinit {
        _ = try? call("DELETE", "/session/\(session)")
        driver.terminate()
        driver.waitUntilExit()
    }

    /// One WebDriver command; its `value`. Sent with curl: FoundationNetworking's URLSession
    /// failed on chromedriver's answers here ("Failed writing header").
    @discardableResult
    func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s", "--max-time", "60", "-X", method, "-H", "Content-Type: application/json"]
            + (body == nil ? [] : ["--data-binary", "@-"]) + [base.absoluteString + path]
        let input = Pipe(), output = Pipe()
        curl.standardInput = input
        curl.standardOutput = output
        try curl.run()
        if let body { input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: body)) }
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        guard curl.terminationStatus == 0 else { throw Failure(description: "curl \(method) \(path) failed (\(curl.terminationStatus))") }
        let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (json as? [String: Any])?["value"] ?? NSNull()
        if let problem = value as? [String: Any], let error = problem["error"] as? String {
            throw Failure(description: "\(error): \(problem["message"] ?? "")")
        }
        return value
    }

    private var path: String { "/session/\(session)" }

    func open(_ url: String) throws { try call("POST", path + "/url", ["url": url]) }

    /// The first element matching a CSS selector.
    func find(_ selector: String) throws -> String {
        let found = try call("POST", path + "/element", ["using": "css selector", "value": selector])
        guard let id = (found as? [String: Any])?[Self.elementKey] as? String else { throw Failure(description: "no \(selector)") }
        return id
    }

    func click(_ element: String) throws { try call("POST", path + "/element/\(element)/click", [:]) }

    /// Types into an element, as a keyboard would.
    func type(_ element: String, _ text: String) throws { try call("POST", path + "/element/\(element)/value", ["text": text]) }

    func text(_ element: String) throws -> String { try call("GET", path + "/element/\(element)/text") as? String ?? "" }

    /// Runs a script in the page; its return value.
    @discardableResult
    func run(_ script: String, _ arguments: [Any] = []) throws -> Any {
        try call("POST", path + "/execute/sync", ["script": script, "args": arguments])
    }

    /// Runs a script that calls its last argument with the result.
    func runAsync(_ script: String, _ arguments: [Any] = []) throws -> Any {
        try call("POST", path + "/execute/async", ["script": script, "args": arguments])
    }

    func screenshot() throws -> Data {
        Data(base64Encoded: try call("GET", path + "/screenshot") as? String ?? "") ?? Data()
    }

    /// Polls `condition` until it holds or `timeout` seconds pass.
    func waitUntil(timeout: TimeInterval, _ condition: () throws -> Bool) throws {
        let end = Date().addingTimeInterval(timeout)
        var last: Error?
        while Date() < end {
            do {
                if try condition() { return }
            } catch {
                last = error
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        if try condition() { return }
        throw Failure(description: "timed out after \(timeout) s" + (last.map { " (last: \($0))" } ?? ""))
    }
}
