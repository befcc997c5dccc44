import CLibXML2
import Foundation
import ZIPFoundation

/// The paragraphs of a .docx, read as hostile input: the zip's entry count and the inflated
/// size of word/document.xml are capped (a zip bomb stops inflating at the cap), and the XML is
/// read as a stream with libxml2's safe options — no entity substitution, no DTD loading, no
/// network, no XML_PARSE_HUGE — so a document type declaration is refused outright (Word never
/// writes one) and nothing recurses over the input's depth.
enum DocxText {
    /// Paragraph texts of word/document.xml, in order: w:t text, w:tab as a full-width space,
    /// w:br as a paragraph break, and each table row as one line of cells two full-width spaces
    /// apart.
    static func paragraphs(_ data: Data, file: String) throws(Diagnostic) -> [String] {
        let xml = try documentPart(data, file: file)
        // Word never writes a document type declaration; one can only be an attack (entity
        // expansion), so it is refused before the parser reads its declarations.
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw damaged(file, "word/document.xml 含有文档类型声明（DTD）；Word 不会写入 DTD")
        }
        var stream = Stream(file: file)
        return try stream.read(xml)
    }

    static func damaged(_ file: String, _ cause: String) -> Diagnostic {
        .unsafeDocx(file, cause: cause)
    }

    /// word/document.xml, inflated no further than the cap.
    private static func documentPart(_ data: Data, file: String) throws(Diagnostic) -> Data {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw damaged(file, "不是有效的 zip 文件") }
        var entry: Entry?
        var count = 0
        for candidate in archive {
            count += 1
            guard count <= Limits.docxEntries else { throw damaged(file, "包内文件超过 \(Limits.docxEntries) 个") }
            if candidate.path == "word/document.xml" { entry = candidate }
        }
        guard let entry else { throw damaged(file, "缺少 word/document.xml") }
        let cap = Limits.docxPartBytes
        let tooLarge = damaged(file, "word/document.xml 解压后超过 \(FileInput.megabytes(cap))")
        // The declared size can lie: it is checked first, and inflating stops at the cap anyway.
        guard entry.uncompressedSize <= UInt64(cap) else { throw tooLarge }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                guard xml.count + chunk.count <= cap else { throw CocoaError(.fileReadTooLarge) }
                xml.append(chunk)
            }
        } catch let error as CocoaError where error.code == .fileReadTooLarge {
            throw tooLarge
        } catch {
            throw damaged(file, "word/document.xml 解压失败")
        }
        return xml
    }

    /// The reading state: open paragraphs (a text box nests one inside another) and open rows.
    private struct Stream {
        let file: String
        var paragraphs: [String] = []
        var open: [String] = []
        var rows: [Int] = []
        var inText = 0

        init(file: String) { self.file = file }

        mutating func read(_ xml: Data) throws(Diagnostic) -> [String] {
            // libxml2 reads the buffer in place while the reader lives: a copy it can keep.
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, xml.count), alignment: 1)
            defer { buffer.deallocate() }
            xml.copyBytes(to: buffer)
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            guard let reader = xmlReaderForMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(xml.count),
                                                  "document.xml", "UTF-8", options) else {
                throw DocxText.damaged(file, "word/document.xml 无法解析")
            }
            defer { xmlFreeTextReader(reader) }
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { break }
                guard status == 1 else { throw DocxText.damaged(file, "word/document.xml 不是格式正确的 XML（\(Self.lastError())）") }
                try visit(reader)
            }
            return paragraphs
        }

        private static func lastError() -> String {
            guard let error = xmlGetLastError(), let message = error.pointee.message else { return "未知错误" }
            return "第\(error.pointee.line)行：" + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        private mutating func visit(_ reader: xmlTextReaderPtr) throws(Diagnostic) {
            let type = xmlTextReaderNodeType(reader)
            guard Int(xmlTextReaderDepth(reader)) <= Limits.xmlDepth else {
                throw DocxText.damaged(file, "XML 嵌套超过 \(Limits.xmlDepth) 层")
            }
            switch xmlReaderTypes(UInt32(type)) {
            case XML_READER_TYPE_DOCUMENT_TYPE:
                throw DocxText.damaged(file, "word/document.xml 含有文档类型声明（DTD）；Word 不会写入 DTD")
            case XML_READER_TYPE_ELEMENT:
                start(Self.localName(reader), empty: xmlTextReaderIsEmptyElement(reader) == 1)
            case XML_READER_TYPE_END_ELEMENT:
                end(Self.localName(reader))
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_SIGNIFICANT_WHITESPACE, XML_READER_TYPE_CDATA:
                if inText > 0, let value = xmlTextReaderConstValue(reader) { append(String(cString: value)) }
            default:
                break
            }
        }

        private static func localName(_ reader: xmlTextReaderPtr) -> String {
            xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        }

        private mutating func append(_ text: String) {
            if open.isEmpty { open.append("") }
            open[open.count - 1] += text
        }

        private mutating func start(_ name: String, empty: Bool) {
            switch name {
            case "p":
                if empty { paragraphs.append("") } else { open.append("") }
            case "tr":
                if !empty { rows.append(paragraphs.count) }
            case "t":
                if !empty { inText += 1 }
            case "tab":
                append("\u{3000}")
            case "br", "cr":
                paragraphs.append(open.popLast() ?? "")
                open.append("")
            default:
                break
            }
        }

        private mutating func end(_ name: String) {
            switch name {
            case "p":
                paragraphs.append(open.popLast() ?? "")
            case "tr":
                // A table row is one line: its cells' text apart by two full-width spaces.
                guard let first = rows.popLast(), first <= paragraphs.count else { return }
                let cells = paragraphs[first...].joined(separator: "\u{3000}\u{3000}")
                paragraphs.removeSubrange(first...)
                paragraphs.append(cells)
            case "t":
                inText = max(0, inText - 1)
            default:
                break
            }
        }
    }
}
