import Foundation
import HTTPTypes
import Hummingbird

/// What every request passes before a route sees it:
///
/// - the Host is the server's own (127.0.0.1, localhost or [::1] with its port): a web page
///   cannot reach the desk by pointing a domain name at 127.0.0.1 (DNS rebinding);
/// - a request that writes (anything but GET and HEAD) comes from the desk's own pages: its
///   Origin, when sent, is the server's own, and a browser's `Sec-Fetch-Site` is `same-origin` —
///   a web page open in the same browser cannot save or create files;
/// - a declared body is not larger than the desk accepts;
/// - whatever a route throws becomes an answer with a status and a Chinese message: no request
///   takes the server down, and bad YAML is a diagnostic, never a 500.
///
/// Every answer forbids framing by other sites and allows scripts from the desk only.
struct DeskGuard: RouterMiddleware {
    typealias Context = BasicRequestContext

    let port: Int
    let extraHost: String

    private var hosts: Set<String> {
        Set(["127.0.0.1", "localhost", "[::1]", extraHost.lowercased()].map { "\($0):\(port)" })
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = (request.head.authority ?? "").lowercased()
        guard hosts.contains(host) else {
            return Self.refusal(.misdirectedRequest, "拒绝访问：请求的主机“\(host)”不是本工作台的地址")
        }
        if request.method != .get && request.method != .head {
            if let origin = request.headers[.origin], origin.lowercased() != "http://\(host)" {
                return Self.refusal(.forbidden, "拒绝写入：请求来自其他网页（\(origin)）")
            }
            if let site = request.headers[Self.fetchSite], site != "same-origin", site != "none" {
                return Self.refusal(.forbidden, "拒绝写入：请求来自其他网页")
            }
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Desk.maxBody {
                return Self.refusal(.contentTooLarge, "请求过大（上限 \(Desk.maxBody >> 20) MB）")
            }
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Self.refusal(error.status, error.body ?? error.status.reasonPhrase)
        } catch {
            response = Self.refusal(.internalServerError, "处理请求时出错：\(error)")
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[Self.contentTypeOptions] = "nosniff"
        return response
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
