import ArgumentParser
import DafuKit
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// `dafu render` — renders replies to files in the output folder, or `-` to standard output.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render replies (YAML or JSON files, or - for standard input).",
        discussion: """
        Each input renders to <output>/<name>.<ext>, named after the input file (or its \
        output_name field); a file holding several documents (--- separated) gives \
        <name>-1, <name>-2 …. With - as the input the result goes to standard output.
        """
    )

    @Argument(help: ArgumentHelp("Reply files, or - to read standard input.", valueName: "input"))
    var inputs: [String]

    @Option(help: "Layout template to use instead of the reply's own.")
    var template: String?

    @Option(help: ArgumentHelp("Folder for the rendered files.", valueName: "DIR"))
    var output: String = "Output"

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Flag(help: "Keep running and render again whenever an input or a template changes (Ctrl-C stops).")
    var watch = false

    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        if inputs.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("“-”（标准输入）只能给出一次")
        }
        if watch, inputs.contains("-") {
            throw ValidationError("--watch 需要文件：标准输入不会改变")
        }
        if inputs.contains("-"), format == .all {
            throw ValidationError("--format all 写四个文件；用“-”（标准输出）时请只选一种格式")
        }
    }

    func run() throws {
        guard watch else { return try renderOnce() }
        let directory = templates.directory ?? Pipeline.defaultTemplateDirectory()
        var last = FileSnapshot.take(inputs + [directory])
        try? renderOnce()
        Console.error("正在监视 \(inputs.count) 个输入和模板目录“\(directory)”；按 Ctrl-C 退出。\n")
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = FileSnapshot.take(inputs + [directory])
            guard now != last else { continue }
            last = now
            Console.error("检测到修改，重新渲染……\n")
            try? renderOnce()
        }
    }

    /// Renders every input once (templates loaded afresh, so template edits show).
    private func renderOnce() throws {
        var printer = DiagnosticPrinter()
        let pipeline = try templates.pipeline(printer: &printer, layout: template)
        var failed = false
        var written = RenderOutputs(directory: output, format: format)
        for input in inputs {
            let loaded = InputLoader.load(path: input)
            printer.register(loaded.text, forFile: loaded.file)
            Console.report(loaded.diagnostics, printer: &printer)
            if loaded.hasErrors { failed = true }
            if input == "-", loaded.replies.count > 1, ![.text, .tree].contains(format) {
                // One .docx, Flat-OPC or HTML document per reply: glued together they are none.
                Console.error("错误：标准输入中有 \(loaded.replies.count) 件答复，--format \(format.rawValue) 一次只能向标准输出写一件；"
                              + "请改用 --format text，或把各件存为文件后用 dafu render 或 dafu batch\n")
                throw ExitCode(2)
            }
            for (index, reply) in loaded.replies {
                do {
                    let rendered = try pipeline.rendered(reply, templateName: template)
                    // Everything is rendered before anything is written: an error leaves no file.
                    let outputs = try format.outputs(of: rendered)
                    if input == "-" {
                        for (_, data) in outputs { try Console.output(data) }
                    } else {
                        let name = OutputNames.baseName(input: input, reply: reply, index: index, count: loaded.documentCount)
                        try written.write(outputs, name: name, input: input)
                    }
                } catch let error as DiagnosticList {
                    Console.report(error.diagnostics, printer: &printer)
                    failed = true
                } catch let error as Diagnostic {
                    Console.report([error], printer: &printer)
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// `dafu templates` — lists the layouts with their one-line descriptions.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the layout templates.")

    @OptionGroup var templates: TemplateOptions

    func run() throws {
        var printer = DiagnosticPrinter()
        let pipeline = try templates.pipeline(printer: &printer)
        for layout in pipeline.library.layouts.values.sorted(by: { $0.name < $1.name }) {
            try Console.print("\(layout.name)\t\(layout.description)")
        }
    }
}
