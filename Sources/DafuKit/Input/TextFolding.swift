/// Joins the lines of a multi-line YAML value into one paragraph.
///
/// A line break between two Chinese characters disappears (Chinese has no spaces between
/// words); elsewhere it becomes one space. Leading and trailing white space is trimmed.
enum TextFolding {
    static func fold(_ raw: String) -> String {
        // Line breaks are looked for in the UTF-8 bytes (memchr): far cheaper than walking characters.
        guard XMLCharacters.contains(raw, byte: 0x0A) || XMLCharacters.contains(raw, byte: 0x0D) else { return trimmed(raw) }
        var out = ""
        let lines = raw.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map { trimmed(String($0)) }
            .filter { !$0.isEmpty }
        for line in lines {
            if let last = out.unicodeScalars.last, let first = line.unicodeScalars.first,
               !(DisplayWidth.isWide(last) || DisplayWidth.isWide(first)) {
                out.append(" ")
            }
            out += line
        }
        return out
    }

    static func trimmed(_ text: String) -> String {
        // Most values have nothing to trim: check both ends before copying.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, !isSpace(first), !isSpace(last) { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\r" || scalar == "\n"
    }

    /// Full-width digits and Latin letters (２０２５, Ａ) as ASCII: letters copied from web pages
    /// and typed with a full-width input method carry them; numbers, dates and classes are
    /// recognised in their ASCII form.
    static func halfWidthAlphanumerics(_ text: String) -> String {
        // Full-width forms are EF BC 90–99 / A1–BA and EF BD 81–9A in UTF-8.
        guard text.utf8.contains(0xEF) else { return text }
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
                changed = true
            default:
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : text
    }
}
