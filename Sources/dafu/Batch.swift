import ArgumentParser
import DafuKit
import Foundation

/// `dafu batch` — renders every reply in folders, files or multi-document streams, on all cores.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render every reply in folders (recursively), files or --- streams, in parallel.",
        discussion: """
        Renders everything that can be rendered and reports every failure with its location. \
        Outputs are written through a temporary name and a rename; <output>/manifest.json lists \
        each input, its outputs and their SHA-256. A reply whose input, layout (template, \
        partials, style tables) and dafu build are unchanged since the last run, and whose \
        outputs still match the manifest, is not rendered again (--force renders every reply). \
        Exit status: 0 when everything rendered, 1 when anything failed, 2 on a usage error.
        """
    )

    @Argument(help: ArgumentHelp("Folders, reply files or multi-document YAML streams.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Folder for the rendered files.", valueName: "DIR"))
    var output: String = "Output"

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (all = text, docx, flat and html).")
    var format: OutputFormat = .all

    @Option(help: "Parallel jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Layout template to use instead of each reply's own.")
    var template: String?

    @Flag(help: "Render every reply, also those unchanged since the last run.")
    var force = false

    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs 至少为 1") }
        guard !inputs.contains("-") else { throw ValidationError("dafu batch 读取文件和目录；标准输入请用 dafu render -") }
    }

    func run() throws {
        var printer = DiagnosticPrinter()
        let pipeline = try templates.pipeline(printer: &printer, layout: template)
        let runner = BatchRunner(pipeline: pipeline, options: .init(outputDirectory: output, format: format, jobs: jobs, template: template, force: force))
        var progress = Progress(terminal: isatty(STDERR_FILENO) == 1)
        // Any error exits 1, also one that is no reply's (the manifest could not be written).
        var reportedError = false
        let summary = runner.run(inputs) { event in
            switch event {
            case .diagnostics(let file, let text, let diagnostics):
                reportedError = reportedError || diagnostics.contains { $0.severity == .error }
                progress.clear()
                printer.register(text, forFile: file)
                Console.report(diagnostics, printer: &printer)
            case .progress(let done, let total, let rendered, let failed):
                progress.show(done: done, total: total, rendered: rendered, failed: failed)
            }
        }
        progress.clear()
        let line = String(format: "完成：渲染 %d 件，失败 %d 件，跳过 %d 个文件，警告 %d 条，未改动（沿用上次输出）%d 件，用时 %.2f 秒（%d 个输入文件，%d 个作业）\n",
                          summary.rendered, summary.failed, summary.skipped, summary.warnings, summary.unchanged, summary.seconds, summary.files, jobs)
        Console.error(line)
        if summary.failed > 0 || reportedError { throw ExitCode(1) }
    }
}

/// A progress bar on a terminal; plain counts, every tenth, when not.
struct Progress {
    let terminal: Bool
    private var lastDraw = Date.distantPast
    private var lastTenth = 0
    private var drawn = false

    init(terminal: Bool) { self.terminal = terminal }

    mutating func show(done: Int, total: Int, rendered: Int, failed: Int) {
        guard total > 0 else { return }
        if terminal {
            guard done == total || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = Date()
            let width = 30, filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            Console.error("\r\(bar) \(done)/\(total) 文件  已渲染 \(rendered)  失败 \(failed)")
            drawn = true
        } else {
            let tenth = done * 10 / total
            guard tenth > lastTenth || done == total else { return }
            lastTenth = tenth
            Console.error("进度：\(done)/\(total) 文件，已渲染 \(rendered)，失败 \(failed)\n")
        }
    }

    /// Clears the bar before other output.
    mutating func clear() {
        guard terminal, drawn else { return }
        Console.error("\r\u{1B}[K")
        drawn = false
    }
}
