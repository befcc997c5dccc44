import CSV
import Foundation

/// A CSV assignment list read into a `Sheet` with CSV.swift: UTF-8 with or without a BOM, or
/// GB18030/GBK as Excel saves "CSV" on Chinese Windows (TextDecoding transcodes it; that is the
/// normal case, so no warning). Excel's "Unicode text" (UTF-16, tab-separated) reads too: the
/// delimiter is a tab when the first line has tabs and no commas. Row N is the Nth record, as
/// the office program numbers it when it opens the file.
package enum CSVSheet {
    /// The one sheet of `data`, named `file` in diagnostics.
    package static func read(_ data: Data, file: String) throws(Diagnostic) -> Sheet {
        let text: String
        switch TextDecoding.decode(data, file: file) {
        case .success(let (decoded, _)): text = decoded
        case .failure(let diagnostic): throw diagnostic
        }
        let firstLine = text.prefix { $0 != "\n" }
        let delimiter: UnicodeScalar = firstLine.contains("\t") && !firstLine.contains(",") ? "\t" : ","
        // A field opened with a quote that never closes swallows the rest of the file into one
        // cell: said where it opened, instead of the rows after it going missing.
        if let open = unclosedQuote(text, delimiter: UInt8(delimiter.value)) {
            throw Diagnostic.unclosedQuote(cell: SourceLocation.cellName(row: open.record, column: open.field), lines: open.linesAfter,
                                           at: SourceLocation(file: file, line: open.line, column: open.column))
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter) } catch {
            throw Diagnostic.unreadable(file, cause: "不是 CSV 文件")
        }
        var rows: [[String]] = []
        while let record = reader.next() {
            var cells = Array(record.prefix(Limits.sheetColumns))
            while cells.last?.isEmpty == true { cells.removeLast() }
            if rows.count >= Limits.sheetRows {
                // Empty rows past the limit are dropped, not kept: a file of blank lines must
                // not grow the sheet without bound.
                guard cells.isEmpty else { throw Diagnostic.unreadable(file, cause: "第\(rows.count + 1)行有数据，超过 \(Limits.sheetRows) 行") }
                continue
            }
            rows.append(cells)
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return Sheet(file: file, name: nil, rows: rows)
    }

    /// Where a quoted field opens that is still open at the end of `text` (RFC 4180: a quote
    /// opens a field only at its start; `""` inside is a quote): its record and field (as the
    /// office program numbers rows and columns), its line and column in the text, and how many
    /// more lines it swallowed. Nil when every quote closes.
    static func unclosedQuote(_ text: String, delimiter: UInt8) -> (record: Int, field: Int, line: Int, column: Int, linesAfter: Int)? {
        var record = 1, field = 1, line = 1, column = 0, fieldStart = true, quoted = false
        var open = (record: 0, field: 0, line: 0, column: 0)
        var bytes = text.utf8.makeIterator(), pending: UInt8? = nil
        while let byte = pending ?? bytes.next() {
            pending = nil
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == 0x0A { line += 1; column = 0 }
            if quoted {
                if byte == 0x22 {
                    pending = bytes.next()
                    if pending == 0x22 { pending = nil; column += 1 } else { quoted = false }
                }
                continue
            }
            switch byte {
            case 0x22 where fieldStart: quoted = true; open = (record, field, line, column)
            case delimiter: field += 1; fieldStart = true; continue
            case 0x0A: record += 1; field = 1; fieldStart = true; continue
            case 0x0D: continue
            default: break
            }
            fieldStart = false
        }
        let lastLine = text.utf8.last == 0x0A ? line - 1 : line
        return quoted ? (open.record, open.field, open.line, open.column, lastLine - open.line) : nil
    }
}
