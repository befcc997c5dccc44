import Foundation

/// Packs parts into a .docx (a zip). Deterministic: fixed entry order, fixed timestamps and
/// permissions, no clock. Every part is deflated (`ZipCompression.default`); parts that are the
/// same in every package of a layout are compressed once and reused (`PackedParts`).
public enum DocxPackager {
    /// The .docx bytes of `parts`, with [Content_Types].xml first.
    public static func package(_ parts: [PackagePart], compression: ZipCompression = .default) throws -> Data {
        try package(parts, compression: compression, reusing: nil)
    }

    /// The .docx bytes of `parts`; a part found in `packed` (same name and XML, same
    /// compression) is written from there instead of being compressed again. `deflater`, when
    /// it compresses the same way, is used instead of a new one.
    static func package(_ parts: [PackagePart], compression: ZipCompression = .default, reusing packed: PackedParts?,
                        deflater: Deflater? = nil) throws -> Data {
        let reusable = packed?.compression == compression ? packed : nil
        let deflater = deflater?.compression == compression ? deflater : Deflater(compression)
        var zip = ZipWriter()
        for part in [contentTypes(parts)] + parts {
            if let entry = reusable?.entry(for: part) {
                try zip.add(entry)
            } else {
                try zip.add(ZipEntry(name: part.name, bytes: part.data, deflater: deflater))
            }
        }
        return try zip.finish()
    }

    static func contentTypes(_ parts: [PackagePart]) -> PackagePart {
        PackagePart(name: "[Content_Types].xml", contentType: "", xml: PackageParts.contentTypes(parts))
    }
}

/// Parts compressed once for every package that holds them unchanged (a layout's styles,
/// settings, fonts, footers, relationships and content types).
package struct PackedParts: Sendable {
    let compression: ZipCompression
    private let entries: [String: (xml: String, entry: ZipEntry)]

    init(_ parts: [PackagePart], compression: ZipCompression = .default) {
        self.compression = compression
        let deflater = Deflater(compression)
        var entries: [String: (xml: String, entry: ZipEntry)] = [:]
        for part in parts {
            if let entry = try? ZipEntry(name: part.name, bytes: part.data, deflater: deflater) { entries[part.name] = (part.xml, entry) }
        }
        self.entries = entries
    }

    /// The packed entry for `part`, when it was packed with the same XML.
    func entry(for part: PackagePart) -> ZipEntry? {
        guard let packed = entries[part.name], packed.xml == part.xml else { return nil }
        return packed.entry
    }
}

/// Writes the parts as one Flat-OPC XML document (`pkg:package`), which Word opens directly.
public enum FlatOPCPackager {
    static let namespace = "http://schemas.microsoft.com/office/2006/xmlPackage"

    /// The Flat-OPC bytes of `parts`.
    public static func package(_ parts: [PackagePart]) -> Data {
        let xml = XMLWriter()
        xml.raw(PackagePart.declaration + "\n")
        xml.processingInstruction("mso-application", #"progid="Word.Document""#)
        xml.start("pkg:package")
        xml.attribute("xmlns:pkg", namespace)
        for part in parts {
            xml.start("pkg:part")
            xml.attribute("pkg:name", "/" + part.name)
            xml.attribute("pkg:contentType", part.contentType)
            if part.contentType == WML.ContentType.relationships { xml.attribute("pkg:padding", "256") }
            xml.start("pkg:xmlData")
            xml.raw("\n" + part.xml + "\n")
            xml.end()
            xml.end()
        }
        xml.end()
        return Data((xml.finish() + "\n").utf8)
    }
}
