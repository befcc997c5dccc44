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

    /// One named style of styles.xml.
    struct Definition {
        var id: String
        var name: String
        var type = "paragraph"
        var basedOn: String? = "Normal"
        var paragraph: ParagraphProperties?
        var run: RunProperties?
    }

    static func xml(_ style: StyleTable) -> String {
        let xml = XMLWriter()
        xml.start("w:styles")
        xml.attribute("xmlns:w", WML.w)
        xml.element("w:docDefaults") {
            xml.element("w:rPrDefault") {
                RunProperties(font: style.bodyFont, latinFont: style.latinFont, spacing: style.bodyCharacterSpacing,
                              size: style.bodySize, lang: true).write(xml)
            }
            xml.element("w:pPrDefault") {
                ParagraphProperties(line: style.linePitch, justification: "both").write(xml, charWidth: style.charWidth)
            }
        }
        for (index, definition) in definitions(style).enumerated() {
            xml.start("w:style")
            xml.attribute("w:type", definition.type)
            if index == 0 { xml.attribute("w:default", "1") }
            xml.attribute("w:styleId", definition.id)
            xml.empty("w:name", ["w:val": definition.name])
            if let basedOn = definition.basedOn { xml.empty("w:basedOn", ["w:val": basedOn]) }
            xml.empty("w:qFormat")
            definition.paragraph?.write(xml, charWidth: style.charWidth)
            if let run = definition.run, !run.isEmpty { run.write(xml) }
            xml.end()
        }
        xml.end()
        return xml.finish()
    }

    /// Every style, in the order written; the first is the default paragraph style.
    static func definitions(_ style: StyleTable) -> [Definition] {
        let latin = style.latinFont
        func font(_ font: StyleTable.Font, size: Int? = nil, color: String? = nil) -> RunProperties {
            RunProperties(font: font, latinFont: latin, color: color, size: size)
        }
        var out = [
            Definition(id: "Normal", name: "Normal", basedOn: nil),
            Definition(id: ID.body, name: "正文段落", paragraph: ParagraphProperties(indent: .init(firstLine: 2), justification: "both")),
            Definition(id: ID.title, name: "标题", paragraph: ParagraphProperties(keepNext: true, justification: "center"),
                       run: font(style.titleFont, size: style.titleSize)),
            Definition(id: ID.addressee, name: "主送机关", paragraph: ParagraphProperties(keepNext: true, justification: "left")),
            Definition(id: ID.letterhead, name: "发文机关标志", paragraph: ParagraphProperties(justification: "center"),
                       run: font(style.letterheadFont, size: style.letterheadSize, color: style.letterheadColor)),
            Definition(id: ID.resultClass, name: "办理结果", paragraph: ParagraphProperties(indent: .init(right: 1), justification: "right")),
            Definition(id: ID.docNumber, name: "发文字号", paragraph: ParagraphProperties(justification: "center")),
            Definition(id: ID.signer, name: "签发人", paragraph: ParagraphProperties(indent: .init(right: 1), justification: "right")),
        ]
        for level in 1...4 {
            let heading = font(style.headingFonts[level - 1], size: style.headingSize)
            out.append(Definition(id: ID.heading(level), name: "heading \(level)", basedOn: ID.body,
                                  paragraph: ParagraphProperties(keepNext: true, outlineLevel: level - 1), run: heading))
            out.append(Definition(id: ID.headingRun(level), name: "\(level)级标题（接排）", type: "character", basedOn: nil, run: heading))
        }
        out += [
            Definition(id: ID.signerName, name: "签发人姓名", type: "character", basedOn: nil, run: font(style.signerNameFont)),
            Definition(id: ID.attachment, name: "附件说明", paragraph: ParagraphProperties(justification: "left")),
            // No space between Chinese and digits in Word: the date is as wide as its placement counts it.
            Definition(id: ID.signature, name: "署名和成文日期", paragraph: ParagraphProperties(autoSpace: false, justification: "right")),
            Definition(id: ID.note, name: "附注", paragraph: ParagraphProperties(indent: .init(firstLine: 2), justification: "left")),
            Definition(id: ID.copyTo, name: "版记", paragraph: ParagraphProperties(line: style.ccSize * 10 * 2 * 9 / 10, justification: "left"),
                       run: RunProperties(size: style.ccSize)),
            Definition(id: ID.annex, name: "附件标识", paragraph: ParagraphProperties(keepNext: true, justification: "left"),
                       run: font(style.headingFonts[0], size: style.headingSize)),
            Definition(id: ID.tableCell, name: "表格文字", paragraph: ParagraphProperties(line: nil, justification: "left"),
                       run: RunProperties(size: style.ccSize)),
            Definition(id: ID.footer, name: "页码", paragraph: ParagraphProperties(line: nil), run: font(style.pageNumberFont, size: style.pageNumberSize)),
        ]
        return out
    }
}
