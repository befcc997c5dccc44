import ArgumentParser
import DafuKit
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `dafu report` — the 办理情况汇总表 of a folder of replies.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The 办理情况汇总表 of a folder of replies: one row per reply, totals by class, disclosure and state.",
        discussion: """
        Reads every reply under the folders (as dafu batch finds them) with the loader dafu render \
        uses, renders each to know its state (rendered, N warnings, N errors, skeleton not yet \
        filled) and writes one row per reply, sorted by number. A reply that does not load is a \
        row with its errors; its diagnostics are printed too. Text and CSV go to standard output \
        without --output; DOCX and XLSX go to 办理情况汇总表.docx/.xlsx. Exit status: 0 when the \
        report was written (whatever the replies' states), 1 when it could not be, 2 on a usage error.
        """
    )

    @Argument(help: ArgumentHelp("Folders of replies, or reply files.", valueName: "folder"))
    var inputs: [String]

    @Option(help: "Format: text, csv, xlsx or docx (default: from the --output extension, else text).")
    var format: ReportFormat?

    @Option(help: ArgumentHelp("File to write.", valueName: "FILE"))
    var output: String?

    @Option(help: "Title of the table (default: 〈session〉建议/提案办理情况汇总表).")
    var title: String?

    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        if format == nil, let output, ReportFormat(fileName: output) == nil {
            throw ValidationError("无法从“\(output)”的扩展名判断格式；请用 --format text、csv、xlsx 或 docx 指定")
        }
    }

    func run() throws {
        var printer = DiagnosticPrinter()
        let pipeline = try templates.pipeline(printer: &printer)
        // A file or folder named that is not there is a mistake on the command line, not a reply
        // with errors: the report is still written, and the run exits 1.
        let missing = inputs.filter { !FileManager.default.fileExists(atPath: $0) }
        let (report, notices) = ReplyReport.read(inputs, pipeline: pipeline, title: title) { loaded in
            printer.register(loaded.text, forFile: loaded.file)
            Console.report(loaded.diagnostics, printer: &printer)
        }
        Console.report(notices, printer: &printer)
        let format = self.format ?? output.flatMap(ReportFormat.init(fileName:)) ?? .text
        let data: Data
        do { data = try report.data(format) } catch {
            Console.error("无法生成汇总表：\(error)\n")
            throw ExitCode(1)
        }
        guard let path = output ?? (format == .docx || format == .xlsx ? "办理情况汇总表.\(format.rawValue)" : nil) else {
            try Console.output(data)
            if !missing.isEmpty { throw ExitCode(1) }
            return
        }
        do {
            try OutputNames.write(data, toFile: path)
        } catch {
            Console.report([error], printer: &printer)
            throw ExitCode(1)
        }
        let totals = report.totals.sentences.joined()
        Console.error("已写入“\(path)”：\(totals)\n")
        if !missing.isEmpty { throw ExitCode(1) }
    }
}
