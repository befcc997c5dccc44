import ArgumentParser
import DafuKit
import Foundation

/// `dafu lint` — findings with codes before a leader sees them.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check replies and templates: punctuation, brackets, 发文字号, dates, roles, repeated sentences, template variables.",
        discussion: "Exit status: 1 when any error was found (warnings alone exit 0), 2 on a usage error. --fix writes the safe fixes back, keeping comments and untouched lines.")

    @Argument(help: ArgumentHelp("Reply files, folders, or templates (.mustache).", valueName: "input"))
    var inputs: [String]

    @Flag(help: "Write the safe fixes (punctuation width, padded dates, missing full stops) back into the files.")
    var fix = false

    func run() throws {
        var printer = DiagnosticPrinter()
        var errors = false
        let found = InputDiscovery.find(inputs)
        let templates = inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { return [] }
            if !isDirectory.boolValue { return input.hasSuffix(".mustache") ? [input] : [] }
            return found.skipped.filter { $0.hasPrefix(input) && $0.hasSuffix(".mustache") }
        }
        for missing in found.missing { Console.error("\(missing): 错误[E002]: 找不到输入\n"); errors = true }
        for path in found.files.filter({ !$0.hasSuffix(".mustache") }) + templates {
            var report = Linter.lint(path: path)
            if fix, !report.fixes.isEmpty {
                do throws(Diagnostic) {
                    let fixed = try Linter.fixedText(report)
                    // Written back as the file it was: encoding, BOM, line ends, permissions, link.
                    try TextFileFormat.rewrite(path, text: fixed, current: try FileInput.read(path, limit: Limits.replyBytes))
                    Console.error("\(path): 已修正 \(report.fixes.count) 处\n")
                    report = Linter.lint(path: path)
                } catch {
                    Console.report([error], printer: &printer)
                    errors = true
                }
            }
            printer.register(report.text, forFile: report.file)
            Console.report(report.diagnostics, printer: &printer)
            errors = errors || report.hasErrors
        }
        if errors { throw ExitCode(1) }
    }
}
