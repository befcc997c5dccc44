/// word/document.xml: the body, written from the same laid-out blocks as the plain text, then
/// the section properties of GB/T 9704 (A4, margins, a grid of 22 lines × 28 characters, odd
/// and even footers). A mapping over the blocks: each becomes its paragraphs or table.
enum DocumentPart {
    static let evenFooterID = "rIdFooterEven"
    static let oddFooterID = "rIdFooterOdd"
    /// The footer without a page number of a 版记 that stands alone on an even page.
    static let blankFooterID = "rIdFooterBlank"

    static func xml(_ blocks: [LayoutBlock], style: StyleTable) -> String {
        let xml = XMLWriter()
        xml.start("w:document")
        xml.attribute("xmlns:w", WML.w)
        xml.attribute("xmlns:r", WML.r)
        xml.start("w:body")
        let writer = BlockWriter(xml: xml, style: style)
        for block in blocks { writer.write(block) }
        // The last section is the 版记's own when it stands on an even page (see writeImprint).
        writeSection(xml, style, imprintPage: hasImprintPage(blocks))
        xml.end()
        xml.end()
        return xml.finish()
    }

    /// Whether a 版记 stands alone on an even last page: the document then ends with its section.
    static func hasImprintPage(_ blocks: [LayoutBlock]) -> Bool {
        blocks.contains { if case .imprint(let imprint) = $0 { imprint.evenPage } else { false } }
    }

    /// Text of a run; tabs become w:tab. Every w:t keeps its spaces.
    static func writeText(_ xml: XMLWriter, _ text: String) {
        // Most texts hold no tab: one run of text, without splitting by characters.
        guard XMLCharacters.contains(text, byte: 0x09) else {
            if !text.isEmpty { xml.element("w:t", ["xml:space": "preserve"]) { xml.text(text) } }
            return
        }
        for (offset, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { xml.empty("w:tab") }
            guard !piece.isEmpty else { continue }
            xml.start("w:t")
            xml.attribute("xml:space", "preserve")
            xml.text(String(piece))
            xml.end()
        }
    }

    /// The section properties: the body's (page numbers in the footers), or, with `imprintPage`,
    /// the 版记's — a section starting on the next even page (w:type evenPage: a blank page is
    /// put before it when the body ends on an even page), its footers without a page number.
    static func writeSection(_ xml: XMLWriter, _ style: StyleTable, imprintPage: Bool = false) {
        xml.element("w:sectPr") {
            xml.empty("w:footerReference", ["w:type": "even", "r:id": imprintPage ? blankFooterID : evenFooterID])
            xml.empty("w:footerReference", ["w:type": "default", "r:id": imprintPage ? blankFooterID : oddFooterID])
            if imprintPage { xml.empty("w:type", ["w:val": "evenPage"]) }
            xml.empty("w:pgSz", ["w:w": String(style.pageWidth), "w:h": String(style.pageHeight)])
            // All seven attributes: validators reject a pgMar without header, footer and gutter.
            xml.empty("w:pgMar", ["w:top": String(style.marginTop), "w:right": String(style.marginRight),
                                  "w:bottom": String(style.marginBottom), "w:left": String(style.marginLeft),
                                  "w:header": "851", "w:footer": String(style.footerDistance), "w:gutter": "0"])
            xml.empty("w:cols", ["w:space": "425"])
            // A grid of lines; the characters per line come from the body's character spacing,
            // which Word and LibreOffice both honour (LibreOffice 7.4 misreads a linesAndChars
            // charSpace and sets 18 characters a line).
            xml.empty("w:docGrid", ["w:type": "lines", "w:linePitch": String(style.linePitch)])
        }
    }
}

/// Writes each kind of block as WordprocessingML paragraphs.
private struct BlockWriter {
    let xml: XMLWriter
    let style: StyleTable

    func write(_ block: LayoutBlock) {
        switch block {
        case .header(let header): write(header)
        case .title(let title): write(title.lines, underHeader: title.underHeader)
        case .text(let paragraphs): paragraphs.forEach(write)
        case .attachments(let lines): writeAttachments(lines)
        case .signature(let signature): write(signature)
        case .imprint(let imprint): writeImprint(imprint)
        case .annex(let annex): write(annex)
        case .table(let table): write(table)
        }
    }

