import ArgumentParser
import DafuKit
import Foundation

extension ReplyKind: ExpressibleByArgument {}

/// `dafu new` — a commented skeleton reply for a kind, which renders as it is.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented skeleton reply (to standard output, or --output FILE).")

    @Argument(help: "The kind: proposal-reply, suggestion-reply or review-opinion.")
    var kind: ReplyKind

    @Flag(help: "Chinese field names (文种, 文号, 标题 …) instead of English ones.")
    var zh = false

    @Option(name: .shortAndLong, help: ArgumentHelp("File to write (refuses to overwrite).", valueName: "FILE"))
    var output: String?

    func run() throws {
        let date = ReplyDate.today()
        let yaml = Skeleton.yaml(kind: kind, chinese: zh, date: date)
        guard let output else {
            try Console.print(yaml, terminator: "")
            return
        }
        guard !FileManager.default.fileExists(atPath: output) else {
            Console.error("错误：“\(output)”已存在；dafu new 不覆盖已有文件，请换一个文件名\n")
            throw ExitCode(1)
        }
        do {
            try OutputNames.write(Data(yaml.utf8), toFile: output)
        } catch {
            var printer = DiagnosticPrinter()
            Console.report([error], printer: &printer)
            throw ExitCode(1)
        }
    }
}
