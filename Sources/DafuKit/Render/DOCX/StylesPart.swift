/// word/styles.xml: every role a named style with full rFonts and zh-CN language, built from
/// the style table. The body never carries ad-hoc fonts: paragraphs refer to these by id.
enum StylesPart {
    /// Style ids by role.
    enum ID {
        static let body = "Body"
        static let title = "DocTitle"
        static let addressee = "Addressee"
        static let letterhead = "Letterhead"
        static let resultClass = "ResultClass"
        static let docNumber = "DocNumber"
        static let signer = "Signer"
        static let signerName = "SignerName"
        static let attachment = "Attachment"
        static let signature = "Signature"
        static let note = "Note"
        static let copyTo = "CopyTo"
        static let footer = "PageFooter"
        static let annex = "AnnexLabel"
        static let tableCell = "TableCell"
        static func heading(_ level: Int) -> String { "Heading\(level)" }
        static func headingRun(_ level: Int) -> String { "Heading\(level)Run" }
    }

    static func xml(_ sheet: StyleSheet) -> String {
        let xml = XMLWriter()
        xml.start("w:styles")
        xml.attribute("xmlns:w", WML.w)
        xml.element("w:docDefaults") {
            xml.element("w:rPrDefault") {
                RunProperties(font: sheet.bodyFont, latinFont: sheet.latinFont, spacing: sheet.bodyCharacterSpacing,
                              size: sheet.bodySize, lang: true).write(xml)
            }
            xml.element("w:pPrDefault") {
                ParagraphProperties(line: sheet.linePitch, justification: "both").write(xml, charWidth: sheet.charWidth)
            }
        }
        func style(_ id: String, name: String, type: String = "paragraph", basedOn: String? = nil, isDefault: Bool = false,
                   paragraph: ParagraphProperties? = nil, run: RunProperties? = nil) {
            xml.start("w:style")
            xml.attribute("w:type", type)
            if isDefault { xml.attribute("w:default", "1") }
            xml.attribute("w:styleId", id)
            xml.empty("w:name", ["w:val": name])
            if let basedOn { xml.empty("w:basedOn", ["w:val": basedOn]) }
            xml.empty("w:qFormat")
            paragraph?.write(xml, charWidth: sheet.charWidth)
            if let run, !run.isEmpty { run.write(xml) }
            xml.end()
        }
        let latin = sheet.latinFont
        style("Normal", name: "Normal", isDefault: true)
        style(ID.body, name: "正文段落", basedOn: "Normal",
              paragraph: ParagraphProperties(indent: .init(firstLine: 2), justification: "both"))
        style(ID.title, name: "标题", basedOn: "Normal",
              paragraph: ParagraphProperties(keepNext: true, justification: "center"),
              run: RunProperties(font: sheet.titleFont, latinFont: latin, size: sheet.titleSize))
        style(ID.addressee, name: "主送机关", basedOn: "Normal", paragraph: ParagraphProperties(keepNext: true, justification: "left"))
        style(ID.letterhead, name: "发文机关标志", basedOn: "Normal",
              paragraph: ParagraphProperties(justification: "center"),
              run: RunProperties(font: sheet.letterheadFont, latinFont: latin, color: sheet.letterheadColor, size: sheet.letterheadSize))
        style(ID.resultClass, name: "办理结果", basedOn: "Normal",
              paragraph: ParagraphProperties(indent: .init(right: 1), justification: "right"))
        style(ID.docNumber, name: "发文字号", basedOn: "Normal", paragraph: ParagraphProperties(justification: "center"))
        style(ID.signer, name: "签发人", basedOn: "Normal", paragraph: ParagraphProperties(indent: .init(right: 1), justification: "right"))
        for level in 1...4 {
            let font = sheet.headingFonts[level - 1]
            style(ID.heading(level), name: "heading \(level)", basedOn: ID.body,
                  paragraph: ParagraphProperties(keepNext: true, outlineLevel: level - 1),
                  run: RunProperties(font: font, latinFont: latin, size: sheet.headingSize))
            style(ID.headingRun(level), name: "\(level)级标题（接排）", type: "character",
                  run: RunProperties(font: font, latinFont: latin, size: sheet.headingSize))
        }
        style(ID.signerName, name: "签发人姓名", type: "character", run: RunProperties(font: sheet.signerNameFont, latinFont: latin))
        style(ID.attachment, name: "附件说明", basedOn: "Normal", paragraph: ParagraphProperties(justification: "left"))
        style(ID.signature, name: "署名和成文日期", basedOn: "Normal", paragraph: ParagraphProperties(justification: "right"))
        style(ID.note, name: "附注", basedOn: "Normal", paragraph: ParagraphProperties(indent: .init(firstLine: 2), justification: "left"))
        style(ID.copyTo, name: "版记", basedOn: "Normal",
              paragraph: ParagraphProperties(line: sheet.ccSize * 10 * 2 * 9 / 10, justification: "left"),
              run: RunProperties(size: sheet.ccSize))
        style(ID.annex, name: "附件标识", basedOn: "Normal", paragraph: ParagraphProperties(keepNext: true, justification: "left"),
              run: RunProperties(font: sheet.headingFonts[0], latinFont: latin, size: sheet.headingSize))
        style(ID.tableCell, name: "表格文字", basedOn: "Normal", paragraph: ParagraphProperties(line: nil, justification: "left"),
              run: RunProperties(size: sheet.ccSize))
        style(ID.footer, name: "页码", basedOn: "Normal",
              paragraph: ParagraphProperties(line: nil),
              run: RunProperties(font: sheet.pageNumberFont, latinFont: latin, size: sheet.pageNumberSize))
        xml.end()
        return xml.finish()
    }
}