    /// Twips in characters of the grid, for an indent computed from text widths.
    private func chars(_ twips: Int) -> Double { Double(twips) / Double(style.charWidth) }

    private func paragraph(_ properties: ParagraphProperties, _ runs: [(Run, String?)]) {
        xml.start("w:p")
        properties.write(xml, charWidth: style.charWidth)
        for (run, runStyle) in runs where !run.text.isEmpty {
            xml.start("w:r")
            if let runStyle { RunProperties(style: runStyle).write(xml) }
            DocumentPart.writeText(xml, run.text)
            xml.end()
        }
        xml.end()
    }

    private func paragraph(_ styleID: String, _ text: String, _ configure: (inout ParagraphProperties) -> Void = { _ in }) {
        var properties = ParagraphProperties(style: styleID)
        configure(&properties)
        paragraph(properties, [(Run(text), nil)])
    }

    private func write(_ header: HeaderBlock) {
        for (index, line) in header.lines.enumerated() {
            var properties = ParagraphProperties()
            var runs: [(Run, String?)] = []
            switch line {
            case .letterhead(let text): (properties.style, runs) = (StylesPart.ID.letterhead, [(Run(text), nil)])
            case .resultClass(let text): (properties.style, runs) = (StylesPart.ID.resultClass, [(Run(text), nil)])
            case .signer(let text): (properties.style, runs) = (StylesPart.ID.signer, signerRuns(text))
            case .docNumber(let number, let signer):
                properties.style = StylesPart.ID.docNumber
                runs = [(Run(number), nil)]
                if let signer { runs += pairSigner(signer, with: &properties) }
            }
            if header.ruled, index == header.lines.count - 1, !line.isLetterhead {
                // 版头中的分隔线: a red rule the width of the type area under the 发文字号.
                properties.borderBottom = .init(size: 12, color: style.ruleColor, space: 11)
            }
            paragraph(properties, runs)
        }
    }

    /// 发文字号 居左空一字 and 签发人 居右空一字 on one line (上行文): a right tab one character
    /// before the margin (tab stops count from the margin, not from the indent).
    private func pairSigner(_ signer: String, with properties: inout ParagraphProperties) -> [(Run, String?)] {
        properties.justification = "left"
        properties.indent = .init(left: 1, right: 1)
        properties.tabs = [.init(alignment: "right", position: style.textWidth - style.charWidth)]
        return [(Run("\t"), nil)] + signerRuns(signer)
    }

    /// The label in the paragraph's font, the name in 签发人姓名's.
    private func signerRuns(_ signer: String) -> [(Run, String?)] {
        let (label, name) = HeaderBlock.signerParts(signer)
        return [(Run(label), nil), (Run(name), StylesPart.ID.signerName)]
    }

    private func write(_ lines: [String], underHeader: Bool) {
        for (index, line) in lines.enumerated() {
            paragraph(StylesPart.ID.title, line) { properties in
                if index == 0, underHeader { properties.spacingBefore = 2 * style.linePitch }
                // 标题下空一行: a blank line after the last title line.
                if index == lines.count - 1 { properties.spacingAfter = style.linePitch }
            }
        }
    }

    private func write(_ paragraph: Paragraph) {
        var properties = ParagraphProperties()
        switch paragraph.kind {
        case .addressee: properties.style = StylesPart.ID.addressee
        case .body: properties.style = StylesPart.ID.body
        case .heading(let level): properties.style = StylesPart.ID.heading(level)
        case .flushLeft:
            // 顶格: a body paragraph without its first-line indent.
            properties.style = StylesPart.ID.body
            properties.indent = .init()
        }
        self.paragraph(properties, paragraph.runs.map { run in
            switch run.style {
            case .plain: return (run, nil)
            case .heading(let level): return (run, StylesPart.ID.headingRun(level))
            }
        })
    }

