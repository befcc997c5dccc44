import DafuKit
import Foundation
import Hummingbird

/// The desk's pages and answers, each a thin mapping from a workspace call to HTML or JSON.
/// Pages are plain HTML forms that work without scripts; desk.js adds the live preview.
struct DeskPages: Sendable {
    let workspace: DeskWorkspace

    // MARK: Pages

    func list(notice: String?) -> Response {
        html(DeskPage.list(workspace.replies(), folder: workspace.folder.root, notice: notice))
    }

    func editor(file: String) throws -> Response {
        do {
            let opened = try workspace.open(file)
            let preview = workspace.preview(opened.text, file: file, layout: nil)
            return html(DeskPage.editor(file: file, text: opened.text, base: opened.hash, layout: "", layouts: layouts, preview: preview, notice: nil))
        } catch {
            throw Self.httpError(error)
        }
    }

    /// The editor's form: 预览 renders the posted text without saving; 保存 saves it.
    func submit(file: String, form: [String: String]) async throws -> Response {
        let text = form["text"] ?? "", base = form["base"] ?? "", layout = form["layout"] ?? ""
        var notice: DeskPage.Notice?
        var hash = base
        if form["action"] == "save" {
            do {
                try workspace.save(file, text: text, base: base)
                hash = try workspace.open(file).hash
                notice = .done("已保存")
            } catch .changedOnDisk(let message) {
                notice = .failed(message)
            } catch {
                throw Self.httpError(error)
            }
        }
        let preview = workspace.preview(text, file: file, layout: layout)
        var response = html(DeskPage.editor(file: file, text: text, base: hash, layout: layout, layouts: layouts, preview: preview, notice: notice))
        if case .failed? = notice { response.status = .conflict }
        return response
    }

    func create(form: [String: String]) async throws -> Response {
        guard let kind = ReplyKind(rawValue: form["kind"] ?? "") else { throw HTTPError(.badRequest, message: "请选择文种") }
        do {
            let file = try workspace.create(form["name"] ?? "", kind: kind, chinese: form["zh"] != nil, today: ReplyDate.today())
            return Self.redirect(to: file)
        } catch {
            throw Self.httpError(error)
        }
    }

    func importLetter(upload: (name: String, data: Data)) async throws -> Response {
        do {
            return Self.redirect(to: try workspace.importLetter(upload.data, named: upload.name))
        } catch {
            throw Self.httpError(error)
        }
    }

    func download(file: String, format: String, layout: String) throws -> Response {
        guard let format = OutputFormat(rawValue: format), ![.all, .tree].contains(format) else {
            throw HTTPError(.badRequest, message: "未知的格式“\(format)”")
        }
        do {
            let (data, name) = try workspace.download(file, format: format, layout: layout)
            let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? "reply"
            return Response(status: .ok, headers: [.contentType: Self.contentTypes[format] ?? "application/octet-stream",
                                                   .contentDisposition: "attachment; filename*=UTF-8''\(encoded)"],
                            body: .init(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            throw Self.httpError(error)
        }
    }

    // MARK: The script's calls

    func preview(_ request: PreviewRequest) async throws -> Response {
        json(workspace.preview(request.text, file: request.file, layout: request.layout))
    }

    func save(_ request: SaveRequest) async throws -> Response {
        do {
            try workspace.save(request.file, text: request.text, base: request.base)
            return json(["hash": try workspace.open(request.file).hash])
        } catch .changedOnDisk(let message) {
            var response = json(["error": message])
            response.status = .conflict
            return response
        } catch {
            throw Self.httpError(error)
        }
    }

    // MARK: Helpers

    private var layouts: [(name: String, description: String)] {
        workspace.pipeline.layouts.values.sorted { $0.name < $1.name }.map { ($0.name, $0.template.description) }
    }

    static let contentTypes: [OutputFormat: String] = [
        .text: "text/plain; charset=utf-8", .html: "text/html; charset=utf-8", .flat: "application/xml",
        .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", .pdf: "application/pdf",
    ]

    private func html(_ page: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    private func json<T: Encodable>(_ value: T) -> Response {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func redirect(to file: String) -> Response {
        let query = file.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))) ?? ""
        return Response(status: .seeOther, headers: [.location: "/edit?file=\(query)"])
    }

    /// A workspace failure as an HTTP answer with a Chinese message.
    static func httpError(_ failure: DeskWorkspace.Failure) -> HTTPError {
        switch failure {
        case .refused(.outside(let path)): return HTTPError(.forbidden, message: "拒绝访问“\(path)”：只能读写工作台目录中的答复文件")
        case .refused(.notFound(let path)): return HTTPError(.notFound, message: "找不到“\(path)”")
        case .refused(.exists(let path)): return HTTPError(.conflict, message: "“\(path)”已存在")
        case .changedOnDisk(let message): return HTTPError(.conflict, message: message)
        case .problem(let diagnostic):
            return HTTPError(diagnostic.code == .pdfUnavailable ? .serviceUnavailable : .unprocessableContent,
                             message: "\(diagnostic.severity.label)[\(diagnostic.code.rawValue)]: \(diagnostic.message)" + (diagnostic.help.map { "（\($0)）" } ?? ""))
        }
    }

    static func message(title: String, message: String) -> String { DeskPage.message(title: title, message: message) }
}
