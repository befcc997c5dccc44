import Foundation
import Yams

/// Turns the YAML library's errors into located diagnostics (E001).
enum YAMLErrors {
    /// - Parameter text: the source, to recognise a plain value ending in an ASCII colon at the
    ///   place the parser stopped (`text: 现答复如下:`).
    static func diagnostic(for error: Error, file: String, text: String? = nil) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        guard let error = error as? YamlError else {
            return .yamlFailure(error, file: file)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if problem.contains("mapping values are not allowed"), let text, let value = valueEndingInColon(text, line: mark.line, column: mark.column) {
                return .yamlTrailingColon(value, problem: problem, at: at(mark))
            }
            let detail = context.map { "\(problem)（\($0.text)）" } ?? problem
            return .yamlSyntax(detail, at: at(mark), hint: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .duplicateKeys(duplicates, at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .undecodable(problem, file: file)
        default:
            return .yamlFailure(error, file: file)
        }
    }

    /// The value (with its colon) when the character at `line`:`column` is an ASCII colon that
    /// ends its line (only spaces or a comment after it): `现答复如下:` in `text: 现答复如下:`.
    static func valueEndingInColon(_ text: String, line: Int, column: Int) -> String? {
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = Array(lines[line - 1].unicodeScalars)
        guard column >= 2, column <= scalars.count, scalars[column - 1] == ":" else { return nil }
        let after = String(String.UnicodeScalarView(scalars[column...])).trimmingCharacters(in: .whitespaces)
        guard after.isEmpty || after.hasPrefix("#") else { return nil }
        var before = String(String.UnicodeScalarView(scalars[..<(column - 1)]))
        // The value starts after the key's ": " or a list's "- ", whichever is last.
        if let key = before.range(of: ": ", options: .backwards) { before = String(before[key.upperBound...]) }
        before = before.trimmingCharacters(in: .whitespaces)
        while before.hasPrefix("- ") { before = String(before.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        return before.isEmpty ? nil : before + ":"
    }

    /// A Chinese hint for the YAML mistakes drafters make most.
    private static func hint(for problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "值里含有“: ”（英文冒号加空格）时，请给整个值加引号，或改用中文冒号“：”"
        }
        if problem.contains("tab") { return "YAML 缩进只能用空格，不能用制表符" }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "检查本行与上一行的缩进是否对齐"
        }
        return nil
    }
}
