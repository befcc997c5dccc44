import Foundation
import HTTPTypes
import Hummingbird

/// What every request passes before a route sees it:
///
/// - the Host is the server's own (127.0.0.1, localhost or [::1] with its port): a web page
///   cannot reach the desk by pointing a domain name at 127.0.0.1 (DNS rebinding);
/// - a request that does anything but show the list or an editor — every write, every
///   download (a PDF starts LibreOffice), the script's calls, the assets — comes from the desk's
///   own pages: its Origin, when sent, is the server's own, and a browser's `Sec-Fetch-Site` is
///   `same-origin` (or `none`: typed in the address bar). A web page open in the same browser
///   cannot save or create files, nor make the desk render through an `<img>` or a link;
///   Chromium sends `cross-site` (or `same-site` from another port of 127.0.0.1) for those, and
///   no Origin for a GET;
/// - a declared body is not larger than the desk accepts;
/// - whatever a route throws becomes an answer with a status and a Chinese message: no request
///   takes the server down, and bad YAML is a diagnostic, never a 500.
///
/// Every answer, refusals included, forbids framing by other sites and allows scripts from the
/// desk only.
struct DeskGuard: RouterMiddleware {
    typealias Context = BasicRequestContext

    let port: Int
    let extraHost: String

    private var hosts: Set<String> {
        Set(["127.0.0.1", "localhost", "[::1]", extraHost.lowercased()].map { "\($0):\(port)" })
    }

    /// Pages another site may link to: they only show (a bookmark or a link elsewhere opens the desk).
    static let openToLinks: Set<String> = ["/", "/edit"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if let refusal = refusal(of: request) {
            response = refusal
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = Self.refusal(error.status, error.body ?? error.status.reasonPhrase)
            } catch {
                response = Self.refusal(.internalServerError, "处理请求时出错：\(error)")
            }
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[Self.contentTypeOptions] = "nosniff"
        return response
    }

    /// The answer refusing `request` before any route sees it; nil when it may go on.
    private func refusal(of request: Request) -> Response? {
        let host = (request.head.authority ?? "").lowercased()
        guard hosts.contains(host) else {
            return Self.refusal(.misdirectedRequest, "拒绝访问：请求的主机“\(host)”不是本工作台的地址")
        }
        let shows = request.method == .get || request.method == .head
        if !(shows && Self.openToLinks.contains(request.uri.path)) {
            let refused = shows ? "拒绝访问" : "拒绝写入"
            if let origin = request.headers[.origin], origin.lowercased() != "http://\(host)" {
                return Self.refusal(.forbidden, "\(refused)：请求来自其他网页（\(origin)）")
            }
            if let site = request.headers[Self.fetchSite], site != "same-origin", site != "none" {
                return Self.refusal(.forbidden, "\(refused)：请求来自其他网页")
            }
        }
        if !shows, let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Desk.maxBody {
            return Self.refusal(.contentTooLarge, "请求过大（上限 \(Desk.maxBody >> 20) MB）")
        }
        return nil
    }

    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    /// Scripts and forms from the desk only; inline styles for the preview pages; no framing
    /// of the desk by other sites.
    static let policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"

    /// A short page (or JSON for the script) saying why a request was not done.
    static func refusal(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let page = DeskPages.message(title: "\(status.code) \(status.reasonPhrase)", message: message)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
