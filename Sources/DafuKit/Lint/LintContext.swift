import Yams

/// A text value of the input as written: where its node starts, how it is quoted, and where in
/// the source its characters are (exactly for one-line scalars), so findings point at the
/// character and fixes edit the file in place.
struct ScalarText {
    let text: String
    /// Where the node starts: its anchor (`&a`) or tag (`!!str`) when it has one. This is the
    /// location decoded values carry, so it identifies the scalar.
    let location: SourceLocation
    let style: Node.Scalar.Style
    /// The key path, e.g. sections.measures.text.
    let path: String
    /// The column of the value's first character (after any anchor, tag and opening quote);
    /// nil when the value does not start on the node's line.
    var contentColumn: Int?
    var rawHasEscapes = false
    /// Whether every character is one Unicode scalar, so character offsets are scalar offsets
    /// (no walk per finding: a line with thousands of findings stays linear).
    var oneScalarPerCharacter = false

    /// Whether columns inside the text map exactly onto the source line (decided once: rules
    /// ask for every finding).
    private(set) var isOneLine = false

    /// Decides `isOneLine` from the value and how it is written.
    mutating func decideExactness() {
        let bytes = text.utf8
        isOneLine = contentColumn != nil && !bytes.contains(0x0A)
            && (style == .plain || (style == .singleQuoted && !bytes.contains(0x27)) || (style == .doubleQuoted && !rawHasEscapes))
        oneScalarPerCharacter = text.unicodeScalars.count == text.count
    }

    /// The source location of the character at `offset` (the node's start when not exact).
    func location(at offset: Int) -> SourceLocation {
        guard isOneLine, let contentColumn else { return location }
        var at = location
        at.column = contentColumn + scalarOffset(offset)
        return at
    }

    /// A fix replacing `length` characters at `offset` of the value; nil where the value's
    /// characters cannot be found exactly in the source.
    func fix(at offset: Int, length: Int, with replacement: String) -> LintFix? {
        guard isOneLine else { return nil }
        let before = scalarOffset(offset)
        let replaced = scalarOffset(offset + length) - before
        return LintFix(location: location(at: offset), length: replaced, replacement: replacement, scalar: location, offset: before)
    }

    private func scalarOffset(_ characters: Int) -> Int {
        oneScalarPerCharacter ? characters : text.prefix(characters).unicodeScalars.count
    }

    /// The column where the value of a node starting at `column` begins: anchors (`&name`) and
    /// tags (`!tag`, `!!str`) with the white space after them are skipped, then an opening quote.
    static func contentColumn(in line: Substring, nodeColumn column: Int, style: Node.Scalar.Style) -> Int? {
        let scalars = Array(line.unicodeScalars)
        var index = column - 1
        while index < scalars.count, scalars[index] == "&" || scalars[index] == "!" {
            while index < scalars.count, scalars[index] != " ", scalars[index] != "\t" { index += 1 }
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }
        if style == .singleQuoted || style == .doubleQuoted {
            guard index < scalars.count, scalars[index] == (style == .singleQuoted ? "'" : "\"") else { return nil }
            index += 1
        }
        return index <= scalars.count && index >= 0 ? index + 1 : nil
    }
}

/// A safe fix: replace `length` characters (Unicode scalars) at `location` with `replacement`.
package struct LintFix: Equatable, Sendable {
    package var location: SourceLocation
    package var length: Int
    package var replacement: String
    /// The node the fix edits, and the scalar offset in its value: what the result is checked against.
    var scalar: SourceLocation
    var offset: Int
}

/// A finding with, when it can be fixed safely, its fix.
package struct LintFinding: Sendable {
    package var diagnostic: Diagnostic
    package var fix: LintFix?
}

/// What a rule sees: the decoded reply and every text scalar as written.
struct LintContext {
    let reply: ReplyInput
    let texts: [ScalarText]
    /// Text scalars by their start location (to find the scalar of a decoded value).
    let byLocation: [SourceLocation: ScalarText]

    /// Every scalar value under `node` (keys excluded), with its key path.
    static func scalars(_ node: Node, file: String, path: String = "", source: [Substring]) -> [ScalarText] {
        switch node {
        case .scalar(let scalar):
            let mark = scalar.mark
            let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
            var text = ScalarText(text: scalar.string, location: location, style: scalar.style, path: path)
            if location.line <= source.count {
                let line = source[location.line - 1]
                text.contentColumn = ScalarText.contentColumn(in: line, nodeColumn: location.column, style: scalar.style)
                if scalar.style == .doubleQuoted, let column = text.contentColumn {
                    text.rawHasEscapes = line.unicodeScalars.dropFirst(column - 1).prefix(while: { $0 != "\"" }).contains("\\")
                }
            }
            text.decideExactness()
            return [text]
        case .mapping(let mapping):
            return mapping.flatMap { key, value in
                scalars(value, file: file, path: path.isEmpty ? (key.string ?? "") : "\(path).\(key.string ?? "")", source: source)
            }
        case .sequence(let sequence):
            return sequence.flatMap { scalars($0, file: file, path: path, source: source) }
        case .alias:
            return []
        }
    }
}

/// One lint rule: a stable code and a check.
protocol LintRule: Sendable {
    func check(_ context: LintContext) -> [LintFinding]
}
