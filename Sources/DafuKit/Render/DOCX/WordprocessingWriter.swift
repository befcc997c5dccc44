/// Writes a laid-out reply as the parts of a WordprocessingML package. Packaging is separate:
/// the parts go to DocxPackager (.docx) or FlatOPCPackager (one XML file).
public struct WordprocessingWriter: Sendable {
    public var sheet: StyleSheet

    public init(sheet: StyleSheet) { self.sheet = sheet }

    /// The parts, in a fixed order (the order of the zip entries and of the Flat-OPC parts).
    public func parts(_ paragraphs: [Paragraph], date: ReplyDate? = nil) -> [PackagePart] {
        let title = paragraphs.filter { $0.role == .title }.map(\.text).joined()
        let creator = paragraphs.first { $0.role == .issuer }?.text ?? ""
        typealias CT = WML.ContentType
        typealias RT = WML.RelationshipType
        return [
            PackagePart(name: "_rels/.rels", contentType: CT.relationships, xml: PackageParts.relationships([
                ("rId1", RT.officeDocument, "word/document.xml"),
                ("rId2", RT.coreProperties, "docProps/core.xml"),
                ("rId3", RT.extendedProperties, "docProps/app.xml"),
            ])),
            PackagePart(name: "docProps/app.xml", contentType: CT.app, xml: PackageParts.app()),
            PackagePart(name: "docProps/core.xml", contentType: CT.core,
                        xml: PackageParts.core(title: title, creator: creator, date: date)),
            PackagePart(name: "word/document.xml", contentType: CT.document, xml: DocumentPart.xml(paragraphs, sheet: sheet)),
            PackagePart(name: "word/_rels/document.xml.rels", contentType: CT.relationships, xml: PackageParts.relationships([
                ("rIdStyles", RT.styles, "styles.xml"),
                ("rIdSettings", RT.settings, "settings.xml"),
                ("rIdFontTable", RT.fontTable, "fontTable.xml"),
                (DocumentPart.oddFooterID, RT.footer, "footer1.xml"),
                (DocumentPart.evenFooterID, RT.footer, "footer2.xml"),
            ])),
            PackagePart(name: "word/styles.xml", contentType: CT.styles, xml: StylesPart.xml(sheet)),
            PackagePart(name: "word/settings.xml", contentType: CT.settings, xml: PackageParts.settings()),
            PackagePart(name: "word/fontTable.xml", contentType: CT.fontTable, xml: PackageParts.fontTable(sheet)),
            PackagePart(name: "word/footer1.xml", contentType: CT.footer, xml: PackageParts.footer(odd: true, sheet: sheet)),
            PackagePart(name: "word/footer2.xml", contentType: CT.footer, xml: PackageParts.footer(odd: false, sheet: sheet)),
        ]
    }
}
