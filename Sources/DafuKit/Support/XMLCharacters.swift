/// Characters no reply text may carry (W002): control characters pasted from other programs,
/// which XML 1.0 forbids (C0) or which no renderer can show (C1, noncharacters), and the
/// Unicode line and paragraph separators, which are line breaks. The input loader applies this
/// one rule to every value, so every renderer sees the same text.
enum XMLCharacters {
    /// Dropped from every text: C0 controls but tab and line ends, C1 controls, U+FFFE/U+FFFF.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x85: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Read as a line break (and folded like one): NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Whether `text` may hold a character of either kind (a fast byte check first: they are
    /// below 0x20, or start with C2 or E2 in UTF-8, or are EF BF BE/BF).
    static func mayNeedCleaning(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }
    }
}
