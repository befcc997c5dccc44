import DafuKit
import Foundation
import Hummingbird

/// The desk's web application: routes turn requests into `DeskWorkspace` calls and answers into
/// pages; `DeskGuard` checks every request first (host, origin, size).
struct Desk: Sendable {
    let workspace: DeskWorkspace
    let host: String
    let port: Int

    /// Request bodies are at most this large.
    static let maxBody = Limits.deskRequestBytes

    func run(onReady: @escaping @Sendable () -> Void) async throws {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: DeskGuard(port: port, extraHost: host))
        routes(router)
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "dafu"),
                              onServerRunning: { _ in onReady() })
        try await app.runService()
    }

    private func routes(_ router: Router<BasicRequestContext>) {
        let pages = DeskPages(workspace: workspace)
        router.get("/") { _, _ in pages.list(notice: nil) }
        router.get("/desk.js") { _, _ in Self.asset(DeskAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("/desk.css") { _, _ in Self.asset(DeskAssets.style, type: "text/css; charset=utf-8") }
        router.get("/edit") { request, _ in try pages.editor(file: request.query("file")) }
        router.post("/edit") { request, _ in
            var request = request
            return try await pages.submit(file: request.query("file"), form: try await request.form())
        }
        router.post("/new") { request, _ in
            var request = request
            return try await pages.create(form: try await request.form())
        }
        router.post("/import") { request, _ in
            var request = request
            return try await pages.importLetter(upload: try await request.upload())
        }
        router.get("/download") { request, _ in
            try pages.download(file: request.query("file"), format: request.query("format"), layout: request.query("layout"))
        }
        router.post("/api/preview") { request, _ in
            var request = request
            return try await pages.preview(try await request.json(PreviewRequest.self))
        }
        router.post("/api/save") { request, _ in
            var request = request
            return try await pages.save(try await request.json(SaveRequest.self))
        }
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The JSON the editor's script sends for a preview.
struct PreviewRequest: Decodable {
    var file: String
    var text: String
    var layout: String?
}

/// The JSON the editor's script sends to save.
struct SaveRequest: Decodable {
    var file: String
    var text: String
    var base: String
}

extension Request {
    /// A query parameter, percent-decoded; empty when absent.
    func query(_ name: String) -> String {
        uri.queryParameters.get(name).map { String($0) } ?? ""
    }

    /// The body, at most the desk's limit (413 beyond it).
    mutating func bytes() async throws -> ByteBuffer {
        do {
            return try await body.collect(upTo: Desk.maxBody)
        } catch {
            throw HTTPError(.contentTooLarge, message: "请求过大（上限 \(Desk.maxBody >> 20) MB）")
        }
    }

    /// An `application/x-www-form-urlencoded` body as fields.
    mutating func form() async throws -> [String: String] {
        let buffer = try await bytes()
        return FormFields.parse(String(buffer: buffer))
    }

    /// A JSON body.
    mutating func json<T: Decodable>(_ type: T.Type) async throws -> T {
        let buffer = try await bytes()
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw HTTPError(.badRequest, message: "请求的 JSON 无法读取")
        }
    }

    /// The one file of a `multipart/form-data` upload: its name and bytes.
    mutating func upload() async throws -> (name: String, data: Data) {
        let type = headers[.contentType] ?? ""
        guard let boundary = FormFields.boundary(of: type) else { throw HTTPError(.badRequest, message: "请选择要导入的文件") }
        let buffer = try await bytes()
        guard let file = try FormFields.firstFile(in: buffer, boundary: boundary) else {
            throw HTTPError(.badRequest, message: "请选择要导入的文件")
        }
        return file
    }
}
