import ArgumentParser
import DafuKit
import Foundation

/// `dafu import` — turns an existing reply (plain text or .docx) into reply data.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn an existing reply (.txt or .docx) into reply YAML that renders back to the same text.",
        discussion: "The YAML goes to standard output; what the importer was unsure of, dropped from a web page's copy or took from its information table goes to standard error with line numbers. The layout is the one (of the template folder's) whose rendering is closest to the letter. --check imports, renders and prints the layout and how similar the result is to the source.")

    @Argument(help: ArgumentHelp("A reply as plain text or .docx, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Import, render, and report the similarity to the source and what differs.")
    var check = false

    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let source: ImportSource
        do {
            source = try ImportSource.read(file)
        } catch {
            var printer = DiagnosticPrinter()
            Console.report([error], printer: &printer)
            throw ExitCode(1)
        }
        var printer = DiagnosticPrinter()
        let pipeline = try templates.pipeline(printer: &printer)
        let result = ReplyImporter.importParagraphs(source.paragraphs, file: source.name, pipeline: pipeline)
        printer.register(source.paragraphs.joined(separator: "\n"), forFile: source.name)
        Console.report(result.notices, printer: &printer)
        guard check else {
            try Console.print(result.yaml, terminator: "")
            return
        }
        let reply = InputLoader.load(text: result.yaml, file: "<imported>").replies.first?.reply
        // Import writes only what renders (tested); the comparison is the one it chose by.
        let rendered = try reply.map { try pipeline.text(for: $0) } ?? ""
        let comparison = Similarity.compare(source: result.letter, rendered: rendered)
        try Console.print("版式：\(result.template)")
        try Console.print(String(format: "相似度：%.2f%%（%d/%d 字，不计空白和标点宽度）", comparison.ratio * 100, comparison.matched, comparison.total))
        for difference in comparison.differences.prefix(20) { try Console.print("  " + difference) }
    }
}
