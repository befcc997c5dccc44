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
            let tab = text.map { scalar(in: $0, line: mark.line, column: mark.column) == "\t" } ?? false
            return .yamlSyntax(detail, at: at(mark), hint: tab ? tabHint : hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .duplicateKeys(duplicates, at: at(context.mark))
        case let .reader(problem, offset, value, _):
            // Yams gives the offset, in Characters, of the character libyaml refused.
            let location = offset.flatMap { offset in text.map { YAMLErrors.location(ofCharacter: offset, in: $0, file: file) } }
            if problem.contains("control characters"), let location { return .controlCharacter(value, at: location) }
            return .undecodable(problem, file: file, at: location)
        default:
            return .yamlFailure(error, file: file)
        }
    }

    /// Line and column (in scalars, as every location) of the Character at `offset` of `text`.
    static func location(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        let utf8 = text.utf8
        let end = text.index(text.startIndex, offsetBy: max(offset, 0), limitedBy: text.endIndex) ?? text.endIndex
        let before = utf8[..<end]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.startIndex
        let column = utf8[lineStart..<end].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The value (with its colon) when the character at `line`:`column` is an ASCII colon that
    /// ends its line (only spaces or a comment after it): `现答复如下:` in `text: 现答复如下:`.
    static func valueEndingInColon(_ text: String, line: Int, column: Int) -> String? {
        guard let scalars = scalars(of: text, line: line), column >= 2, column <= scalars.count, scalars[column - 1] == ":" else { return nil }
        let after = String(String.UnicodeScalarView(scalars[column...])).trimmingCharacters(in: .whitespaces)
        guard after.isEmpty || after.hasPrefix("#") else { return nil }
        var before = String(String.UnicodeScalarView(scalars[..<(column - 1)]))
        // The value starts after the key's ": " or a list's "- ", whichever is last.
        if let key = before.range(of: ": ", options: .backwards) { before = String(before[key.upperBound...]) }
        before = before.trimmingCharacters(in: .whitespaces)
        while before.hasPrefix("- ") { before = String(before.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        return before.isEmpty ? nil : before + ":"
    }

    private static let tabHint = "YAML 缩进只能用空格，不能用制表符"

    /// The scalars of line `line` (1-based) of `text`, if it has that line.
    private static func scalars(of text: String, line: Int) -> [Unicode.Scalar]? {
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        return Array(lines[line - 1].unicodeScalars)
    }

    /// The scalar at `line`:`column` (1-based, in scalars) of `text`, if there is one.
    private static func scalar(in text: String, line: Int, column: Int) -> Unicode.Scalar? {
        guard column >= 1 else { return nil }
        return scalars(of: text, line: line)?.dropFirst(column - 1).first
    }

    /// A Chinese hint for the YAML mistakes drafters make most.
    private static func hint(for problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "值里含有“: ”（英文冒号加空格）时，请给整个值加引号，或改用中文冒号“：”"
        }
        if problem.contains("tab") { return tabHint }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "检查本行与上一行的缩进是否对齐"
        }
        return nil
    }
}
