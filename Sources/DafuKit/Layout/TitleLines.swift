/// Breaks a title too long for one line into balanced lines (GB/T 9704 7.3.1: 回行时要做到
/// 词意完整，排列对称，长短适宜 — a trapezoid, shorter line above), never inside a number, never
/// between a number and its unit (2号, 十一届, 四次), never inside a word of `words` (提案, 议案 …)
/// and never before closing punctuation. A drafter may choose the breaks (`title: [第一行, 第二行]`):
/// the lines reach the layout joined by `drafterBreak`, and only a line too long for the page is
/// broken further.
enum TitleLines {
    /// Between the lines a drafter chose (U+2028 LINE SEPARATOR: input texts never keep one).
    static let drafterBreak: Character = "\u{2028}"
    /// The same, as the one scalar it is: searched in scalars, not characters (a title or a
    /// paragraph of Chinese text walked by grapheme was a third of the block markup's time).
    static let drafterBreakScalar: Unicode.Scalar = "\u{2028}"

    /// The title's lines: the drafter's, each broken again only if it does not fit.
    static func lines(_ title: String, capacity: Double) -> [String] {
        guard title.contains(drafterBreak) else { return split(title, capacity: capacity) }
        return title.split(separator: drafterBreak).flatMap { split(String($0), capacity: capacity) }
    }

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
        let inWord = insideWords(chars)
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
                if canBreak(chars, after: index), !inWord.contains(index) { candidates.append(index) }
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

    /// Words a title line never breaks inside (词意完整): what is answered and who answers.
    static let words = ["议案", "提案", "建议", "意见", "答复", "报告", "审议", "办理", "情况", "会议", "常委会", "委员会",
                        "人大", "政协", "代表", "委员", "政府", "人民"]

    /// Numerals, Arabic (half- and full-width) and Chinese.
    private static let numerals: Set<Character> = Set("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千两")

    /// What stays with the number before it: units and measure words (2号, 十一届, 四次, 3万).
    private static let units: Set<Character> = Set("号届次年月日时件个项条名人元万亿%％期批类款章节岁天份家所座")

    /// The break positions (after index i) that fall inside one of `words`.
    private static func insideWords(_ chars: [Character]) -> Set<Int> {
        var inside = Set<Int>()
        let text = String(chars)
        guard words.contains(where: { text.contains($0) }) else { return inside }
        for start in chars.indices {
            for word in words where chars.count - start >= word.count && chars[start..<(start + word.count)].elementsEqual(word) {
                inside.formUnion(start..<(start + word.count - 1))
            }
        }
        return inside
    }

    private static func canBreak(_ chars: [Character], after index: Int) -> Bool {
        let left = chars[index], right = chars[index + 1]
        if left.isASCII && right.isASCII && (left.isLetter || left.isNumber) && (right.isLetter || right.isNumber) { return false }
        // A number stays whole, after its 第 and before its unit.
        if numerals.contains(right) && (numerals.contains(left) || left == "第") { return false }
        if numerals.contains(left) && units.contains(right) { return false }
        return !GridLines.noLineStart.contains(right) && !GridLines.noLineEnd.contains(left)
    }
}
