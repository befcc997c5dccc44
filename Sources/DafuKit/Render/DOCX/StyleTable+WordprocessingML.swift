/// What only the DOCX writer derives from the style table.
extension StyleTable {
    /// Width in twips of `text` as Word sets it in the style's fonts at `size` half-points (the
    /// body size when nil): a full-width character is as wide as the size, any other character
    /// half as wide (the GB2312 fonts' digits and letters), each tightened by the character
    /// spacing. Word's automatic space between scripts is not counted: the paragraphs whose
    /// layout depends on this width turn it off. LibreOffice sets such text wider (see
    /// docs/docx-layout.md), so a position computed from this width holds in Word and is off in
    /// LibreOffice by LibreOffice's extra width.
    func twips(of text: String, size: Int? = nil) -> Int {
        let size = size ?? bodySize
        let count = text.unicodeScalars.count
        let full = DisplayWidth.columns(text) - count
        return full * (size * 10 + bodyCharacterSpacing) + (count - full) * (size * 5 + bodyCharacterSpacing)
    }
}
