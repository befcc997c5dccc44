/// How close a rendered reply is to its source: characters compared after dropping white
/// space and folding punctuation width (，/, both count as the same mark).
package enum Similarity {
    package struct Comparison: Sendable {
        package var matched: Int
        package var total: Int
        package var ratio: Double
        /// 2·common / (source + rendered): unlike `ratio`, it falls with every extra character
        /// even when the rendering is the shorter text (what choosing among layouts needs).
        package var balanced: Double
        /// Short descriptions of what differs (missing or extra text), in order.
        package var differences: [String]
    }

    static let widths: [Character: Character] = [",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
                                                  "\"": "“", "[": "〔", "]": "〕", "【": "〔", "】": "〕"]

    static func normalized(_ text: String) -> [Character] {
        TextFolding.halfWidthAlphanumerics(text).compactMap { char -> Character? in
            if char.isWhitespace || char == "\u{3000}" { return nil }
            if char == "”" { return "“" }
            if char == "’" { return "‘" }
            return widths[char] ?? char
        }
    }

    /// Longest-common-subsequence similarity.
    package static func compare(source: String, rendered: String) -> Comparison {
        let a = normalized(source), b = normalized(rendered)
        let common = lcs(a, b)
        let total = max(a.count, b.count)
        let balanced = a.count + b.count == 0 ? 1 : 2 * Double(common) / Double(a.count + b.count)
        var differences: [String] = []
        if a != b {
            // First difference, with context.
            let prefix = zip(a, b).prefix { $0 == $1 }.count
            differences.append("首个不同处（第\(prefix + 1)字）：原文“\(String(a[prefix..<min(a.count, prefix + 20)]))” / 渲染“\(String(b[prefix..<min(b.count, prefix + 20)]))”")
        }
        return Comparison(matched: common, total: total, ratio: total == 0 ? 1 : Double(common) / Double(total), balanced: balanced,
                          differences: differences)
    }

    /// Length of the longest common subsequence, by Myers' O((N+M)·D) difference algorithm:
    /// fast when the texts are alike, which a round trip's are. The work is capped (about
    /// 2·10⁸ steps): beyond it the texts differ in more than D places and the result is the
    /// bound (N+M−D)/2, already far below any similarity worth reporting exactly.
    static func lcs(_ a: [Character], _ b: [Character]) -> Int {
        // The common ends cost nothing to match and shrink the search.
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = a[prefix..<(a.count - suffix)], y = b[prefix..<(b.count - suffix)]
        let n = x.count, m = y.count
        guard n > 0, m > 0 else { return prefix + suffix }
        let maxD = min(n + m, max(1_000, 200_000_000 / (n + m)))
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        let offset = maxD + 1
        for d in 0...maxD {
            for k in stride(from: -d, through: d, by: 2) {
                var i = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[x.startIndex + i] == y[y.startIndex + j] {
                    i += 1
                    j += 1
                }
                v[offset + k] = i
                if i >= n, j >= m { return prefix + suffix + (n + m - d) / 2 }
            }
        }
        return prefix + suffix + (n + m - maxD) / 2
    }
}
