/// Writes a reply as plain UTF-8 text, one paragraph per line, on the line of the style table's
/// grid (GB/T 9704: 28 characters). docs/plain-text.md documents the conventions:
///
/// - body paragraphs and headings start with two full-width spaces (左空二字);
/// - the title, addressee, flush-left lines and 抄送 start at the margin;
/// - header fields and the signature block are pushed right with full-width spaces;
/// - the blocks stand apart by one blank line; the file ends with a newline.
///
/// A mapping over the blocks: each block becomes its lines, with nothing looked up before or
/// after it.
public struct PlainTextRenderer: Sendable {
    /// Characters per line.
    public var lineWidth: Int
    /// Indent of body paragraphs, in characters.
    public var indent = 2
    /// Sealed or unsealed signature placement.
    public var signatureMode: SignatureMode

    /// A renderer for the page of `style`.
    public init(style: StyleTable = StyleTable()) {
        lineWidth = style.charsPerLine
        signatureMode = style.signature
    }

    /// The reply's text: each block's lines, a blank line between blocks, a newline at the end.
    public func render(_ blocks: [LayoutBlock]) -> String {
        blocks.map { lines(of: $0).joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    func lines(of block: LayoutBlock) -> [String] {
        switch block {
        case .header(let header): return header.lines.map(line(of:))
        case .title(let title): return title.lines
        case .text(let paragraphs): return paragraphs.map(line(of:))
        case .attachments(let lines):
            // Later attachments line up under the first one's name: 附件： is three characters.
            return lines.enumerated().map { pad(indent + ($0.offset == 0 ? 0 : 3)) + $0.element.text }
        case .signature(let signature): return self.signature(signature)
        case .imprint(let imprint): return self.imprint(imprint)
        case .annex(let annex):
            // The label, the title and the table stand apart like blocks of their own.
            let parts = [[annex.label], annex.title, annex.table.map { table($0.rows) } ?? []].filter { !$0.isEmpty }
            return Array(parts.joined(separator: [""]))
        case .table(let table): return self.table(table.rows)
        }
    }

    private func line(of header: HeaderBlock.Line) -> String {
        switch header {
        case .letterhead(let text): return text
        case .resultClass(let text), .signer(let text): return rightAligned(text, rightMargin: 1)
        case .docNumber(let number, nil): return number
        case .docNumber(let number, let signer?):
            // 发文字号 at the left and 签发人 at the right of one line, as in 上行文.
            let gap = Double(lineWidth - 1) - Self.width(number) - Self.width(signer)
            return number + pad(max(1, gap)) + signer
        }
    }

    private func line(of paragraph: Paragraph) -> String {
        switch paragraph.kind {
        case .addressee, .flushLeft: return paragraph.text
        case .body, .heading: return pad(indent) + paragraph.text
        }
    }

    /// 署名 and 成文日期 placed by SignaturePlacement (GB/T 9704 7.3.5), 附注 under them.
    func signature(_ block: SignatureBlock) -> [String] {
        var lines: [String] = []
        if let issuer = block.issuer, let date = block.date {
            let issuerWidth = Self.width(issuer), dateWidth = Self.width(date)
            let place = SignaturePlacement.place(issuerWidth: issuerWidth, dateWidth: dateWidth, mode: signatureMode)
            lines = [pad(Double(lineWidth) - place.issuer - issuerWidth) + issuer, pad(Double(lineWidth) - place.date - dateWidth) + date]
        } else if let alone = block.issuer ?? block.date {
            lines = [pad(Double(lineWidth) - SignaturePlacement.alone(mode: signatureMode) - Self.width(alone)) + alone]
        }
        return lines + block.notes.map { pad(indent) + $0 }
    }

    /// 版记: 抄送 at the margin, then 印发机关 at the margin and 印发日期 ending one character before
    /// the end of the same line.
    func imprint(_ block: ImprintBlock) -> [String] {
        var lines = block.copyTo.map { [$0] } ?? []
        switch (block.printer, block.printDate) {
        case let (printer?, date?):
            let gap = Double(lineWidth - 1) - Self.width(printer) - Self.width(date)
            lines.append(printer + pad(max(1, gap)) + date)
        case let (printer?, nil): lines.append(printer)
        case let (nil, date?): lines.append(rightAligned(date, rightMargin: 1))
        case (nil, nil): break
        }
        return lines
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
