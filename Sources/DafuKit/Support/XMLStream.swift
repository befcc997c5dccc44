import CLibXML2
import Foundation

/// An XML part from outside, read as a stream of events with libxml2's text reader and safe
/// options: no entity substitution, no DTD loading, no network, no XML_PARSE_HUGE. A document
/// type declaration is refused outright (office programs never write one; it can only be an
/// attack), and elements nested deeper than `Limits.xmlDepth` stop the reading. Nothing
/// recurses over the input: callers keep their state in plain variables.
enum XMLStream {
    /// What the reader met.
    enum Event {
        /// An element opens (`empty`: it also closes, `<x/>`); its attributes are readable
        /// from the `Attributes` passed with the event.
        case start(String, empty: Bool)
        /// An element closes.
        case end(String)
        /// Character data (text, significant white space or CDATA).
        case text(String)
    }

    /// The attributes of the element being visited; valid only during the visit.
    struct Attributes {
        fileprivate let reader: xmlTextReaderPtr?

        /// The value of the attribute `name` (a qualified name, e.g. `r:id`), if present.
        subscript(name: String) -> String? {
            guard let reader else { return nil }
            // Moving to the attribute gives its value without a copy to free (xmlFree is a
            // global function pointer, which strict concurrency rightly refuses to read).
            let found = name.withCString { xmlTextReaderMoveToAttribute(reader, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
            guard found == 1 else { return nil }
            defer { xmlTextReaderMoveToElement(reader) }
            return xmlTextReaderConstValue(reader).map { String(cString: $0) }
        }
    }

    /// Reads `xml` (the part called `part` in messages), calling `visit` for every event;
    /// `damaged` words a failure for the caller's format.
    static func read(_ xml: Data, part: String, damaged: (String) -> Diagnostic,
                     visit: (Event, Attributes) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let refused = damaged("\(part) 含有文档类型声明（DTD）；办公软件不会写入 DTD")
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil { throw refused }
        // libxml2 reads the buffer in place while the reader lives: a copy it can keep.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, xml.count), alignment: 1)
        defer { buffer.deallocate() }
        xml.copyBytes(to: buffer)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(xml.count),
                                              part, "UTF-8", options) else {
            throw damaged("\(part) 无法解析")
        }
        defer { xmlFreeTextReader(reader) }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return }
            guard status == 1 else { throw damaged("\(part) 不是格式正确的 XML（\(lastError())）") }
            guard Int(xmlTextReaderDepth(reader)) <= Limits.xmlDepth else { throw damaged("XML 嵌套超过 \(Limits.xmlDepth) 层") }
            let attributes = Attributes(reader: reader)
            switch xmlReaderTypes(UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_DOCUMENT_TYPE:
                throw refused
            case XML_READER_TYPE_ELEMENT:
                try visit(.start(localName(reader), empty: xmlTextReaderIsEmptyElement(reader) == 1), attributes)
            case XML_READER_TYPE_END_ELEMENT:
                try visit(.end(localName(reader)), attributes)
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_SIGNIFICANT_WHITESPACE, XML_READER_TYPE_CDATA:
                if let value = xmlTextReaderConstValue(reader) { try visit(.text(String(cString: value)), attributes) }
            default:
                break
            }
        }
    }

    private static func localName(_ reader: xmlTextReaderPtr) -> String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    private static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "未知错误" }
        return "第\(error.pointee.line)行：" + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
