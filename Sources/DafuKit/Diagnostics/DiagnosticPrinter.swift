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
    /// Spreadsheet rows by file and sheet, used to show the offending row.
    private var sheets: [SheetSource.Key: SheetSource]

    /// A printer that knows no source text yet.
    public init() {
        sources = [:]
        sheets = [:]
    }

    /// Makes the text of `file` available for source lines under its diagnostics.
    public mutating func register(_ text: String, forFile file: String) {
        sources[file] = SourceText(text)
    }

    /// Makes the rows of a sheet (row 1 first, cells from column A) available: under a
    /// diagnostic about a cell, its row is printed with a caret under the cell.
    public mutating func register(rows: [[String]], sheet: String?, forFile file: String) {
        sheets[SheetSource.Key(file: file, sheet: sheet)] = SheetSource(rows: rows)
    }

    /// The source line a location points into and the column in it.
    private func sourceLine(_ location: SourceLocation) -> (text: String, column: Int)? {
        switch location.form {
        case .text:
            return sources[location.file]?.line(location.line).map { ($0, location.column) }
        case .cell(let sheet):
            return sheets[SheetSource.Key(file: location.file, sheet: sheet)]?.line(row: location.line, column: location.column)
        }
    }

    /// The full printout of one diagnostic, ending with a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description + "\n"
        if let location = diagnostic.location, let (line, lineColumn) = sourceLine(location) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (shown, column) = Self.window(line, column: lineColumn)
            out += "    \(number) | \(shown)\n"
            out += "    \(gutter) | \(Self.caretPadding(for: shown, column: column))^\n"
            if let help = diagnostic.help { out += "    \(gutter) = 帮助：\(help)\n" }
        } else if let help = diagnostic.help {
            out += "    = 帮助：\(help)\n"
        }
        return out
    }

    /// Everything, in order, but at most `perLine` diagnostics of one source line and `perFile`
    /// of one file, each cut followed by a count of what was left out (a file with thousands of
    /// findings would otherwise print its long line thousands of times).
    public func format(_ diagnostics: [Diagnostic], perLine: Int = Limits.lintFindingsPerLine,
                       perFile: Int = Limits.lintFindingsPerFile) -> String {
        var out = ""
        var byLine: [SourceLocation: Int] = [:], byFile: [String: Int] = [:]
        var hiddenByFile: [String: Int] = [:]
        var order: [String] = []
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file ?? ""
            let line = diagnostic.location.map { SourceLocation(file: $0.file, line: $0.line, column: 0) }
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: 0] += 1
            let onLine = line.map { byLine[$0, default: 0] + 1 } ?? 0
            if let line { byLine[line] = onLine }
            if byFile[file]! > perFile || onLine > perLine {
                hiddenByFile[file, default: 0] += 1
                continue
            }
            out += format(diagnostic)
        }
        for file in order {
            guard let hidden = hiddenByFile[file] else { continue }
            let place = file.isEmpty ? "" : "\(file): "
            out += "\(place)另有 \(hidden) 条诊断未显示（共 \(byFile[file]!) 条；每行最多显示 \(perLine) 条，每个文件最多 \(perFile) 条）\n"
        }
        return out
    }

    /// A long line cut to a window around `column`, with … where it was cut; the column in it.
    static func window(_ line: String, column: Int, radius: Int = Limits.sourceWindow) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > 2 * radius + 10 else { return (line, column) }
        let at = min(max(0, column - 1), scalars.count)
        let start = max(0, at - radius), end = min(scalars.count, at + radius)
        var shown = String.UnicodeScalarView()
        if start > 0 { shown.append("…") }
        shown.append(contentsOf: scalars[start..<end])
        if end < scalars.count { shown.append("…") }
        return (String(shown), at - start + 1 + (start > 0 ? 1 : 0))
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

/// A sheet's rows for printing: a row is its cells apart by “ │ ”, the empty cell pointed at
/// shown as （空）.
struct SheetSource: Sendable {
    struct Key: Hashable, Sendable {
        var file: String
        var sheet: String?
    }

    static let separator = " │ "
    let rows: [[String]]

    /// Row `row` as one line and the character column where cell `column` starts in it.
    func line(row: Int, column: Int) -> (text: String, column: Int)? {
        guard row >= 1, row <= rows.count else { return nil }
        let cells = rows[row - 1]
        var text = "", start = 1
        for index in 0..<max(cells.count, column) {
            if index > 0 { text += Self.separator }
            if index == column - 1 { start = text.unicodeScalars.count + 1 }
            let cell = index < cells.count ? cells[index] : ""
            let shown = cell.split(whereSeparator: \.isNewline).joined(separator: " ")
            text += shown.isEmpty && index == column - 1 ? "（空）" : shown
        }
        return (text, start)
    }
}
