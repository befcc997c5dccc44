/// word/document.xml: the body, written from the same laid-out paragraphs as the plain text,
/// then the section properties of GB/T 9704 (A4, margins, a grid of 22 lines × 28 characters,
/// odd and even footers).
enum DocumentPart {
    static let evenFooterID = "rIdFooterEven"
    static let oddFooterID = "rIdFooterOdd"

    static func xml(_ paragraphs: [Paragraph], sheet: StyleSheet) -> String {
        let xml = XMLWriter()
        xml.start("w:document")
        xml.attribute("xmlns:w", WML.w)
        xml.attribute("xmlns:r", WML.r)
        xml.start("w:body")
        let hasLetterhead = paragraphs.contains { $0.role == .letterhead }
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            let previous = index > 0 ? paragraphs[index - 1].role : nil
            let next = index + 1 < paragraphs.count ? paragraphs[index + 1].role : nil
            var properties = ParagraphProperties()
            var runs = paragraph.runs.map { ($0, runStyle($0.style)) }
            switch paragraph.role {
            case .letterhead:
                properties.style = StylesPart.ID.letterhead
            case .resultClass:
                properties.style = StylesPart.ID.resultClass
            case .docNumber:
                properties.style = StylesPart.ID.docNumber
                if next == .signer {
                    // 发文字号 居左空一字 and 签发人 居右空一字 on one line (上行文).
                    let signer = paragraphs[index + 1].text
                    properties.justification = "left"
                    properties.indent = .init(left: 1, right: 1)
                    properties.rightTab = sheet.textWidth - 2 * sheet.charWidth
                    runs.append((Run("\t"), nil))
                    let label = "签发人："
                    let name = signer.hasPrefix(label) ? String(signer.dropFirst(label.count)) : signer
                    runs.append((Run(signer.hasPrefix(label) ? label : ""), nil))
                    runs.append((Run(name), StylesPart.ID.signerName))
                    index += 1
                }
            case .signer:
                properties.style = StylesPart.ID.signer
            case .title:
                properties.style = StylesPart.ID.title
                if let previous, isHeader(previous) { properties.spacingBefore = 2 * sheet.linePitch }
                // 标题下空一行: a blank line after the last title line.
                if next != .title { properties.spacingAfter = sheet.linePitch }
            case .addressee:
                properties.style = StylesPart.ID.addressee
            case .body:
                properties.style = StylesPart.ID.body
            case .heading(let level):
                properties.style = StylesPart.ID.heading(level)
            case .attachment(let first):
                properties.style = StylesPart.ID.attachment
                if first {
                    properties.spacingBefore = sheet.linePitch
                    properties.indent = .init(left: 5, hanging: 3)
                } else {
                    properties.indent = .init(left: 5)
                }
            case .issuer, .date:
                properties.style = StylesPart.ID.signature
                let right = signatureIndent(paragraphs, at: index, sheet: sheet)
                properties.indent = .init(right: right)
                if paragraph.role == .issuer || previous != .issuer { properties.spacingBefore = sheet.linePitch }
            case .note:
                properties.style = StylesPart.ID.note
            case .annex:
                // 附件 另面编排: a new page, 3号黑体, flush left on the first line.
                properties.style = StylesPart.ID.annex
                properties.pageBreakBefore = true
            case .tableRow:
                var end = index
                while end < paragraphs.count, case .tableRow = paragraphs[end].role { end += 1 }
                writeTable(xml, Array(paragraphs[index..<end]), sheet: sheet)
                index = end
                continue
            case .cc:
                // 版记 at the foot of the last page, between a 0.35 mm rule above and below,
                // 左右各空一字, wrapped lines aligned after 抄送：.
                properties.style = StylesPart.ID.copyTo
                properties.frameAtBottom = true
                properties.borderTop = .init(size: 8, color: "000000", space: 4)
                properties.borderBottom = .init(size: 8, color: "000000", space: 4)
                properties.indent = .init(left: 1 + 3, right: 1, hanging: 3)
            }
            let following = index + 1 < paragraphs.count ? paragraphs[index + 1].role : nil
            if hasLetterhead, isHeader(paragraph.role), paragraph.role != .letterhead, !(following.map(isHeader) ?? false) {
                // 版头中的分隔线: a red rule the width of the type area under the 发文字号.
                properties.borderBottom = .init(size: 12, color: sheet.ruleColor, space: 11)
            }
            writeParagraph(xml, properties, runs, sheet: sheet)
            index += 1
        }
        writeSection(xml, sheet)
        xml.end()
        xml.end()
        return xml.finish()
    }

    private static func isHeader(_ role: Role) -> Bool {
        switch role {
        case .letterhead, .resultClass, .docNumber, .signer: return true
        default: return false
        }
    }

    private static func runStyle(_ style: Run.Style) -> String? {
        switch style {
        case .plain: return nil
        case .heading(let level): return StylesPart.ID.headingRun(level)
        }
    }

    /// Right indent of an issuer or date line, in characters (see SignaturePlacement).
    private static func signatureIndent(_ paragraphs: [Paragraph], at index: Int, sheet: StyleSheet) -> Double {
        let role = paragraphs[index].role
        let partnerIndex = role == .issuer ? index + 1 : index - 1
        guard paragraphs.indices.contains(partnerIndex),
              paragraphs[partnerIndex].role == (role == .issuer ? .date : .issuer) else {
            return SignaturePlacement.alone(mode: sheet.signature)
        }
        let issuer = paragraphs[min(index, partnerIndex)].text, date = paragraphs[max(index, partnerIndex)].text
        let place = SignaturePlacement.place(issuerWidth: SignaturePlacement.width(issuer),
                                             dateWidth: SignaturePlacement.width(date), mode: sheet.signature)
        return role == .issuer ? place.issuer : place.date
    }

    private static func writeParagraph(_ xml: XMLWriter, _ properties: ParagraphProperties, _ runs: [(Run, String?)], sheet: StyleSheet) {
        xml.start("w:p")
        properties.write(xml, charWidth: sheet.charWidth)
        for (run, style) in runs where !run.text.isEmpty {
            xml.start("w:r")
            if let style { RunProperties(style: style).write(xml) }
            writeText(xml, run.text)
            xml.end()
        }
        xml.end()
    }

    /// An annex table: full width, single rules, header row bold-free in the heading font.
    private static func writeTable(_ xml: XMLWriter, _ rows: [Paragraph], sheet: StyleSheet) {
        let columns = rows.map(\.runs.count).max() ?? 1
        let width = sheet.textWidth / columns
        xml.element("w:tbl") {
            xml.element("w:tblPr") {
                xml.empty("w:tblW", ["w:w": String(sheet.textWidth), "w:type": "dxa"])
                xml.empty("w:jc", ["w:val": "center"])
                xml.element("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        xml.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
                    }
                }
                xml.empty("w:tblLayout", ["w:type": "fixed"])
            }
            xml.element("w:tblGrid") {
                for _ in 0..<columns { xml.empty("w:gridCol", ["w:w": String(width)]) }
            }
            for row in rows {
                let header: Bool
                if case .tableRow(let isHeader) = row.role { header = isHeader } else { header = false }
                xml.element("w:tr") {
                    for column in 0..<columns {
                        xml.element("w:tc") {
                            xml.element("w:tcPr") { xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"]) }
                            xml.start("w:p")
                            ParagraphProperties(style: StylesPart.ID.tableCell, justification: header ? "center" : "left")
                                .write(xml, charWidth: sheet.charWidth)
                            let text = column < row.runs.count ? row.runs[column].text : ""
                            if !text.isEmpty {
                                xml.element("w:r") {
                                    if header { RunProperties(style: StylesPart.ID.headingRun(1)).write(xml) }
                                    writeText(xml, text)
                                }
                            }
                            xml.end()
                        }
                    }
                }
            }
        }
    }

    /// Text of a run; tabs become w:tab. Every w:t keeps its spaces.
    static func writeText(_ xml: XMLWriter, _ text: String) {
        for (offset, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { xml.empty("w:tab") }
            guard !piece.isEmpty else { continue }
            xml.start("w:t")
            xml.attribute("xml:space", "preserve")
            xml.text(String(piece))
            xml.end()
        }
    }

    private static func writeSection(_ xml: XMLWriter, _ sheet: StyleSheet) {
        xml.element("w:sectPr") {
            xml.empty("w:footerReference", ["w:type": "even", "r:id": evenFooterID])
            xml.empty("w:footerReference", ["w:type": "default", "r:id": oddFooterID])
            xml.empty("w:pgSz", ["w:w": String(sheet.pageWidth), "w:h": String(sheet.pageHeight)])
            // All seven attributes: validators reject a pgMar without header, footer and gutter.
            xml.empty("w:pgMar", ["w:top": String(sheet.marginTop), "w:right": String(sheet.marginRight),
                                  "w:bottom": String(sheet.marginBottom), "w:left": String(sheet.marginLeft),
                                  "w:header": "851", "w:footer": String(sheet.footerDistance), "w:gutter": "0"])
            xml.empty("w:cols", ["w:space": "425"])
            // A grid of lines; the 28 characters come from the body's character spacing, which
            // Word and LibreOffice both honour (LibreOffice 7.4 misreads a linesAndChars
            // charSpace and sets 18 characters a line).
            xml.empty("w:docGrid", ["w:type": "lines", "w:linePitch": String(sheet.linePitch)])
        }
    }
}
