import Foundation

/// What `dafu render` and `dafu batch` write.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Plain text, one paragraph per line (.txt).
    case text
    /// A Word document (.docx).
    case docx
    /// The same document as one Flat-OPC XML file (.xml), which Word opens directly.
    case flat
    /// text, docx and flat together.
    case all
    /// The numbered document tree, for template authors (.tree.txt).
    case tree

    /// The single formats this one stands for.
    public var members: [OutputFormat] { self == .all ? [.text, .docx, .flat] : [self] }

    /// The file ending, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .docx: return "docx"
        case .flat: return "xml"
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
        case .tree: return Data(rendered.document.dump().utf8)
        }
    }

    /// Every output of a reply in this format: (file extension, bytes), rendered before
    /// anything is written, so an error leaves no file behind.
    public func outputs(of rendered: RenderedReply) throws -> [(fileExtension: String, data: Data)] {
        try members.map { ($0.fileExtension, try $0.content(of: rendered)) }
    }
}
