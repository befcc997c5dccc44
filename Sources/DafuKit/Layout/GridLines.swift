/// Breaks text into the lines of the GB/T 9704 grid: a Chinese character takes one cell, an
/// Arabic digit or Latin letter half; no line starts with closing punctuation (it hangs at the
/// end of the line before, as Word and LibreOffice compress it) and none ends with an opening
/// bracket; a run of digits or Latin letters is not split when it fits on a line of its own.
/// Used for the desk's page preview, where the browser cannot paginate.
enum GridLines {
    /// One character with its style, and the cells it takes.
    struct Cell: Equatable {
        var character: Character
        var style: Run.Style
        var width: Double
    }

    /// The cells of `runs`.
    static func cells(_ runs: [Run]) -> [Cell] {
        runs.flatMap { run in run.text.map { Cell(character: $0, style: run.style, width: SignaturePlacement.width(String($0))) } }
    }

    /// `cells` broken into lines of at most `width` cells, the first line `firstIndent` cells
    /// in and the others `indent` in; each line as (indent, cells).
    static func lines(_ cells: [Cell], width: Double, firstIndent: Double, indent: Double) -> [(indent: Double, cells: [Cell])] {
        var out: [(Double, [Cell])] = []
        var start = 0
        while start < cells.count {
            let lineIndent = out.isEmpty ? firstIndent : indent
            var end = start, used = lineIndent
            while end < cells.count, used + cells[end].width <= width + 0.001 { used += cells[end].width; end += 1 }
            if end < cells.count { end = breakPoint(cells, start: start, end: end) }
            out.append((lineIndent, Array(cells[start..<end])))
            start = end
        }
        return out
    }

    /// Where a line that would end before `end` really ends.
    private static func breakPoint(_ cells: [Cell], start: Int, end: Int) -> Int {
        var end = max(end, start + 1)
        // Closing punctuation hangs on this line (compressed), up to two marks: “。”.
        var hung = 0
        while end < cells.count, noLineStart.contains(cells[end].character), hung < 2 { end += 1; hung += 1 }
        if hung > 0 { return end }
        // An opening bracket moves down with what it opens.
        while end - 1 > start, noLineEnd.contains(cells[end - 1].character) { end -= 1 }
        // Digits and Latin letters stay together when the run fits on a line.
        if isWordCharacter(cells[end - 1].character), end < cells.count, isWordCharacter(cells[end].character) {
            var wordStart = end - 1
            while wordStart > start, isWordCharacter(cells[wordStart - 1].character) { wordStart -= 1 }
            if wordStart > start { return wordStart }
        }
        return end
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "%")
    }

    /// What no line starts with, and what no line ends with (GB/T 15834's 避头尾), for body
    /// lines and titles alike.
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "’", "〕", "】", "…", "—", ",", ".", ";", ":", "?", "!", ")"]
    static let noLineEnd: Set<Character> = ["（", "《", "“", "‘", "〔", "【", "("]
}
