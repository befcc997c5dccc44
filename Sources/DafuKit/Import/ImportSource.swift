import CLibXML2
import Foundation
import ZIPFoundation

/// The paragraphs of a letter to import: lines of a text file, or the paragraphs of a .docx
/// read with libxml2 (text in order, layout ignored).
public struct ImportSource: Sendable {
    public var name: String
    public var paragraphs: [String]

    public static func read(_ path: String) throws -> ImportSource {
        let name = path == "-" ? "<stdin>" : path
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile()
            : try Data(contentsOf: URL(fileURLWithPath: path))
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ImportSource(name: name, paragraphs: try docxParagraphs(data))
        }
        switch TextDecoding.decode(data, file: name) {
        case .success(let (text, _)): return ImportSource(name: name, paragraphs: text.components(separatedBy: "\n"))
        case .failure(let diagnostic): throw diagnostic
        }
    }

    /// Paragraph texts of word/document.xml, in order (w:t, w:tab as a space, w:br as a break).
    static func docxParagraphs(_ data: Data) throws -> [String] {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive["word/document.xml"] else { throw CocoaError(.fileReadCorruptFile) }
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        guard let document = xml.withUnsafeBytes({ raw -> xmlDocPtr? in
            xmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), "document.xml", "UTF-8",
                          Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue))
        }) else { throw CocoaError(.fileReadCorruptFile) }
        defer { xmlFreeDoc(document) }
        var paragraphs: [String] = []
        func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }
        func walk(_ node: xmlNodePtr?, into text: inout String) {
            var current = node
            while let element = current {
                if element.pointee.type == XML_ELEMENT_NODE {
                    switch name(element) {
                    case "p":
                        var paragraph = ""
                        walk(element.pointee.children, into: &paragraph)
                        paragraphs.append(paragraph)
                    case "tr":
                        // A table row is one line: its cells' text apart by full-width spaces.
                        let before = paragraphs.count
                        walk(element.pointee.children, into: &text)
                        let cells = paragraphs[before...]
                        paragraphs.removeSubrange(before...)
                        paragraphs.append(cells.joined(separator: "\u{3000}\u{3000}"))
                    case "t":
                        if let content = xmlNodeGetContent(element) {
                            text += String(cString: content)
                            xmlFree(content)
                        }
                    case "tab": text += "\u{3000}"
                    case "br", "cr": paragraphs.append(text); text = ""
                    default: walk(element.pointee.children, into: &text)
                    }
                }
                current = element.pointee.next
            }
        }
        var rest = ""
        walk(xmlDocGetRootElement(document), into: &rest)
        return paragraphs
    }
}
