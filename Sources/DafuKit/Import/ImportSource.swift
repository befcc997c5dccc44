import Foundation

/// The paragraphs of a letter to import: lines of a text file, or the paragraphs of a .docx
/// (text in order, layout ignored). Both are read as hostile input, with size caps.
package struct ImportSource: Sendable {
    package var name: String
    package var paragraphs: [String]

    /// Reads `path` (`-` for standard input); failures are located diagnostics (E002, E004,
    /// E007, E008), never Foundation's text.
    package static func read(_ path: String) throws(Diagnostic) -> ImportSource {
        let name = path == "-" ? "<stdin>" : path
        return try read(data: try FileInput.read(path, limit: Limits.docxBytes), name: name)
    }

    /// Reads a letter held in memory (an upload), named `name` in messages.
    package static func read(data: Data, name: String) throws(Diagnostic) -> ImportSource {
        guard data.count <= Limits.docxBytes else { throw FileInput.tooLarge(name, size: data.count, limit: Limits.docxBytes) }
        let paragraphs: [String]
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            paragraphs = try DocxText.paragraphs(data, file: name)
        } else {
            guard data.count <= Limits.letterTextBytes else { throw FileInput.tooLarge(name, size: data.count, limit: Limits.letterTextBytes) }
            switch TextDecoding.decode(data, file: name) {
            case .success(let (text, _)): paragraphs = text.components(separatedBy: "\n")
            case .failure(let diagnostic): throw diagnostic
            }
        }
        // A letter with no text is refused (E003), not turned into a skeleton of stand-ins.
        guard paragraphs.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { throw .emptyLetter(name) }
        return ImportSource(name: name, paragraphs: paragraphs)
    }

    /// The paragraphs of a .docx held in memory.
    static func docxParagraphs(_ data: Data, file: String = "letter.docx") throws(Diagnostic) -> [String] {
        try DocxText.paragraphs(data, file: file)
    }
}
