/// Where 署名 and 成文日期 go, as right indents in characters (GB/T 9704-2012 7.3.5), shared
/// by every renderer so the text and the DOCX agree.
public enum SignatureMode: String, Sendable {
    /// 不加盖印章: issuer 右空二字; the date starts two characters right of the issuer; a longer
    /// date is itself 右空二字 and the issuer moves left to keep the offset.
    case unsealed
    /// 加盖印章: the date 右空四字, the issuer centred over the date.
    case sealed
}

struct SignaturePlacement: Equatable {
    /// Right indent of the issuer line, in characters.
    var issuer: Double
    /// Right indent of the date line, in characters.
    var date: Double

    /// Placement for an issuer and a date of the given widths (in characters; a digit is half).
    static func place(issuerWidth: Double, dateWidth: Double, mode: SignatureMode) -> SignaturePlacement {
        switch mode {
        case .unsealed:
            let date = issuerWidth - 2 - dateWidth + 2
            if date >= 2 { return SignaturePlacement(issuer: 2, date: date) }
            return SignaturePlacement(issuer: dateWidth + 4 - issuerWidth, date: 2)
        case .sealed:
            return SignaturePlacement(issuer: max(0, 4 + (dateWidth - issuerWidth) / 2), date: 4)
        }
    }

    /// Right indent of an issuer or a date standing alone.
    static func alone(mode: SignatureMode) -> Double { mode == .sealed ? 4 : 2 }

    /// Width of a text in characters: a Chinese character is one, a digit or Latin letter half.
    static func width(_ text: String) -> Double { Double(DisplayWidth.columns(text)) / 2 }
}
