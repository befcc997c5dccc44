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
}
