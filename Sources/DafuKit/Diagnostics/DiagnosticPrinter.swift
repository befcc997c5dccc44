/// Prints diagnostics the way compilers do: the located message, the offending source line
/// and a caret under the column.
///
///     Samples/a.yaml:3:1: 错误[E010]: 未知字段“titel”
///         3 | titel: 关于……的答复
///           | ^
///           = 帮助：是否想写“title”？
public struct DiagnosticPrinter: Sendable {
    /// Source texts by file name, used to show the offending line.
    private var sources: [String: SourceText]

    public init() { sources = [:] }

    /// Makes the text of `file` available for source lines under its diagnostics.
    public mutating func register(_ text: String, forFile file: String) {
        sources[file] = SourceText(text)
    }

    /// The full printout of one diagnostic, ending with a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description + "\n"
        if let location = diagnostic.location, let line = sources[location.file]?.line(location.line) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "    \(number) | \(line)\n"
            out += "    \(gutter) | \(Self.caretPadding(for: line, column: location.column))^\n"
            if let help = diagnostic.help { out += "    \(gutter) = 帮助：\(help)\n" }
        } else if let help = diagnostic.help {
            out += "    = 帮助：\(help)\n"
        }
        return out
    }

    /// Everything, in order.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    /// White space as wide as the characters before `column`: a full-width space under each
    /// wide (CJK) character, so the caret lines up in a terminal and in an editor.
    static func caretPadding(for line: String, column: Int) -> String {
        var pad = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" {
                pad.append("\t")
            } else {
                pad.append(DisplayWidth.isWide(scalar) ? "\u{3000}" : " ")
            }
        }
        return pad
    }
}

/// A source text split into lines once, for printing.
struct SourceText: Sendable {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line `number` (1-based) without its line end, or nil when out of range.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        var line = String(lines[number - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
