import Foundation

/// What `dafu render` and `dafu batch` write.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Plain text, one paragraph per line (.txt).
    case text
    /// A Word document (.docx).
    case docx
    /// The same document as one Flat-OPC XML file (.xml), which Word opens directly.
    case flat
    /// One self-contained HTML5 page (.html), for web publication.
    case html
    /// A PDF, converted from the .docx by LibreOffice (not part of `all`: it needs soffice).
    case pdf
    /// text, docx, flat and html together.
    case all
    /// The numbered document tree, for template authors (.tree.txt).
    case tree

    /// The single formats this one stands for.
    public var members: [OutputFormat] { self == .all ? [.text, .docx, .flat, .html] : [self] }

    /// The file ending, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .docx: return "docx"
        case .flat: return "xml"
        case .html: return "html"
        case .pdf: return "pdf"
        case .all: return ""
        case .tree: return "tree.txt"
        }
    }

    /// The bytes of a rendered reply in this (single) format.
    public func content(of rendered: RenderedReply) throws -> Data {
        switch self {
        case .text, .all: return Data(rendered.text.utf8)
        case .docx: return try rendered.docx()
        case .flat: return rendered.flatOPC
        case .html: return Data(rendered.html.utf8)
        case .pdf: return try PDFConverter.pdf(fromDocx: try rendered.docx())
        case .tree: return Data(rendered.document.dump().utf8)
        }
    }

    /// The bytes of `rendered` in each of `formats` (single formats), in order; the DOCX parts
    /// are written once for both the .docx and the Flat-OPC file.
    public static func contents(of rendered: RenderedReply, in formats: [OutputFormat]) throws -> [Data] {
        try contents(of: rendered, in: formats, deflater: nil)
    }

    /// The same, compressing with `deflater` (a batch's worker keeps one).
    package static func contents(of rendered: RenderedReply, in formats: [OutputFormat], deflater: Deflater?) throws -> [Data] {
        var parts: [PackagePart]?
        func shared() -> [PackagePart] {
            if let parts { return parts }
            let made = rendered.parts
            parts = made
            return made
        }
        return try formats.map { format in
            switch format {
            case .docx: return try DocxPackager.package(shared(), reusing: rendered.layout.docx.packed, deflater: deflater)
            case .flat: return FlatOPCPackager.package(shared())
            default: return try format.content(of: rendered)
            }
        }
    }

    /// Every output of a reply in this format: (file extension, bytes), rendered before
    /// anything is written, so an error leaves no file behind.
    public func outputs(of rendered: RenderedReply) throws -> [(fileExtension: String, data: Data)] {
        zip(members.map(\.fileExtension), try Self.contents(of: rendered, in: members)).map { ($0, $1) }
    }
}
