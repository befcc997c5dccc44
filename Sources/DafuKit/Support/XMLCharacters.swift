import Foundation

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

    /// Whether `text` holds a character `isForbidden` names — or, with `lineBreaks`, one
    /// `isLineBreak` names — read from its UTF-8 bytes (C0: below 0x20; DEL: 7F; C1: C2 80–9F;
    /// U+FFFE/FFFF: EF BF BE/BF; NEL: C2 85; U+2028/2029: E2 80 A8/A9). Walking the scalars of
    /// every text a renderer writes was a fifth of the DOCX parts' time.
    static func holdsForbidden(_ text: String, orLineBreak lineBreaks: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // A Swift string is valid UTF-8: the walk steps a whole character at a time, and
            // looks at the following bytes only after the three lead bytes that can matter.
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte < 0x20 ? byte != 0x09 && byte != 0x0A && byte != 0x0D : byte == 0x7F { return true }
                    index += 1
                } else if byte < 0xE0 {
                    if byte == 0xC2, bytes[index + 1] <= 0x9F, bytes[index + 1] != 0x85 || lineBreaks { return true }
                    index += 2
                } else if byte < 0xF0 {
                    if byte == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
                    if byte == 0xE2, lineBreaks, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
                    index += 3
                } else {
                    index += 4
                }
            }
            return false
        }
    }

    /// Whether the UTF-8 of `text` holds `byte` (memchr; the generic `contains` walks byte by byte).
    static func contains(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.count > 0 && memchr(bytes.baseAddress!, Int32(byte), bytes.count) != nil }
    }

    /// Whether `text` holds `scalar`: its UTF-8 bytes looked for with memchr on the first byte.
    static func contains(_ text: String, scalar: Unicode.Scalar) -> Bool {
        let pattern = Array(String(scalar).utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset + pattern.count <= bytes.count,
                  let found = memchr(base + offset, Int32(pattern[0]), bytes.count - offset) {
                let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if start + pattern.count <= bytes.count, pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) { return true }
                offset = start + 1
            }
            return false
        }
    }
}
