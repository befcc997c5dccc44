/// Terminal display width of characters: East Asian wide and full-width characters take two
/// columns, everything else one.
enum DisplayWidth {
    /// Whether the scalar is drawn two columns wide (CJK ideographs, kana, hangul, full-width forms).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019:
            return true
        default:
            return false
        }
    }

    /// Width of a string in half-width columns.
    static func columns(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }
}
