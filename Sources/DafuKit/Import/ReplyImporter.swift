import Foundation

/// `dafu import`: recognises the parts of an existing reply (plain text or .docx paragraphs)
/// and writes them as reply data plus the layout choices that render it back. Anything it
/// cannot classify stays as a paragraph where it was, and is reported as a W2xx notice.
package enum ReplyImporter {
    /// The result: YAML in the input format, and notices (with line numbers) of what was unsure.
    package struct Result: Sendable {
        package var yaml: String
        package var notices: [Diagnostic]
        /// The letter itself: the source without the lines dropped as web-page leftovers
        /// (what `--check` compares the rendering with).
        package var letter: String
    }

    /// Imports the paragraphs of a letter (one per element; text files give one per line).
    package static func importParagraphs(_ paragraphs: [String], file: String) -> Result {
        var recognizer = Recognizer(lines: Preprocess.lines(paragraphs), file: file)
        let reply = recognizer.recognize()
        let letter = paragraphs.enumerated().filter { !recognizer.leftoverLines.contains($0.offset + 1) }.map(\.element)
        return Result(yaml: ImportWriter.yaml(reply), notices: recognizer.notices, letter: letter.joined(separator: "\n"))
    }

    /// Imports a plain-text letter.
    package static func importText(_ text: String, file: String) -> Result {
        importParagraphs(text.components(separatedBy: "\n"), file: file)
    }
}

/// One line of the source: its text without surrounding white space, its line number, and how
/// far it was pushed right (a signature or date is).
struct SourceLine {
    var text: String
    var number: Int
    var indent: Int
    /// Whether a blank line stood before it (a paragraph boundary, never joined across).
    var afterBlank = false
}

/// Cleans scraped text into paragraphs: trims, splits paragraphs collapsed onto one line,
/// joins paragraphs broken mid-sentence.
enum Preprocess {
    static func lines(_ raw: [String]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var blank = false
        for (index, line) in raw.enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }.reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
            var text = TextFolding.trimmed(TextFolding.halfWidthAlphanumerics(line.replacingOccurrences(of: "\r", with: "")))
            // Table-cell leftovers of scraped pages: a trailing |.
            while text.hasSuffix("|") { text = TextFolding.trimmed(String(text.dropLast())) }
            guard !text.isEmpty else {
                blank = true
                continue
            }
            // Paragraphs collapsed onto one line, separated by spaces after a full stop or colon.
            for piece in splitCollapsed(text) {
                lines.append(SourceLine(text: piece, number: index + 1, indent: indent, afterBlank: blank))
                blank = false
            }
        }
        return joinBroken(lines)
    }

    /// "……成效。 会议指出，……" → two paragraphs.
    static func splitCollapsed(_ text: String) -> [String] {
        guard text.contains(" ") else { return [text] }
        var pieces: [String] = []
        var current = ""
        var chars = Array(text)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == " ", let last = current.last, "。：:；！？".contains(last) {
                var next = index
                while next < chars.count, chars[next] == " " { next += 1 }
                if next < chars.count, !chars[next].isASCII || chars[next].isNumber {
                    pieces.append(current)
                    current = ""
                    index = next
                    continue
                }
            }
            current.append(char)
            index += 1
        }
        if !current.isEmpty { pieces.append(current) }
        chars = []
        // "某某委员会 2023年11月3日": the issuer and the date on one line.
        if let last = pieces.last, let space = last.lastIndex(of: " "),
           Recognizer.isDate(String(last[last.index(after: space)...])), last[..<space].count <= 30,
           !last[..<space].contains(where: { "，。,".contains($0) }) {
            pieces.removeLast()
            pieces += [TextFolding.trimmed(String(last[..<space])), String(last[last.index(after: space)...])]
        }
        return pieces.map { TextFolding.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// A long line that does not end a sentence continues on the next line (text pasted from
    /// a page with hard line breaks), unless the next line starts a new block.
    static func joinBroken(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        // What is known of the last line as it grows, so that each join looks at the new piece
        // only (re-reading the whole growing line made long pasted letters quadratic).
        var last = JoinState()
        for line in lines {
            if !out.isEmpty, !line.afterBlank, last.count >= 24, !endsBlock(out[out.count - 1].text), !Labels.startsBlock(line.text),
               line.indent < 12, !last.hasSigner, !last.isDocumentNumber, !last.isTableRow, !isTableRow(line.text),
               !last.isLeftover, !Recognizer.isLeftover(line.text) {
                last.append(line.text, to: out[out.count - 1].text)
                out[out.count - 1].text += line.text
            } else {
                out.append(line)
                last = JoinState(line.text)
            }
        }
        return out
    }

    /// The properties of a line that decide whether the next line may join it, kept up to date
    /// as pieces are appended.
    private struct JoinState {
        var count = 0
        var hasSigner = false
        var isDocumentNumber = false
        var isTableRow = false
        var isLeftover = false

        init() {}

        init(_ text: String) {
            count = text.count
            hasSigner = text.contains("签发人")
            isDocumentNumber = Recognizer.docNumber(text) != nil
            isTableRow = Preprocess.isTableRow(text)
            isLeftover = Recognizer.isLeftover(text)
        }

        /// `piece` joined to `text`: the piece itself and the few characters around the seam.
        mutating func append(_ piece: String, to text: String) {
            count += piece.count
            let seam = String(text.suffix(8)) + String(piece.prefix(8))
            hasSigner = hasSigner || piece.contains("签发人") || seam.contains("签发人")
            // A document number is short: once joined past 50 characters it is no longer one.
            isDocumentNumber = count < 50 && Recognizer.docNumber(text + piece) != nil
            isTableRow = isTableRow || Preprocess.isTableRow(piece) || Preprocess.isTableRow(seam)
            isLeftover = isLeftover || Recognizer.isLeftover(piece) || Recognizer.isLeftover(seam)
        }
    }

    /// Cells separated by runs of full-width spaces: a row of a table, never joined.
    static func isTableRow(_ text: String) -> Bool { text.contains("\u{3000}\u{3000}") }

    static func endsBlock(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return "。！？：；”）…:;!?".contains(last) || text.hasSuffix("答复") || text.hasSuffix("意见")
    }
}
