/// Writes a reply as plain UTF-8 text, one paragraph per line, on the 28-character line of
/// GB/T 9704 (docs/plain-text.md documents the conventions):
///
/// - body paragraphs and headings start with two full-width spaces (左空二字);
/// - the title, addressee and 抄送 start at the margin;
/// - header fields and the signature block are pushed right with full-width spaces;
/// - one blank line after the header block and after the title, before attachments, before
///   the signature block and before 抄送; the file ends with a newline.
public struct PlainTextRenderer: Sendable {
    /// Characters per line (GB/T 9704: 28).
    public var lineWidth = 28
    /// Indent of body paragraphs, in characters.
    public var indent = 2
    /// Sealed or unsealed signature placement.
    public var signatureMode = SignatureMode.unsealed

    public init() {}

    public func render(_ paragraphs: [Paragraph]) -> String {
        var lines: [String] = []
        var previous: Group?
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            let group = Group(paragraph.role)
            if let previous, previous != group {
                lines.append("")
            }
            switch paragraph.role {
            case .issuer where index + 1 < paragraphs.count && paragraphs[index + 1].role == .date:
                lines += signature(issuer: paragraph.text, date: paragraphs[index + 1].text)
                index += 1
            case .docNumber where index + 1 < paragraphs.count && paragraphs[index + 1].role == .signer:
                // 发文字号 at the left and 签发人 at the right of one line, as in 上行文.
                let signer = paragraphs[index + 1].text
                let gap = Double(lineWidth - 1) - Self.width(paragraph.text) - Self.width(signer)
                lines.append(paragraph.text + pad(max(1, gap)) + signer)
                index += 1
            case .issuer, .date:
                lines.append(pad(Double(lineWidth) - SignaturePlacement.alone(mode: signatureMode) - Self.width(paragraph.text)) + paragraph.text)
            case .resultClass, .signer:
                lines.append(rightAligned(paragraph.text, rightMargin: 1))
            case .docNumber, .title, .addressee, .cc, .letterhead:
                lines.append(paragraph.text)
            case .body, .heading, .note:
                lines.append(pad(indent) + paragraph.text)
            case .annex:
                lines.append(paragraph.text)
            case .tableRow:
                // A table: consecutive rows, each column padded to its widest cell.
                var end = index
                while end < paragraphs.count, case .tableRow = paragraphs[end].role { end += 1 }
                lines += table(paragraphs[index..<end].map { $0.runs.map(\.text) })
                index = end
                previous = group
                continue
            case .attachment(let first):
                // Later attachments line up under the first one's name: 附件： is three characters.
                lines.append(pad(indent + (first ? 0 : 3)) + paragraph.text)
            }
            previous = Group(paragraphs[index].role)
            index += 1
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Blocks that stand apart from each other by a blank line.
    private enum Group: Equatable {
        case header, title, text, attachments, signature, cc, annex

        init(_ role: Role) {
            switch role {
            case .letterhead, .docNumber, .signer, .resultClass: self = .header
            case .title: self = .title
            case .addressee, .body, .heading: self = .text
            case .attachment: self = .attachments
            case .issuer, .date, .note: self = .signature
            case .cc: self = .cc
            case .annex, .tableRow: self = .annex
            }
        }
    }

    /// 署名 and 成文日期 placed by SignaturePlacement (GB/T 9704 7.3.5).
    func signature(issuer: String, date: String) -> [String] {
        let issuerWidth = Self.width(issuer), dateWidth = Self.width(date)
        let place = SignaturePlacement.place(issuerWidth: issuerWidth, dateWidth: dateWidth, mode: signatureMode)
        return [pad(Double(lineWidth) - place.issuer - issuerWidth) + issuer, pad(Double(lineWidth) - place.date - dateWidth) + date]
    }

    /// Rows with their columns padded by full-width spaces to the widest cell, two apart.
    public func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? Self.width($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + pad(widths[column] - Self.width(cell) + 2)
            }.joined()
        }
    }

    /// `text` ending `rightMargin` characters before the end of the line.
    func rightAligned(_ text: String, rightMargin: Int) -> String {
        pad(Double(lineWidth - rightMargin) - Self.width(text)) + text
    }

    /// Width in characters: a Chinese character is one, an Arabic digit or Latin letter half.
    static func width(_ text: String) -> Double { SignaturePlacement.width(text) }

    /// White space `count` characters wide: full-width spaces, and a space for a half.
    func pad(_ count: Double) -> String {
        guard count > 0 else { return "" }
        let whole = Int(count)
        return String(repeating: "\u{3000}", count: whole) + (count - Double(whole) >= 0.5 ? " " : "")
    }

    func pad(_ count: Int) -> String { pad(Double(count)) }
}
