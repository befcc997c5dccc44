import Foundation
/// One part of an OPC package: its name, content type and XML (without declaration).
public struct PackagePart: Equatable, Sendable {
    /// Path inside the package, without a leading slash, e.g. `word/document.xml`.
    public var name: String
    /// The part's content type, for [Content_Types].xml or Flat-OPC.
    public var contentType: String
    /// The part's XML, without its declaration.
    public var xml: String

    /// The declaration every part starts with inside a .docx.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    /// The part's bytes in a .docx: declaration, newline, XML.
    public var data: [UInt8] { Array((Self.declaration + "\n" + xml).utf8) }
}

/// The small parts around the body: relationships, settings, fonts, footers, properties.
enum PackageParts {
    static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        let xml = XMLWriter()
        xml.start("Relationships")
        xml.attribute("xmlns", WML.relationships)
        for item in items {
            xml.empty("Relationship", ["Id": item.id, "Type": item.type, "Target": item.target])
        }
        xml.end()
        return xml.finish()
    }

    static func settings() -> String {
        let xml = XMLWriter()
        xml.start("w:settings")
        xml.attribute("xmlns:w", WML.w)
        xml.empty("w:zoom", ["w:percent": "100"])
        xml.empty("w:defaultTabStop", ["w:val": "420"])
        // Odd pages number at the right, even pages at the left (GB/T 9704 7.5).
        xml.empty("w:evenAndOddHeaders")
        xml.empty("w:characterSpacingControl", ["w:val": "compressPunctuation"])
        xml.element("w:compat") {
            xml.empty("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
        }
        xml.end()
        return xml.finish()
    }

    /// Every font the styles name, with the family to fall back to where it is not installed.
    static func fontTable(_ style: StyleTable) -> String {
        var fonts: [StyleTable.Font] = []
        for font in [style.bodyFont, style.titleFont] + style.headingFonts + [style.signerNameFont, style.pageNumberFont, style.letterheadFont]
            where !fonts.contains(where: { $0.name == font.name }) {
            fonts.append(font)
        }
        let xml = XMLWriter()
        xml.start("w:fonts")
        xml.attribute("xmlns:w", WML.w)
        for font in fonts {
            xml.element("w:font", ["w:name": font.name]) {
                if font.fallback != font.name { xml.empty("w:altName", ["w:val": font.fallback]) }
                xml.empty("w:charset", ["w:val": "86"])
                xml.empty("w:family", ["w:val": "auto"])
                xml.empty("w:pitch", ["w:val": "variable"])
            }
        }
        if let latin = style.latinFont {
            xml.element("w:font", ["w:name": latin]) {
                xml.empty("w:charset", ["w:val": "00"])
                xml.empty("w:family", ["w:val": "roman"])
                xml.empty("w:pitch", ["w:val": "variable"])
            }
        }
        xml.end()
        return xml.finish()
    }

    /// A footer with the page number as "— N —": odd pages right-aligned one character in,
    /// even pages left-aligned one character in.
    static func footer(odd: Bool, style: StyleTable) -> String {
        let xml = XMLWriter()
        xml.start("w:ftr")
        xml.attribute("xmlns:w", WML.w)
        xml.attribute("xmlns:r", WML.r)
        xml.start("w:p")
        ParagraphProperties(style: StylesPart.ID.footer, indent: odd ? .init(right: 1) : .init(left: 1),
                            justification: odd ? "right" : "left").write(xml, charWidth: style.charWidth)
        func run(_ body: () -> Void) { xml.element("w:r", [:], body) }
        run { DocumentPart.writeText(xml, "— ") }
        run { xml.empty("w:fldChar", ["w:fldCharType": "begin"]) }
        run { xml.element("w:instrText", ["xml:space": "preserve"]) { xml.text(" PAGE ") } }
        run { xml.empty("w:fldChar", ["w:fldCharType": "separate"]) }
        run { DocumentPart.writeText(xml, odd ? "1" : "2") }
        run { xml.empty("w:fldChar", ["w:fldCharType": "end"]) }
        run { DocumentPart.writeText(xml, " —") }
        xml.end()
        xml.end()
        return xml.finish()
    }

    /// A footer with nothing in it: the 版记 page and a blank page before it carry no page
    /// number (GB/T 9704 7.5).
    static func blankFooter(style: StyleTable) -> String {
        let xml = XMLWriter()
        xml.start("w:ftr")
        xml.attribute("xmlns:w", WML.w)
        xml.element("w:p") { ParagraphProperties(style: StylesPart.ID.footer).write(xml, charWidth: style.charWidth) }
        xml.end()
        return xml.finish()
    }

    /// Title and creator (the issuer); the reply's date as the creation date, never the clock.
    static func core(title: String, creator: String, date: ReplyDate?) -> String {
        let xml = XMLWriter()
        xml.start("cp:coreProperties")
        xml.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        xml.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        xml.attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
        xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        xml.element("dc:title") { xml.text(title) }
        xml.element("dc:creator") { xml.text(creator) }
        xml.element("dc:language") { xml.text("zh-CN") }
        if let date {
            let stamp = String(format: "%04d-%02d-%02dT00:00:00Z", date.year, date.month, date.day ?? 1)
            xml.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"]) { xml.text(stamp) }
        }
        xml.end()
        return xml.finish()
    }

    static func app() -> String {
        let xml = XMLWriter()
        xml.start("Properties")
        xml.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
        xml.element("Application") { xml.text("dafu") }
        xml.end()
        return xml.finish()
    }

    /// [Content_Types].xml for a .docx holding `parts`.
    static func contentTypes(_ parts: [PackagePart]) -> String {
        let xml = XMLWriter()
        xml.start("Types")
        xml.attribute("xmlns", WML.contentTypes)
        xml.empty("Default", ["Extension": "rels", "ContentType": WML.ContentType.relationships])
        xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        for part in parts where !part.name.hasSuffix(".rels") {
            xml.empty("Override", ["PartName": "/" + part.name, "ContentType": part.contentType])
        }
        xml.end()
        return xml.finish()
    }
}
