import Foundation
import Yams

/// One field a mapping may hold: its canonical (English) key, the Chinese aliases it also
/// answers to, and the Chinese name used in messages.
struct FieldName: Sendable {
    let key: String
    let chinese: String
    let aliases: [String]

    init(_ key: String, _ chinese: String, aliases: [String] = []) {
        self.key = key
        self.chinese = chinese
        self.aliases = aliases
    }
}

/// The fields a mapping may hold.
struct Schema: Sendable {
    let name: String
    let fields: [FieldName]
    private let byWrittenKey: [String: FieldName]

    init(_ name: String, _ fields: [FieldName]) {
        self.name = name
        self.fields = fields
        var index: [String: FieldName] = [:]
        for field in fields {
            index[field.key] = field
            for alias in field.aliases { index[alias] = field }
        }
        byWrittenKey = index
    }

    func field(forWrittenKey key: String) -> FieldName? { byWrittenKey[key] }

    func chineseName(of key: String) -> String { byWrittenKey[key]?.chinese ?? key }
}

/// A text value as read: its value, where its node starts, and the column of its first
/// character when the value's characters lie on one source line (nil for block scalars).
struct TextSpan {
    let value: String
    let location: SourceLocation
    let firstColumn: Int?
}

/// A mapping read against a schema: entries by canonical key, each with the key as the user
/// wrote it (diagnostics name keys the way the user wrote them).
struct MappingView {
    struct Entry {
        let writtenKey: String
        let keyLocation: SourceLocation
        let value: Node
    }

    let schema: Schema
    /// Where the mapping is introduced (its key in the parent, or its first character).
    let location: SourceLocation
    var entries: [String: Entry]

    subscript(key: String) -> Entry? { entries[key] }
}

