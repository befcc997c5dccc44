import CLibXML2
import Foundation

/// A thin wrapper over libxml2's text writer, shared by the DOCX and HTML renderers: escaping
/// and well-formedness come from the library, never from string concatenation. Output has no
/// XML declaration; packagers add one where the format wants it.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init(indent: Bool = true) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        // Declaring UTF-8 keeps non-ASCII text and attributes as characters rather than
        // character references; finish() drops the declaration again.
        _ = "UTF-8".withCString { xmlTextWriterStartDocument(writer, nil, $0, nil) }
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = " ".withCString { xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private static func with<T>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Opens an element.
    func start(_ name: String) {
        Self.with(name) { _ = xmlTextWriterStartElement(writer, $0) }
    }

    /// Closes the innermost open element (an empty one as `<x/>`).
    func end() {
        xmlTextWriterEndElement(writer)
    }

    /// Closes the innermost open element with an end tag even when it is empty (HTML, where
    /// `<p/>` would not close a paragraph).
    func endFull() {
        xmlTextWriterFullEndElement(writer)
    }

    func attribute(_ name: String, _ value: String) {
        Self.with(name) { name in Self.with(value) { _ = xmlTextWriterWriteAttribute(writer, name, $0) } }
    }

    /// Character data, escaped by libxml2. Characters XML 1.0 forbids are left out (input
    /// loading already dropped them with a located warning; this keeps every part well-formed).
    func text(_ text: String) {
        let clean = XMLCharacters.holdsForbidden(text)
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { !XMLCharacters.isForbidden($0) })) : text
        Self.with(clean) { _ = xmlTextWriterWriteString(writer, $0) }
    }

    /// Already well-formed XML from another writer (a part embedded in Flat-OPC).
    func raw(_ xml: String) {
        Self.with(xml) { _ = xmlTextWriterWriteRaw(writer, $0) }
    }

    /// A processing instruction, e.g. `<?mso-application progid="Word.Document"?>`.
    func processingInstruction(_ target: String, _ content: String) {
        Self.with(target) { target in Self.with(content) { _ = xmlTextWriterWritePI(writer, target, $0) } }
    }

    /// An element with attributes and no content.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// An element with attributes around `body`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () -> Void) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        body()
        end()
    }

    /// Closes everything and returns the XML text.
    func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        var xml = String(cString: content)
        if xml.hasPrefix("<?xml"), let end = xml.firstIndex(of: "\n") { xml = String(xml[xml.index(after: end)...]) }
        while xml.hasSuffix("\n") { xml.removeLast() }
        return xml
    }
}

/// Checks XML with libxml2's parser.
package enum XMLCheck {
    /// Whether `xml` is well-formed; the parser's message when it is not.
    package static func wellFormedError(_ xml: Data) -> String? {
        let document = xml.withUnsafeBytes { bytes -> xmlDocPtr? in
            guard let base = bytes.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), "part.xml", "UTF-8",
                                 Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        guard let document else {
            if let error = xmlGetLastError(), let message = error.pointee.message {
                return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return "not well-formed"
        }
        xmlFreeDoc(document)
        return nil
    }
}
