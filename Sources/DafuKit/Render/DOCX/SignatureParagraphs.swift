/// 署名 and 成文日期 as the two paragraphs of a .docx (GB/T 9704-2012 7.3.5), placed so that the
/// standard's relation between them holds on the rendered page, not only in the width
/// arithmetic of `SignaturePlacement` (which the plain text follows to the character).
///
/// A word processor sets the date wider than that arithmetic, by an amount dafu cannot know:
/// LibreOffice puts space between Chinese and digits whatever w:autoSpaceDN says and, without
/// the official fonts, sets digits wider than half a character (2025年11月5日 is 8.5 characters
/// there, 6.5 in Word with 仿宋_GB2312 and autospace off). So the relation never depends on the
/// date's width: unsealed, both lines are set flush left from the issuer's first character, the
/// date two characters right of it; sealed, both are centred on one axis. The issuer is all
/// full-width characters, so its width is exact. Only where the pair stands on the line uses
/// the date's width, as Word sets it; in LibreOffice a date that decides that position (one
/// longer than the issuer, or any sealed date) stands further right by its extra width, or half
/// of it when centred.
struct SignatureParagraphs: Equatable {
    /// One line: alignment and indents in twips.
    struct Line: Equatable {
        var justification: String
        var left = 0
        var right = 0
    }

    /// The issuer's line, when there is an issuer.
    var issuer: Line?
    /// The date's line, when there is a date.
    var date: Line?

    /// Room a flush-left line leaves itself beyond the right edge of the type area, so that a
    /// renderer setting it wider than Word moves its end into the margin instead of wrapping it.
    static let slack = 2

    init(issuer: String?, date: String?, style: StyleTable) {
        let mode = style.signature
        guard let issuer, let date else {
            let alone = Line(justification: "right", right: Self.characters(SignaturePlacement.alone(mode: mode), style))
            (self.issuer, self.date) = (issuer.map { _ in alone }, date.map { _ in alone })
            return
        }
        let place = SignaturePlacement.place(issuerWidth: SignaturePlacement.width(issuer), dateWidth: SignaturePlacement.width(date),
                                             mode: mode)
        switch mode {
        case .unsealed:
            // Both lines start from the issuer's first character; the date two characters right.
            let start = max(0, style.textWidth - Self.characters(place.issuer, style) - style.twips(of: issuer))
            let slack = -Self.slack * style.charWidth
            self.issuer = Line(justification: "left", left: start, right: slack)
            self.date = Line(justification: "left", left: start + 2 * style.charWidth, right: slack)
        case .sealed where place.issuer > 0:
            // Both lines centred on the axis of a date 右空四字.
            let axis = style.textWidth - Self.characters(place.date, style) - style.twips(of: date) / 2
            let centred = Line(justification: "center", left: 2 * axis - style.textWidth)
            (self.issuer, self.date) = (centred, centred)
        case .sealed:
            // An issuer too long to stand centred over the date inside the type area: flush
            // with the margin, the date 右空四字, as the plain text has them.
            self.issuer = Line(justification: "right")
            self.date = Line(justification: "right", right: Self.characters(place.date, style))
        }
    }

    private static func characters(_ count: Double, _ style: StyleTable) -> Int {
        Int((count * Double(style.charWidth)).rounded())
    }
}
