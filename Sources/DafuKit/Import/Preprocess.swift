/// One line of the source: its text without surrounding white space, its line number, and how
/// far it was pushed right (a signature or date is).
struct SourceLine {
    var text: String
    var number: Int
    var indent: Int
    /// Whether a blank line stood before it (a paragraph boundary, never joined across).
    var afterBlank = false
}

/// Cleans pasted text into paragraphs: trims, splits paragraphs run together onto one line,
/// joins paragraphs broken mid-sentence.
enum Preprocess {
    static func lines(_ raw: [PageCopy.Line]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var blank = false
        for line in raw {
            let indent = line.text.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }.reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
            var text = TextFolding.trimmed(TextFolding.halfWidthAlphanumerics(line.text.replacingOccurrences(of: "\r", with: "")))
            // Table-cell leftovers of copied pages: a trailing |.
            while text.hasSuffix("|") { text = TextFolding.trimmed(String(text.dropLast())) }
            guard !text.isEmpty else {
                blank = true
                continue
            }
            for piece in RunTogether.split(text) {
                lines.append(SourceLine(text: piece, number: line.number, indent: indent, afterBlank: blank))
                blank = false
            }
        }
        return joinBroken(lines)
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
               line.indent < 12, !last.hasSigner, !last.isDocumentNumber, !last.isTableRow, !isTableRow(line.text) {
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

        init() {}

        init(_ text: String) {
            count = text.count
            hasSigner = text.contains("签发人")
            isDocumentNumber = HeaderText.docNumber(text) != nil
            isTableRow = Preprocess.isTableRow(text)
        }

        /// `piece` joined to `text`: the piece itself and the few characters around the seam.
        mutating func append(_ piece: String, to text: String) {
            count += piece.count
            let seam = String(text.suffix(8)) + String(piece.prefix(8))
            hasSigner = hasSigner || piece.contains("签发人") || seam.contains("签发人")
            // A document number is short: once joined past 50 characters it is no longer one.
            isDocumentNumber = count < 50 && HeaderText.docNumber(text + piece) != nil
            isTableRow = isTableRow || Preprocess.isTableRow(piece) || Preprocess.isTableRow(seam)
        }
    }

    /// Cells separated by runs of full-width spaces: a row of a table, never joined.
    static func isTableRow(_ text: String) -> Bool { text.contains("\u{3000}\u{3000}") }

    static func endsBlock(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return "。！？：；”）…:;!?)".contains(last) || TitleText.endsTitle(text)
    }
}

/// A letter run together onto one line, as a web page's text often is when copied: paragraphs
/// joined by a space (`现答复如下: 首先，…`), the issuer, date and contact note after the last
/// sentence (`再次感谢…！ 2025年9月8日 (联系人及电话:…)`), header items side by side
/// (`B类 南交提〔2024〕16号 签发人:邓伟明`). A space is a boundary when what comes before it ends a
/// sentence or is a whole header item, heading, title or issuer, or what follows starts a
/// block (a label, a date, a note, a salutation formula).
enum RunTogether {
    static func split(_ text: String) -> [String] {
        guard text.contains(" ") || text.contains("\u{3000}") else { return [text] }
        let chars = Array(text)
        let table = Preprocess.isTableRow(text)
        var pieces: [String] = []
        var current = ""
        var index = 0
        while index < chars.count {
            guard chars[index] == " " || chars[index] == "\u{3000}" else {
                current.append(chars[index])
                index += 1
                continue
            }
            var next = index
            while next < chars.count, chars[next] == " " || chars[next] == "\u{3000}" { next += 1 }
            let rest = String(chars[next...].prefix(40))
            if !current.isEmpty, next < chars.count, isBoundary(after: current, before: rest, table: table) {
                pieces.append(current)
                current = ""
            } else if next < chars.count {
                current += String(chars[index..<next])
            }
            index = next
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.map { TextFolding.trimmed($0) }.filter { !$0.isEmpty }
    }

    static func isBoundary(after before: String, before rest: String, table: Bool) -> Bool {
        let last = before.last!, first = rest.first!
        if last.isASCII && (last.isLetter || last.isNumber) && first.isASCII && (first.isLetter || first.isNumber) { return false }
        if HeaderText.isItem(before) { return true }
        if table { return false }
        if "。！？：:；;!?".contains(last) { return true }
        // A note in brackets: （联系人：…） 南屏省交通运输厅.
        if Recognizer.parenthesized(before) != nil { return true }
        if startsBlock(rest) { return true }
        if TitleText.endsTitle(before), before.count >= 8, !before.contains("。") { return true }
        // A heading: a label and a few words without a sentence end.
        if let label = LabelPatterns.heading(at: before), before.count > label.length + 1, before.count <= 40,
           !before.contains(where: { "。，；".contains($0) }) { return true }
        return false
    }

    /// Whether `text` starts a block of its own: a heading label, a date, a note in brackets,
    /// a closing formula, or a header item.
    static func startsBlock(_ text: String) -> Bool {
        if LabelPatterns.heading(at: text) != nil || text.hasPrefix("一是") { return true }
        if text.range(of: #"^[0-9]{4}年[0-9]{1,2}月([0-9]{1,2}日)?($|[ \u3000(（])"#, options: .regularExpression) != nil { return true }
        let starts = ["(联系", "（联系", "(此件", "（此件", "联系人", "联系电话", "联系单位", "此致", "敬礼", "特此", "附件", "抄送", "签发人",
                      "办理结果", "答复类别", "部门负责人", "承办人"]
        return starts.contains { text.hasPrefix($0) }
    }
}
