/// Breaks a title too long for one line into balanced lines (GB/T 9704 7.3.1: 回行时要做到
/// 词意完整，排列对称，长短适宜 — a trapezoid, shorter line above), never inside a number and
/// never before closing punctuation.
enum TitleLines {
    /// `title` as lines of at most `capacity` characters (a digit counts half).
    static func split(_ title: String, capacity: Double) -> [String] {
        let width = SignaturePlacement.width(title)
        guard capacity >= 4, width > capacity else { return [title] }
        let count = Int((width / capacity).rounded(.up))
        let chars = Array(title)
        // Width of the title up to each possible break (after character i).
        var cumulative: [Double] = []
        var total = 0.0
        for char in chars {
            total += SignaturePlacement.width(String(char))
            cumulative.append(total)
        }
        var lines: [String] = []
        var start = 0
        for line in 1..<count {
            // Each line ends at or before its share of the width, so upper lines are the shorter.
            let target = width * Double(line) / Double(count)
            let startWidth = start > 0 ? cumulative[start - 1] : 0
            // Breaks that keep the line within capacity: the widths grow, so they are a window
            // after `start` (a title of any length is broken in linear time).
            var candidates: [Int] = []
            var index = start
            while index < chars.count - 1, cumulative[index] - startWidth <= capacity {
                if canBreak(chars, after: index) { candidates.append(index) }
                index += 1
            }
            // A break at a word boundary near the target keeps the words whole (词意完整).
            // It must leave no more than the remaining lines can hold.
            let natural = candidates.filter {
                isNatural(chars, after: $0) && abs(cumulative[$0] - target) <= 4 && width - cumulative[$0] <= capacity * Double(count - line)
            }
                .min { abs(cumulative[$0] - target) < abs(cumulative[$1] - target) }
            guard let end = natural ?? candidates.last(where: { cumulative[$0] <= target }) ?? candidates.first else { break }
            lines.append(String(chars[start...end]))
            start = end + 1
        }
        lines.append(String(chars[start...]))
        return lines
    }

    /// Words after which, or before which, a title line may end without splitting a word.
    private static let endings = ["会议", "提案", "议案", "建议", "报告", "常委会", "政府", "号", "关于"]
    private static let beginnings = ["关于", "办理", "的答复", "的审议意见", "工作", "对"]

    private static func isNatural(_ chars: [Character], after index: Int) -> Bool {
        // Only the few characters around the break matter: the longest word above is five.
        let left = String(chars[max(0, index - 4)...index])
        let right = String(chars[(index + 1)..<min(chars.count, index + 6)])
        return endings.contains { left.hasSuffix($0) } || beginnings.contains { right.hasPrefix($0) }
    }

    private static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "’", "〕", "】"]
    private static let noLineEnd: Set<Character> = ["（", "《", "“", "‘", "〔", "【"]

    private static func canBreak(_ chars: [Character], after index: Int) -> Bool {
        let left = chars[index], right = chars[index + 1]
        if left.isASCII && right.isASCII && (left.isLetter || left.isNumber) && (right.isLetter || right.isNumber) { return false }
        return !noLineStart.contains(right) && !noLineEnd.contains(left)
    }
}
