/// Writes a laid-out reply as the parts of a WordprocessingML package. Packaging is separate:
/// the parts go to DocxPackager (.docx) or FlatOPCPackager (one XML file).
///
/// Only `word/document.xml` and `docProps/core.xml` depend on the reply; the other parts depend
/// on the style table alone and are written once per writer (once per layout in a batch).
public struct WordprocessingWriter: Sendable {
    /// The style table the parts are written from.
    public let style: StyleTable
    private let fixedParts: [String: PackagePart]
    private let packedOnce = Once<PackedParts>()

    /// A writer for `style`; the parts that depend on the style alone are written here, once.
    public init(style: StyleTable) {
        self.style = style
        typealias CT = WML.ContentType
        typealias RT = WML.RelationshipType
        let parts = [
            PackagePart(name: "_rels/.rels", contentType: CT.relationships, xml: PackageParts.relationships([
                ("rId1", RT.officeDocument, "word/document.xml"),
                ("rId2", RT.coreProperties, "docProps/core.xml"),
                ("rId3", RT.extendedProperties, "docProps/app.xml"),
            ])),
            PackagePart(name: "docProps/app.xml", contentType: CT.app, xml: PackageParts.app()),
            PackagePart(name: "word/_rels/document.xml.rels", contentType: CT.relationships, xml: PackageParts.relationships(Self.documentRelationships)),
            // With a 版记 alone on an even page: a third footer, without a page number.
            PackagePart(name: Self.imprintRelationships, contentType: CT.relationships,
                        xml: PackageParts.relationships(Self.documentRelationships + [(DocumentPart.blankFooterID, RT.footer, "footer3.xml")])),
            PackagePart(name: "word/footer3.xml", contentType: CT.footer, xml: PackageParts.blankFooter(style: style)),
            PackagePart(name: "word/styles.xml", contentType: CT.styles, xml: StylesPart.xml(style)),
            PackagePart(name: "word/settings.xml", contentType: CT.settings, xml: PackageParts.settings()),
            PackagePart(name: "word/fontTable.xml", contentType: CT.fontTable, xml: PackageParts.fontTable(style)),
            PackagePart(name: "word/footer1.xml", contentType: CT.footer, xml: PackageParts.footer(odd: true, style: style)),
            PackagePart(name: "word/footer2.xml", contentType: CT.footer, xml: PackageParts.footer(odd: false, style: style)),
        ]
        fixedParts = Dictionary(uniqueKeysWithValues: parts.map { ($0.name, $0) })
    }

    private static let documentRelationships: [(id: String, type: String, target: String)] = [
        ("rIdStyles", WML.RelationshipType.styles, "styles.xml"),
        ("rIdSettings", WML.RelationshipType.settings, "settings.xml"),
        ("rIdFontTable", WML.RelationshipType.fontTable, "fontTable.xml"),
        (DocumentPart.oddFooterID, WML.RelationshipType.footer, "footer1.xml"),
        (DocumentPart.evenFooterID, WML.RelationshipType.footer, "footer2.xml"),
    ]

    /// The key of the relationships that add the blank footer (the part is named as the other).
    private static let imprintRelationships = "word/_rels/document.xml.rels (imprint page)"

    /// The fixed parts and the content types, compressed once for every .docx of this layout.
    var packed: PackedParts { packedOnce.value { packed(with: .default) } }

    /// The fixed parts and the content types, compressed with `compression`.
    func packed(with compression: ZipCompression) -> PackedParts {
        let every = parts([])
        return PackedParts(every.filter { fixedParts[$0.name] != nil } + [DocxPackager.contentTypes(every)], compression: compression)
    }

    /// The parts, in a fixed order (the order of the zip entries and of the Flat-OPC parts).
    public func parts(_ blocks: [LayoutBlock], date: ReplyDate? = nil) -> [PackagePart] {
        // The reply's title (an annex's title is inside the annex) and its issuer.
        let title = blocks.lazy.compactMap { block -> String? in
            if case .title(let title) = block { return title.lines.joined() } else { return nil }
        }.first ?? ""
        let creator = blocks.lazy.compactMap { block -> String? in
            if case .signature(let signature) = block { return signature.issuer } else { return nil }
        }.first ?? ""
        let fixed = { (name: String) in self.fixedParts[name]! }
        let imprintPage = DocumentPart.hasImprintPage(blocks)
        var relationships = fixed(imprintPage ? Self.imprintRelationships : "word/_rels/document.xml.rels")
        relationships.name = "word/_rels/document.xml.rels"
        return [
            fixed("_rels/.rels"),
            fixed("docProps/app.xml"),
            PackagePart(name: "docProps/core.xml", contentType: WML.ContentType.core,
                        xml: PackageParts.core(title: title, creator: creator, date: date)),
            PackagePart(name: "word/document.xml", contentType: WML.ContentType.document, xml: DocumentPart.xml(blocks, style: style)),
            relationships,
            fixed("word/styles.xml"),
            fixed("word/settings.xml"),
            fixed("word/fontTable.xml"),
            fixed("word/footer1.xml"),
            fixed("word/footer2.xml"),
        ] + (imprintPage ? [fixed("word/footer3.xml")] : [])
    }
}
