/// How close a rendered reply is to its source: characters compared after dropping white
/// space and folding punctuation width (，/, both count as the same mark).
public enum Similarity {
    public struct Comparison: Sendable {
        public var matched: Int
        public var total: Int
        public var ratio: Double
        /// Short descriptions of what differs (missing or extra text), in order.
        public var differences: [String]
    }

    static let widths: [Character: Character] = [",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
                                                  "\"": "“", "[": "〔", "]": "〕", "【": "〔", "】": "〕"]

    static func normalized(_ text: String) -> [Character] {
        text.compactMap { char -> Character? in
            if char.isWhitespace || char == "\u{3000}" { return nil }
            if char == "”" { return "“" }
            if char == "’" { return "‘" }
            return widths[char] ?? char
        }
    }

    /// Longest-common-subsequence similarity (in runs of lines, to stay fast on long letters).
    public static func compare(source: String, rendered: String) -> Comparison {
        let a = normalized(source), b = normalized(rendered)
        let common = lcs(a, b)
        let total = max(a.count, b.count)
        var differences: [String] = []
        if a != b {
            // First difference, with context.
            let prefix = zip(a, b).prefix { $0 == $1 }.count
            differences.append("首个不同处（第\(prefix + 1)字）：原文“\(String(a[prefix..<min(a.count, prefix + 20)]))” / 渲染“\(String(b[prefix..<min(b.count, prefix + 20)]))”")
        }
        return Comparison(matched: common, total: total, ratio: total == 0 ? 1 : Double(common) / Double(total), differences: differences)
    }

    /// Length of the longest common subsequence, O(n·m) time and O(m) memory.
    static func lcs(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
