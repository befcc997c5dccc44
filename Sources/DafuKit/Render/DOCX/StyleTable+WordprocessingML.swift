/// What only the DOCX writer derives from the style table.
extension StyleTable {
    /// Character spacing (w:spacing, twentieths of a point) that makes exactly `charsPerLine`
    /// body characters fill a line: 三号 is 16 pt but the line is 442 pt / 28 = 15.79 pt per
    /// character, so characters are tightened (GB/T 9704: 每行排28个字). One twentieth more
    /// than the bare minimum leaves room for a compressed full stop after the 28th character:
    /// without it LibreOffice hangs that stop in the margin and loses it from the page.
    var bodyCharacterSpacing: Int {
        let pitch = Double(textWidth) / 20 / Double(charsPerLine)
        let minimum = Int(((pitch - Double(bodySize) / 2) * 20).rounded(.down))
        return min(0, minimum - 1)
    }
}
