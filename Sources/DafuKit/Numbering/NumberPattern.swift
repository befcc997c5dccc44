/// How one level is numbered, written as its first label: `一、` `（一）` `1.` `（1）` `一是` `第一，`.
///
/// The pattern holds exactly one numeral, 一 (Chinese) or 1 (Arabic), with the text before and
/// after it; the label for n repeats that text around n's numeral.
public struct NumberPattern: Equatable, Sendable, CustomStringConvertible {
    /// How the number is written.
    public enum Numerals: Sendable, Equatable {
        /// 一 二 三 …
        case chinese
        /// 1 2 3 …
        case arabic
    }

    /// What stands before the number: （ or 第.
    public var prefix: String
    /// Chinese or Arabic numerals.
    public var numerals: Numerals
    /// What follows the number: 、 ） . 是 ，.
    public var suffix: String

    /// Parses a pattern; nil when it holds no numeral or more than one.
    public init?(_ text: String) {
        let chars = Array(text)
        let positions = chars.indices.filter { chars[$0] == "一" || chars[$0] == "1" }
        guard positions.count == 1, let at = positions.first else { return nil }
        prefix = String(chars[..<at])
        suffix = String(chars[(at + 1)...])
        numerals = chars[at] == "一" ? .chinese : .arabic
        // Digits or Chinese numerals around the numeral would make labels ambiguous.
        let rest = prefix + suffix
        guard !rest.contains(where: { $0.isNumber || "二三四五六七八九十".contains($0) }) else { return nil }
    }

    /// The label for the n-th item, e.g. （十二） or 12. .
    public func label(_ n: Int) -> String {
        prefix + (numerals == .chinese ? ChineseNumeral.string(n) : String(n)) + suffix
    }

    /// The pattern as written: its first label.
    public var description: String { label(1) }

    /// The GB/T 9704 labels of levels 1–4, and the enumeration 一是.
    public static let level1 = NumberPattern("一、")!
    /// （一）
    public static let level2 = NumberPattern("（一）")!
    /// 1.
    public static let level3 = NumberPattern("1.")!
    /// （1）
    public static let level4 = NumberPattern("（1）")!
    /// 一是 — measures inside a paragraph.
    public static let inline = NumberPattern("一是")!
}
