/// Chinese numerals for counting (一、二、……十、十一、……一百零五、一千零一十).
public enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let units = ["", "十", "百", "千"]

    /// The numeral for `n`; 1–9999 in the counting form, larger numbers with 万 and 亿.
    /// Zero and negative numbers have no place in numbering and fall back to Arabic digits.
    public static func string(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        if n < 10_000 {
            let text = belowTenThousand(n)
            // 10–19 read 十, 十一 …, never 一十一.
            return (10...19).contains(n) ? String(text.dropFirst()) : text
        }
        let (high, low) = n >= 100_000_000 ? (n / 100_000_000, n % 100_000_000) : (n / 10_000, n % 10_000)
        let unit = n >= 100_000_000 ? "亿" : "万"
        var text = string(high) + unit
        if low > 0 {
            if low < (unit == "亿" ? 10_000_000 : 1_000) { text += "零" }
            text += low < 10_000 ? belowTenThousand(low) : string(low)
        }
        return text
    }

    /// 1–9999 with every 一 written (一十一 inside larger numbers is right: 一百一十).
    private static func belowTenThousand(_ n: Int) -> String {
        var text = ""
        var zeroPending = false
        for position in stride(from: 3, through: 0, by: -1) {
            let digit = (n / Int(pow10(position))) % 10
            if digit == 0 {
                if !text.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { text.append("零"); zeroPending = false }
            text.append(digits[digit])
            text += units[position]
        }
        return text
    }

    private static func pow10(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { result, _ in result * 10 }
    }

    /// The number a counting numeral stands for (一 → 1, 十二 → 12, 一百零五 → 105); nil for
    /// anything that is not the form `string(_:)` writes.
    public static func value(of text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 12 else { return nil }
        var total = 0, section = 0, digit = 0
        for char in text {
            if let d = digits.firstIndex(of: char) {
                digit = d
            } else if let unit = ["十": 10, "百": 100, "千": 1000][char] {
                section += (digit == 0 ? 1 : digit) * unit
                digit = 0
            } else if let unit = ["万": 10_000, "亿": 100_000_000][char] {
                total += (section + digit) * unit
                section = 0
                digit = 0
            } else {
                return nil
            }
        }
        let n = total + section + digit
        // Only the canonical form counts: 十一 is 11, 一十一 and 一一 are not numerals.
        return n > 0 && string(n) == String(text) ? n : nil
    }

    /// Characters a counting numeral is written with.
    static let characters: Set<Character> = Set("零一二三四五六七八九十百千万亿")
}
