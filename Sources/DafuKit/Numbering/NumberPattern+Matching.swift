/// Reading labels back: which pattern a label at the start of a text follows, and its number.
/// The patterns are the same values that write labels, so what is recognised and what is
/// written cannot disagree.
extension NumberPattern {
    /// The number and length (in characters) of a label of this pattern at the start of `text`:
    /// 十二、 → (12, 3) for 一、; nil when the text does not start with one.
    package func match(_ text: some StringProtocol) -> (number: Int, length: Int)? {
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        let numeral = numerals == .chinese ? rest.prefix { ChineseNumeral.characters.contains($0) } : rest.prefix { $0.isASCII && $0.isNumber }
        guard !numeral.isEmpty, numeral.count <= 12, rest.dropFirst(numeral.count).hasPrefix(suffix) else { return nil }
        let number = numerals == .chinese ? ChineseNumeral.value(of: numeral) : Int(numeral)
        guard let number, number > 0 else { return nil }
        return (number, prefix.count + numeral.count + suffix.count)
    }

    /// The same pattern as people also type it: half-width brackets and comma, a full-width
    /// dot, and 、 after an Arabic number.
    package var variants: [NumberPattern] {
        var spellings: Set<String> = [description]
        let widths: [(String, String)] = [("（", "("), ("）", ")"), ("，", ","), (".", "．")]
        var current = [description]
        for (from, to) in widths {
            current += current.filter { $0.contains(from) }.map { $0.replacingOccurrences(of: from, with: to) }
        }
        if numerals == .arabic, suffix == "." { current.append(prefix + "1、") }
        var out: [NumberPattern] = [self]
        for spelling in current where spellings.insert(spelling).inserted {
            if let pattern = NumberPattern(spelling) { out.append(pattern) }
        }
        return out
    }
}

/// The label patterns letters are written with, in the order they are tried.
package enum LabelPatterns {
    /// Heading labels by level (1–4) and the spellings of each.
    package static let headings: [[NumberPattern]] = [NumberPattern.level1, .level2, .level3, .level4].map(\.variants)

    /// Enumerations inside a paragraph: 一是, （1）, 第一，, 1.
    package static let enumerations: [NumberPattern] = ["一是", "（1）", "第一，", "1."].compactMap { NumberPattern($0) }

    /// The enumerations and the spellings of each, built once: building them per heading was
    /// a quarter of the time a reply took to load.
    private static let enumerationVariants = enumerations.flatMap(\.variants)

    /// Every scalar a label can start with: the first scalar of each pattern's prefix, and
    /// every numeral. A text starting with anything else holds no label, which is most texts.
    private static let firstScalars: Set<Unicode.Scalar> = {
        var scalars = Set("0123456789".unicodeScalars)
        for character in ChineseNumeral.characters { scalars.formUnion(character.unicodeScalars.prefix(1)) }
        for pattern in headings.joined() + enumerationVariants {
            if let first = pattern.prefix.unicodeScalars.first { scalars.insert(first) }
        }
        return scalars
    }()

    /// Whether `text` may start with a label (false means it certainly does not).
    private static func mayStartWithLabel(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return firstScalars.contains(first)
    }

    /// The level and pattern of a heading label at the start of `text`, and the label's length.
    /// A number followed by a digit is a decimal (3.5亿元), not a label, unless a year follows
    /// (2.2025年重点任务 is label 2).
    package static func heading(at text: some StringProtocol) -> (level: Int, pattern: NumberPattern, length: Int)? {
        guard mayStartWithLabel(text) else { return nil }
        for (index, patterns) in headings.enumerated() {
            for pattern in patterns {
                guard let match = pattern.match(text), !isDecimal(text, after: match.length, pattern: pattern) else { continue }
                return (index + 1, pattern, match.length)
            }
        }
        return nil
    }

    /// A label typed by hand at the start of a heading or lead (一、 （二） 3. 一是 第一，).
    package static func handTyped(at text: some StringProtocol) -> String? {
        guard mayStartWithLabel(text) else { return nil }
        if let heading = heading(at: text) { return String(text.prefix(heading.length)) }
        for pattern in enumerationVariants {
            if let match = pattern.match(text), !isDecimal(text, after: match.length, pattern: pattern) { return String(text.prefix(match.length)) }
        }
        return nil
    }

    private static func isDecimal(_ text: some StringProtocol, after length: Int, pattern: NumberPattern) -> Bool {
        guard pattern.numerals == .arabic, pattern.suffix == "." || pattern.suffix == "．" else { return false }
        let after = text.dropFirst(length)
        guard let next = after.first, next.isASCII, next.isNumber else { return false }
        let year = after.prefix { $0.isASCII && $0.isNumber }
        return !(year.count == 4 && after.dropFirst(4).first == "年")
    }
}
