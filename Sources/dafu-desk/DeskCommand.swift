import ArgumentParser
import DafuKit
import DeskArguments
import Foundation

/// `dafu-desk` (started by `dafu serve`): the drafter's desk, a local web application over a
/// folder of replies.
@main
struct DeskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dafu serve", abstract: DeskOptions.abstract, discussion: DeskOptions.discussion)

    @OptionGroup var options: DeskOptions

    func run() async throws {
        let (folder, templates, host) = (options.folder, options.templates, options.host)
        let workspace: DeskWorkspace
        do {
            workspace = try DeskWorkspace(folder: folder, templates: templates ?? Pipeline.defaultTemplateDirectory())
        } catch {
            try? FileOutput.write(STDERR_FILENO, Data(DiagnosticPrinter().format(error.diagnostics).utf8))
            throw ExitCode(1)
        }
        let port = options.port == 0 ? try Self.freePort(host: host) : options.port
        let desk = Desk(workspace: workspace, host: host, port: port)
        let address = "dafu 答复工作台：http://\(host):\(port)/  （目录：\(workspace.folder.root)，按 Ctrl-C 退出）\n"
        try await desk.run {
            // Written straight to the descriptor: whoever started the desk reads the address at once.
            try? FileOutput.write(STDOUT_FILENO, Data(address.utf8))
        }
    }

    /// A port nothing listens on now, found by binding port 0 and reading what the system chose.
    static func freePort(host: String) throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ValidationError("no socket for a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr(host == "localhost" ? "127.0.0.1" : host)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0 else { throw ValidationError("cannot bind \(host) for a free port") }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
