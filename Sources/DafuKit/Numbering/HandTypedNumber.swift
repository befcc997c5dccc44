/// Recognises a label typed by hand at the start of a text: 一、 （二） 3. （4） 一是 第一，.
enum HandTypedNumber {
    private static let chineseDigits = Set("一二三四五六七八九十百零")

    /// The label at the start of `text`, if any.
    static func prefix(of text: String) -> String? {
        let chars = Array(text.prefix(12))
        var index = 0
        let open = index < chars.count && (chars[index] == "（" || chars[index] == "(")
        if open { index += 1 }
        if !open, index < chars.count, chars[index] == "第" { index += 1 }
        let start = index
        let chinese = index < chars.count && chineseDigits.contains(chars[index])
        while index < chars.count, chinese ? chineseDigits.contains(chars[index]) : chars[index].isASCII && chars[index].isNumber {
            index += 1
        }
        guard index > start, index < chars.count else { return nil }
        let next = chars[index]
        let closes: Bool
        if open {
            closes = next == "）" || next == ")"
        } else if chinese {
            closes = next == "、" || next == "是" || (chars[0] == "第" && (next == "，" || next == ","))
        } else {
            closes = next == "." || next == "．" || next == "、"
            // 2025年 or 3.5 are content, not labels.
            if next == ".", index + 1 < chars.count, chars[index + 1].isNumber { return nil }
        }
        return closes ? String(chars[0...index]) : nil
    }
}
