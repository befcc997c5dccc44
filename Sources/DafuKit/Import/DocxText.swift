import Foundation

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
        let damaged = { (cause: String) in Self.damaged(file, cause) }
        let xml = try SafeArchive(data, damaged: damaged).requiredPart("word/document.xml")
        var stream = Stream()
        try XMLStream.read(xml, part: "word/document.xml", damaged: damaged) { event, _ in stream.visit(event) }
        return stream.paragraphs
    }

    static func damaged(_ file: String, _ cause: String) -> Diagnostic {
        .unsafeDocx(file, cause: cause)
    }

    /// The reading state: open paragraphs (a text box nests one inside another) and open rows.
    private struct Stream {
        var paragraphs: [String] = []
        var open: [String] = []
        var rows: [Int] = []
        var inText = 0

        mutating func visit(_ event: XMLStream.Event) {
            switch event {
            case .start(let name, let empty): start(name, empty: empty)
            case .end(let name): end(name)
            case .text(let text): if inText > 0 { append(text) }
            }
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
