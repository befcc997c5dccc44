/// 数据 — a figure declared once under `figures:` and referred to as `{name}` in any text, so a
/// drafter updating last year's reply changes each number in one place. Rendered per
/// GB/T 15835: Arabic digits, 万/亿 as the only Chinese units (276万余元, 374.26亿元, 94.24%,
/// 1.9万余人次), ranges with the unit repeated where it is a symbol (15%～30%) and 万/亿
/// repeated always (2万～5万元).
public struct Figure: Sendable {
    /// Approximation words: 余 follows the number, the others precede it.
    public enum Approximation: String, Sendable, CaseIterable {
        case more = "余"
        case about = "约"
        case nearly = "近"
        case over = "超过"
    }

    /// The name texts refer to as `{name}`, where it is declared.
    public var name: Located<String>
    /// 名称 — how the figure is called in the annex table (defaults to its name).
    public var label: String?
    /// One value, or two for a range; each plain digits with an optional decimal part.
    public var values: [String]
    /// The unit written after the number (元, 件, %), or nothing.
    public var unit: String
    /// 万 or 亿, or nothing.
    public var scale: String
    /// 余, 约, 近 or 超过, when the figure is approximate.
    public var approximation: Approximation?
    /// 截至 — the date the figure is as of.
    public var asOf: ReplyDate?
    /// 来源 — where the figure comes from.
    public var source: String?

    /// Units written after every number of a range (symbols), not only after the last.
    static let symbolUnits: Set<String> = ["%", "‰", "℃", "°C"]

    /// The figure as it appears in the text.
    public var text: String {
        let repeatUnit = Self.symbolUnits.contains(unit)
        let numbers = values.map { $0 + scale + (repeatUnit ? unit : "") }
        var body = numbers.joined(separator: "～")
        if approximation == .more { body += Approximation.more.rawValue }
        if !repeatUnit { body += unit }
        if let approximation, approximation != .more { body = approximation.rawValue + body }
        return body
    }

    /// `text` with every `{name}` of a declared figure replaced by the figure's text. A `{` that
    /// belongs to `{{` or `}}` is left alone (so mustache-looking data stays literal).
    static func substitute(_ text: String, figures: [String: Figure]) -> String {
        guard !figures.isEmpty, text.utf8.contains(0x7B) else { return text }
        let found = references(in: text)
        guard let last = found.last else { return text }
        var out = ""
        for reference in found {
            out += text[reference.before]
            out += figures[reference.name]?.text ?? "{\(reference.name)}"
        }
        out += text[last.after...]
        return out
    }

    /// `{name}` references in a text: the name, the text before it (since the previous one)
    /// and where the text after it starts.
    static func references(in text: String) -> [(name: String, offset: Int, before: Range<String.Index>, after: String.Index)] {
        var result: [(String, Int, Range<String.Index>, String.Index)] = []
        var index = text.startIndex
        var segmentStart = text.startIndex
        var offset = 0
        while index < text.endIndex {
            if text[index] == "{" {
                let previous = index > text.startIndex ? text[text.index(before: index)] : nil
                if previous != "{", let close = text[index...].firstIndex(of: "}") {
                    let name = text[text.index(after: index)..<close]
                    let after = text.index(after: close)
                    let next = after < text.endIndex ? text[after] : nil
                    if !name.isEmpty, next != "}", !name.contains(where: { $0 == "{" || $0.isWhitespace }) {
                        result.append((String(name), offset, segmentStart..<index, after))
                        offset += text[index..<after].count
                        index = after
                        segmentStart = after
                        continue
                    }
                }
            }
            index = text.index(after: index)
            offset += 1
        }
        return result
    }
}