/// Walks a composed YAML tree, keeping the location of every value and collecting all
/// diagnostics instead of stopping at the first.
///
/// Scalars are read as the text written: YAML 1.1 would read `012` as octal, `no` as false and
/// `2025-05-14` as a timestamp, none of which a reply wants.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every text value read that holds a `{`, with where its characters are: the figures step
    /// finds its references in them without reading YAML again.
    private(set) var texts: [TextSpan] = []
    /// Figures declared with a value that is wrong (E052 and the like): references to them are
    /// not also reported as undefined (E050).
    var faultedFigures: Set<String> = []
    /// Nodes left to visit before the document counts as too large (guards alias bombs).
    private var nodeBudget: Int
    private var budgetReported = false

    init(file: String, nodeBudget: Int = Limits.replyValues) {
        self.file = file
        self.nodeBudget = nodeBudget
    }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func report(_ diagnostics: [Diagnostic]) { self.diagnostics += diagnostics }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Counts a visited node; false (with one E005 reported) once the budget is spent.
    private func visit(_ node: Node) -> Bool {
        nodeBudget -= 1
        if nodeBudget >= 0 { return true }
        if !budgetReported {
            budgetReported = true
            report(.documentTooLarge(at: location(node)))
        }
        return false
    }

    static func kindName(_ node: Node) -> String {
        switch node {
        case .mapping: return "映射（键值对）"
        case .sequence: return "列表"
        case .scalar: return "文本"
        case .alias: return "别名"
        }
    }

    private func typeError(_ node: Node, expected: String, field: String, accepted: String? = nil) {
        if case .mapping(let mapping) = node, mapping.count == 1, let (key, value) = mapping.first,
           let colon = textEndingInColon(key, value) {
            report(.trailingColon(field, colon.text, at: colon.location))
            return
        }
        report(.wrongType(field, expected: expected, actual: Self.kindName(node), at: location(node), accepted: accepted))
    }

    /// A plain key holding Chinese text with no value (`现答复如下:` read as `{现答复如下: null}`):
    /// the text as written, with its colon, and where the colon is.
    func textEndingInColon(_ key: Node, _ value: Node) -> (text: String, location: SourceLocation)? {
        guard case .scalar(let scalar) = key, scalar.style == .plain, Self.isNull(value),
              scalar.string.unicodeScalars.contains(where: { !$0.isASCII }), !scalar.string.contains("\n") else { return nil }
        var at = location(key)
        at.column += scalar.string.unicodeScalars.count
        return (scalar.string + ":", at)
    }

    /// Whether `mapping` was written `{…}`: it starts at its brace, before its first key (a block
    /// mapping starts at its first key). Yams' own `style` is the end event's, always `.any`.
    static func isFlow(_ mapping: Node.Mapping) -> Bool {
        guard let start = mapping.mark, let first = mapping.first?.key.mark else { return false }
        return (start.line, start.column) != (first.line, first.column)
    }

    /// Whether a scalar stands for "no value" (`~`, `null` or nothing, unquoted).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.utf8.count <= 4 else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    // MARK: Mappings

    /// Reads `node` as a mapping of `schema`; unknown keys are reported with a suggestion.
    /// - Parameter orText: for an item that may also be a text (a measure, a proposer), the
    ///   shapes it accepts, named in the E011 of any other shape.
    func mapping(_ node: Node, schema: Schema, field: String, introducedAt: SourceLocation? = nil, orText: String? = nil) -> MappingView? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            typeError(node, expected: orText == nil ? "映射（键值对）" : "文本或映射（键值对）", field: field, accepted: orText)
            return nil
        }
        var view = MappingView(schema: schema, location: introducedAt ?? location(node), entries: [:])
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                report(.keyNotText(Self.kindName(keyNode), at: location(keyNode)))
                continue
            }
            let written = keyScalar.string
            guard let fieldName = schema.field(forWrittenKey: written) else {
                if unknownKey(keyNode, value, schema: schema, field: field, alone: mapping.count == 1, flow: Self.isFlow(mapping)) { return nil }
                continue
            }
            if let earlier = view.entries[fieldName.key] {
                report(.duplicateField(written, earlier: earlier.writtenKey, line: earlier.keyLocation.line, at: location(keyNode)))
                continue
            }
            view.entries[fieldName.key] = .init(writtenKey: written, keyLocation: location(keyNode), value: value)
        }
        return view
    }

    /// Reports a key `schema` does not have (E010): a usual mistake names the field meant, else
    /// the nearest spelling; a key that is Chinese text with no value was a text ending in an
    /// ASCII colon, and a mapping of only that is reported as such (true: drop the mapping). In a
    /// `{…}` mapping such a key was cut off a text by an ASCII comma (`{text: 据统计,共…}`).
    private func unknownKey(_ keyNode: Node, _ value: Node, schema: Schema, field: String, alone: Bool, flow: Bool) -> Bool {
        let written = keyNode.scalar?.string ?? ""
        let mistake = InputSchema.usualMistake(written, in: schema)
        let candidates = schema.fields.flatMap { [$0.key] + $0.aliases }
        let suggestion = mistake ?? EditDistance.suggestion(for: written, among: candidates)
        // Chinese text with an ASCII colon at its end, not a key: `- 完善目录:`.
        let colon = suggestion == nil ? textEndingInColon(keyNode, value) : nil
        if colon != nil, flow, !alone {
            report(.textCutByComma(written, in: schema.name, at: location(keyNode)))
            return false
        }
        if let colon, alone {
            report(.trailingColon(field, colon.text, at: colon.location))
            return true
        }
        report(.unknownField(written, in: schema.name, suggestion: suggestion, fields: schema.fields.map(\.key), at: location(keyNode),
                             orText: colon?.text, described: mistake.flatMap { InputSchema.described($0, in: schema) }))
        return false
    }

    /// The entry for `key`, reporting E012 when it is absent or empty.
    func require(_ view: MappingView, _ key: String) -> MappingView.Entry? {
        if let entry = view[key], !Self.isNull(entry.value) { return entry }
        report(.missingField(key, view.schema.chineseName(of: key), at: view.location))
        return nil
    }

    // MARK: Scalars

    /// A text value; nil for an absent or null value.
    func text(_ entry: MappingView.Entry?) -> Located<String>? {
        guard let entry else { return nil }
        return text(entry.value, field: entry.writtenKey)
    }

    func text(_ node: Node, field: String) -> Located<String>? {
        guard visit(node) else { return nil }
        if Self.isNull(node) { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(node, expected: "文本", field: field)
            return nil
        }
        var raw = scalar.string
        if XMLCharacters.holdsForbidden(raw, orLineBreak: true),
           let bad = raw.unicodeScalars.first(where: { XMLCharacters.isForbidden($0) || XMLCharacters.isLineBreak($0) }) {
            var cleaned = String.UnicodeScalarView()
            for scalar in raw.unicodeScalars where !XMLCharacters.isForbidden(scalar) {
                cleaned.append(XMLCharacters.isLineBreak(scalar) ? "\n" : scalar)
            }
            raw = String(cleaned)
            report(.invisibleCharacter(field, bad, lineBreak: XMLCharacters.isLineBreak(bad), at: location(node)))
        }
        let value = TextFolding.fold(raw)
        guard !value.isEmpty else { return nil }
        let start = location(node)
        // Only a text with a brace can refer to a figure: the others need no span.
        if XMLCharacters.contains(value, byte: 0x7B) {
            // Columns inside a one-line plain or quoted scalar map onto the source line.
            let oneLine = !scalar.string.utf8.contains(0x0A) && [.plain, .singleQuoted, .doubleQuoted].contains(scalar.style)
            texts.append(TextSpan(value: value, location: start, firstColumn: oneLine ? start.column + (scalar.style == .plain ? 0 : 1) : nil))
        }
        return Located(value, at: start)
    }

    /// A required text value (E012 when absent).
    func requiredText(_ view: MappingView, _ key: String) -> Located<String>? {
        guard let entry = require(view, key) else { return nil }
        let value = text(entry)
        if value == nil, case .scalar = entry.value {
            // Written but empty (`heading: ""`): as good as missing.
            report(.emptyField(entry.writtenKey, view.schema.chineseName(of: key), at: location(entry.value)))
        }
        return value
    }

    /// One text or a list of texts (each a paragraph or an item).
    func texts(_ entry: MappingView.Entry?) -> [Located<String>] {
        guard let entry else { return [] }
        switch entry.value {
        case .sequence(let sequence):
            guard visit(entry.value) else { return [] }
            return sequence.compactMap { text($0, field: entry.writtenKey) }
        case .mapping:
            guard visit(entry.value) else { return [] }
            let key = entry.writtenKey
            typeError(entry.value, expected: "文本或文本列表", field: key,
                      accepted: "写一段文字（\(key): ……），或写成列表、每项一段（\(key): [……, ……]）")
            return []
        default:
            return text(entry.value, field: entry.writtenKey).map { [$0] } ?? []
        }
    }

    /// A field that is a text or a mapping (`next_steps`); any other shape is E011 naming both.
    enum TextOrMapping {
        case text(Located<String>)
        case mapping(MappingView)
    }

    func textOrMapping(_ entry: MappingView.Entry?, _ schema: Schema, expected: String = "文本或映射（键值对）", shapes: String) -> TextOrMapping? {
        guard let entry, !Self.isNull(entry.value) else { return nil }
        switch entry.value {
        case .scalar: return text(entry).map { .text($0) }
        case .mapping: return mapping(entry.value, schema: schema, field: entry.writtenKey, introducedAt: entry.keyLocation).map { .mapping($0) }
        default:
            report(.wrongType(entry.writtenKey, expected: expected, actual: Self.kindName(entry.value), at: location(entry.value), accepted: shapes))
            return nil
        }
    }

    /// A list of nodes (an absent or null value is an empty list).
    func list(_ entry: MappingView.Entry?) -> [Node] {
        guard let entry, !Self.isNull(entry.value) else { return [] }
        guard visit(entry.value) else { return [] }
        guard case .sequence(let sequence) = entry.value else {
            let key = entry.writtenKey
            typeError(entry.value, expected: "列表", field: key, accepted: "即使只有一项也写成列表：\(key): [……]，或每项一行“- ……”")
            return []
        }
        return Array(sequence)
    }

    /// A yes/no value: true/false, yes/no, 是/否.
    func bool(_ entry: MappingView.Entry?) -> Located<Bool>? {
        guard let entry, let text = text(entry) else { return nil }
        return yesNo(text, field: entry.writtenKey)
    }

    /// A text read as yes/no; E019 when it is neither (with `help` for a field of other shapes).
    func yesNo(_ text: Located<String>, field: String, help: String? = nil) -> Located<Bool>? {
        switch text.value.lowercased() {
        case "true", "yes", "on", "是": return text.map { _ in true }
        case "false", "no", "off", "否": return text.map { _ in false }
        default:
            report(.notYesNo(field, text.value, at: text.location, help: help))
            return nil
        }
    }

    /// A value from a fixed set, given as `[written form: value]`.
    func choice<T>(_ entry: MappingView.Entry?, _ options: KeyValuePairs<String, T>) -> Located<T>? {
        guard let entry, let text = text(entry) else { return nil }
        if let match = options.first(where: { $0.key == text.value }) {
            return text.map { _ in match.value }
        }
        let names = options.map(\.key)
        let suggestion = EditDistance.suggestion(for: text.value, among: names)
        report(.invalidChoice(entry.writtenKey, text.value, suggestion: suggestion, choices: names, at: text.location))
        return nil
    }
}