    /// 附件说明 (7.3.4) 左空二字. Several names stand after a tab at one column, so the names and
    /// their wrapped lines align whatever width a renderer gives the numbers (LibreOffice sets
    /// "1." wider than Word); the column leaves half a character after the widest number.
    private func writeAttachments(_ lines: [AttachmentLine]) {
        let labelEnd = 2 * style.charWidth + style.twips(of: lines.first?.label ?? "")
        let numbered = lines.contains { !$0.number.isEmpty }
        let column = numbered ? labelEnd + (lines.map { style.twips(of: $0.number) }.max() ?? 0) + style.charWidth / 2 : labelEnd
        for (index, line) in lines.enumerated() {
            let start = index == 0 ? 2 * style.charWidth : labelEnd
            paragraph(StylesPart.ID.attachment, line.label + line.number + (numbered ? "\t" : "") + line.name) { properties in
                if index == 0 { properties.spacingBefore = style.linePitch }
                properties.indent = .init(left: chars(column), hanging: chars(column - start), exact: true)
                if numbered { properties.tabs = [.init(alignment: "left", position: column)] }
            }
        }
    }

    /// 署名, 成文日期 and 附注 (7.3.5, 7.3.6), placed by `SignatureParagraphs`; each line keeps
    /// with the next, so the issuer never stands on a page without its date.
    private func write(_ signature: SignatureBlock) {
        let place = SignatureParagraphs(issuer: signature.issuer, date: signature.date, style: style)
        var lines: [(text: String, style: String, line: SignatureParagraphs.Line?)] = []
        if let issuer = signature.issuer { lines.append((issuer, StylesPart.ID.signature, place.issuer)) }
        if let date = signature.date { lines.append((date, StylesPart.ID.signature, place.date)) }
        lines += signature.notes.map { ($0, StylesPart.ID.note, nil) }
        for (index, line) in lines.enumerated() {
            paragraph(line.style, line.text) { properties in
                if let placed = line.line {
                    properties.justification = placed.justification
                    properties.indent = .init(left: chars(placed.left), right: chars(placed.right), exact: true)
                }
                if index == 0, line.line != nil { properties.spacingBefore = style.linePitch }
                properties.keepNext = index < lines.count - 1
            }
        }
    }

    /// 版记 (7.4) at the foot of the last page, in a frame as wide as the type area (a framed
    /// paragraph's borders border its frame, in Word and in LibreOffice's import): 抄送 左右各空一字,
    /// wrapped lines aligned after 抄送：, between 0.35 mm rules; with 印发机关 (左空一字) and 印发日期
    /// (右空一字) under a 0.25 mm rule. Alone on an even page, it starts a section of its own.
    private func writeImprint(_ imprint: ImprintBlock) {
        if imprint.evenPage {
            // An empty paragraph ends the body's section; the 版记's starts with a plain empty
            // paragraph (LibreOffice drops the frame of a framed paragraph that begins a section).
            xml.start("w:p")
            xml.element("w:pPr") { DocumentPart.writeSection(xml, style) }
            xml.end()
            xml.element("w:p") { ParagraphProperties(style: StylesPart.ID.copyTo).write(xml, charWidth: style.charWidth) }
        }
        guard imprint.hasPrinting else {
            if let copyTo = imprint.copyTo { writeCopyTo(copyTo, borders: true) }
            return
        }
        // LibreOffice keeps a frame of several paragraphs only when their borders are alike, so
        // here the rules are paragraphs of their own: thin black bars as wide as the frame.
        rule(thickness: 20)
        if let copyTo = imprint.copyTo {
            writeCopyTo(copyTo, borders: false)
            rule(thickness: 14)
        }
        paragraph(StylesPart.ID.copyTo, (imprint.printer ?? "") + "\t" + (imprint.printDate ?? "")) { properties in
            properties.bottomFrameWidth = style.textWidth
            properties.spacingBefore = Self.ruleGap
            properties.spacingAfter = Self.ruleGap
            properties.indent = .init(left: 1, right: 1, exact: true)
            properties.tabs = [.init(alignment: "right", position: style.textWidth - style.charWidth)]
        }
        rule(thickness: 20)
    }

    /// Between a 版记 rule and its text: 4 pt, the space of the bordered 抄送's rules.
    private static let ruleGap = 80

