import ArgumentParser
import DafuKit
import Foundation

/// `dafu figures` — every figure of a reply and where it is used, for the person who checks
/// the numbers.
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every figure of the replies and where each is used.")

    @Argument(help: ArgumentHelp("Reply files, or - for standard input.", valueName: "input"))
    var inputs: [String]

    func run() throws {
        var printer = DiagnosticPrinter()
        var failed = false
        for input in inputs {
            let loaded = InputLoader.load(path: input)
            printer.register(loaded.text, forFile: loaded.file)
            Console.report(loaded.diagnostics, printer: &printer)
            failed = failed || loaded.hasErrors
            for (index, reply) in loaded.replies {
                try Console.print(loaded.documentCount > 1 ? "\(loaded.file)（第\(index)件）" : loaded.file)
                guard !reply.figures.isEmpty else {
                    try Console.print("  （没有 figures）")
                    continue
                }
                var rows = [["数据", "文字", "截至", "来源", "引用位置"]]
                for figure in reply.figures.values.sorted(by: { $0.name.location.line < $1.name.location.line }) {
                    let uses = reply.figureReferences.filter { $0.value == figure.name.value }
                        .map { "\($0.location.line):\($0.location.column)" }
                    rows.append([figure.name.value, figure.text, figure.asOf?.chinese ?? "", figure.source ?? "",
                                 uses.isEmpty ? "（未使用）" : uses.joined(separator: " ")])
                }
                try Console.print(PlainTextRenderer().table(rows).map { "  " + $0 }.joined(separator: "\n"))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
