/// Section and enumeration labels as written in letters.
enum Labels {
    /// The level (1–4), pattern and length of a section label at the start of `text`:
    /// 一、 （一） 1. （1）; nil when there is none.
    static func sectionLabel(_ text: String) -> (level: Int, pattern: NumberPattern, length: Int)? {
        LabelPatterns.heading(at: text)
    }

    /// Whether a line starts a new block (a label, an enumeration, 下一步, a closing formula).
    static func startsBlock(_ text: String) -> Bool {
        sectionLabel(text) != nil || text.hasPrefix("一是") || text.hasPrefix("下一步") || text.hasPrefix("附件")
            || text.hasPrefix("抄送") || text.hasPrefix("（此件")
    }

    /// Enumeration styles, each given by how its n-th label is written.
    static let enumerations = LabelPatterns.enumerations

    /// Splits a paragraph into an intro and enumerated items: the labels 1, 2, 3 … of one style
    /// in order, each at the start or right after a sentence end. nil when there is no item 1
    /// and item 2 (a single 一是 is text).
    static func enumeration(in text: String) -> (pattern: String, intro: String, items: [String])? {
        for style in enumerations {
            var positions: [String.Index] = []
            var searchFrom = text.startIndex
            var n = 1
            while let range = text.range(of: style.label(n), range: searchFrom..<text.endIndex) {
                let atStart = range.lowerBound == text.startIndex || "。；！？".contains(text[text.index(before: range.lowerBound)])
                if atStart {
                    positions.append(range.lowerBound)
                    searchFrom = range.upperBound
                    n += 1
                } else {
                    searchFrom = range.upperBound
                }
            }
            guard positions.count >= 2 else { continue }
            let intro = String(text[..<positions[0]])
            var items: [String] = []
            for (index, start) in positions.enumerated() {
                let end = index + 1 < positions.count ? positions[index + 1] : text.endIndex
                let labelLength = style.label(index + 1).count
                items.append(String(text[text.index(start, offsetBy: labelLength)..<end]))
            }
            return (style.description, intro, items)
        }
        return nil
    }

    /// An item's lead (up to its first full stop) and text.
    static func measure(_ item: String) -> ImportedReply.Measure {
        guard let stop = item.firstIndex(where: { "。！？".contains($0) }) else { return .init(lead: item, text: "") }
        let lead = String(item[..<stop])
        let text = String(item[item.index(after: stop)...])
        // The renderer adds 。 after a lead; a lead ending in ！ or ？ keeps its own mark.
        return item[stop] == "。" ? .init(lead: lead, text: text) : .init(lead: lead + String(item[stop]), text: text)
    }
}
