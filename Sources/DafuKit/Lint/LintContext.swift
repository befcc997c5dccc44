import Yams

/// A text value of the input as written: where it starts, how it is quoted, and where in the
/// source each of its characters is (exactly for one-line scalars), so findings point at the
/// character and fixes can edit the file in place.
struct ScalarText {
    let text: String
    let location: SourceLocation
    let style: Node.Scalar.Style
    /// The key path, e.g. sections.measures.text.
    let path: String

    /// Whether columns inside the text map exactly onto the source line.
    var isOneLine: Bool {
        !text.contains("\n") && (style == .plain || style == .singleQuoted || (style == .doubleQuoted && !rawHasEscapes))
    }
    var rawHasEscapes = false

    /// The source location of the character at `offset` (the scalar's start when not exact).
    func location(at offset: Int) -> SourceLocation {
        guard isOneLine else { return location }
        var at = location
        at.column += (style == .plain ? 0 : 1) + offset
        return at
    }
}

/// A safe fix: replace `length` characters at `location` with `replacement`.
public struct LintFix: Equatable, Sendable {
    public var location: SourceLocation
    public var length: Int
    public var replacement: String
}

/// A finding with, when it can be fixed safely, its fix.
public struct LintFinding: Sendable {
    public var diagnostic: Diagnostic
    public var fix: LintFix?
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
            if scalar.style == .doubleQuoted, location.line <= source.count {
                let line = source[location.line - 1]
                let rest = line.unicodeScalars.dropFirst(location.column)
                text.rawHasEscapes = rest.prefix(while: { $0 != "\"" }).contains("\\")
            }
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
protocol LintRule {
    func check(_ context: LintContext) -> [LintFinding]
}
