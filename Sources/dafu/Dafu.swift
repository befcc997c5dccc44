import ArgumentParser
import DafuKit
import Foundation

/// `dafu` — drafts formal Chinese government replies from structured data.
@main
struct Dafu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dafu",
        abstract: "起草建议、提案答复和审议意见 — draft formal replies from YAML data.",
        discussion: "Exit status: 0 on success, 1 when an input has errors, 2 on a usage error.",
        subcommands: [Render.self, Batch.self, Lint.self, New.self, Intake.self, Report.self, Figures.self, Import.self, Templates.self,
                      Serve.self]
    )

    /// Runs the command, with exit status 2 for every usage error (argument-parser uses 64).
    static func main() {
        // A file-size limit (ulimit -f) then fails a write with EFBIG, reported like a full
        // disk, instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: their text is the result, so a failed write fails the run.
                Foundation.exit((try? Console.print(fullMessage(for: error))) == nil ? 1 : 0)
            }
            Console.error(fullMessage(for: error) + "\n")
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }
}

/// Where the templates are.
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("templates"), help: ArgumentHelp("Folder of layout templates (default: $DAFU_TEMPLATES, else Templates/ here or above).", valueName: "DIR"))
    var directory: String?

    /// The templates, loaded once; errors printed and exit 1. `layout`: a `--template` given,
    /// checked once here (E020) rather than failing every reply alike.
    func pipeline(printer: inout DiagnosticPrinter, layout: String? = nil) throws -> Pipeline {
        let directory = directory ?? Pipeline.defaultTemplateDirectory()
        do {
            let pipeline = try Pipeline(templateDirectory: directory)
            if let layout { _ = try pipeline.library.layout(named: layout) }
            return pipeline
        } catch {
            Console.report(error.diagnostics, printer: &printer)
            throw ExitCode(1)
        }
    }
}

/// Printing to the terminal.
enum Console {
    /// Text to standard error. Nowhere is left to report a failure to (FileHandle would trap).
    static func error(_ text: String) {
        try? FileOutput.write(STDERR_FILENO, Data(text.utf8))
    }

    /// Writes to standard output; when that fails (a full disk behind `>`), says so (E042)
    /// and exits 1.
    static func output(_ data: Data) throws {
        do {
            try FileOutput.writeStandardOutput(data)
        } catch {
            var printer = DiagnosticPrinter()
            report([error], printer: &printer)
            throw ExitCode(1)
        }
    }

    /// A line (or any text) to standard output, as `output(_:)`.
    static func print(_ text: String, terminator: String = "\n") throws {
        try output(Data((text + terminator).utf8))
    }

    /// Prints diagnostics with their source lines (template files are read on demand), at most
    /// a few per line and a few hundred per file, with a count of the rest.
    static func report(_ diagnostics: [Diagnostic], printer: inout DiagnosticPrinter) {
        for file in Set(diagnostics.compactMap { $0.location?.file }) where file.hasSuffix(".mustache") {
            if let text = try? String(contentsOfFile: file, encoding: .utf8) { printer.register(text, forFile: file) }
        }
        error(printer.format(diagnostics))
    }
}