    /// 抄送 in the 版记's frame: with its own rules above and below when it is all the 版记 holds.
    private func writeCopyTo(_ text: String, borders: Bool) {
        let label = text.firstIndex(of: "：").map { String(text[...$0]) } ?? ""
        let hanging = chars(style.twips(of: label, size: style.ccSize))
        paragraph(StylesPart.ID.copyTo, text) { properties in
            properties.bottomFrameWidth = style.textWidth
            if borders {
                properties.borderTop = .init(size: 8, color: "000000", space: 4)
                properties.borderBottom = .init(size: 8, color: "000000", space: 4)
            } else {
                properties.spacingBefore = Self.ruleGap
                properties.spacingAfter = Self.ruleGap
            }
            properties.indent = .init(left: 1 + hanging, right: 1, hanging: hanging, exact: true)
        }
    }

    /// A rule of the 版记 `thickness` twips high (20 ≈ 0.35 mm, 14 ≈ 0.25 mm): an empty black
    /// paragraph of that exact height, off the grid, in the frame.
    private func rule(thickness: Int) {
        var properties = ParagraphProperties(style: StylesPart.ID.copyTo)
        properties.bottomFrameWidth = style.textWidth
        properties.shading = "000000"
        properties.snapToGrid = false
        (properties.spacingBefore, properties.spacingAfter, properties.line) = (0, 0, thickness)
        properties.indent = .init(exact: true)
        properties.markSize = 2
        xml.element("w:p") { properties.write(xml, charWidth: style.charWidth) }
    }

    /// 附件 另面编排: a new page, 3号黑体, flush left on the first line; then its title and table.
    private func write(_ annex: AnnexBlock) {
        paragraph(StylesPart.ID.annex, annex.label) { $0.pageBreakBefore = true }
        write(annex.title, underHeader: false)
        if let table = annex.table { write(table) }
    }

    /// A table: full width, single rules, header rows centred in the heading font (and, when
    /// the table asks, repeated on each page — w:tblHeader — with no row split over two).
    private func write(_ table: Table) {
        let widths = Self.widths(table, total: style.textWidth)
        xml.element("w:tbl") {
            xml.element("w:tblPr") {
                xml.empty("w:tblW", ["w:w": String(style.textWidth), "w:type": "dxa"])
                xml.empty("w:jc", ["w:val": "center"])
                xml.element("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        xml.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
                    }
                }
                xml.empty("w:tblLayout", ["w:type": "fixed"])
            }
            xml.element("w:tblGrid") {
                for width in widths { xml.empty("w:gridCol", ["w:w": String(width)]) }
            }
            for (index, row) in table.rows.enumerated() {
                let header = index < table.headerRows
                xml.element("w:tr") {
                    if table.repeatsHeader {
                        // A long table: no row split over two pages, the header again on each.
                        xml.element("w:trPr") {
                            xml.empty("w:cantSplit")
                            if header { xml.empty("w:tblHeader") }
                        }
                    }
                    for (column, width) in widths.enumerated() { cell(column < row.count ? row[column] : "", width: width, header: header) }
                }
            }
        }
    }

    /// Column widths in twips: the text width shared by the table's weights (equal without).
    static func widths(_ table: Table, total: Int) -> [Int] {
        let columns = max(1, table.columns)
        let weights = table.columnWeights.flatMap { $0.count == columns && $0.allSatisfy { $0 > 0 } ? $0 : nil }
            ?? Array(repeating: 1, count: columns)
        let sum = weights.reduce(0, +)
        return weights.map { total * $0 / sum }
    }

    private func cell(_ text: String, width: Int, header: Bool) {
        xml.element("w:tc") {
            xml.element("w:tcPr") { xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"]) }
            xml.start("w:p")
            ParagraphProperties(style: StylesPart.ID.tableCell, justification: header ? "center" : "left").write(xml, charWidth: style.charWidth)
            if !text.isEmpty {
                xml.element("w:r") {
                    if header { RunProperties(style: StylesPart.ID.headingRun(1)).write(xml) }
                    DocumentPart.writeText(xml, text)
                }
            }
            xml.end()
        }
    }
}
