import CSV
import Foundation

/// The formats `dafu report` writes.
package enum ReportFormat: String, CaseIterable, Sendable {
    case text, csv, xlsx, docx

    /// The format a file name asks for by its extension.
    package init?(fileName: String) {
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        self.init(rawValue: fileExtension == "txt" ? "text" : fileExtension)
    }
}

extension ReplyReport {
    /// The report in `format`.
    package func data(_ format: ReportFormat) throws -> Data {
        switch format {
        case .text: return Data(text.utf8)
        case .csv: return try csv()
        case .xlsx: return try xlsx()
        case .docx: return try docx()
        }
    }

    /// For a terminal: the title, the table in aligned columns, the totals.
    package var text: String {
        ([title, ""] + PlainTextRenderer().table(table) + [""] + totals.sentences).joined(separator: "\n") + "\n"
    }

    /// The totals as rows: a group's name, then each figure (合计 first).
    var totalRows: [[String]] {
        [["合计", "", String(totals.count)]] + totals.groups.flatMap { group in group.counts.map { [group.name, $0.label, String($0.count)] } }
    }

    /// CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as the
    /// ANSI code page), CRLF, the table, a blank row and the totals. A cell starting with
    /// = + - @ gets a leading ' so a spreadsheet never runs a title as a formula.
    func csv() throws -> Data {
        let writer = try CSVWriter(stream: OutputStream.toMemory(), newline: .crlf)
        for row in table + [[""], ["统计", "项目", "件数"]] + totalRows {
            try writer.write(row: row.map { "=+-@".contains($0.first ?? " ") ? "'" + $0 : $0 })
        }
        writer.stream.close()
        let body = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }

    /// A workbook: the table on one sheet (header frozen and printed on every page), the
    /// totals on a second; counts are numbers, so they add up in the office program.
    func xlsx() throws -> Data {
        let rows = table.map { $0.map(WorkbookWriter.Cell.text) }
        let totals = [[WorkbookWriter.Cell.text("统计"), .text("项目"), .text("件数")]]
            + totalRows.map { [.text($0[0]), .text($0[1]), .number(Int($0[2]) ?? 0)] }
        return try WorkbookWriter.xlsx([
            .init(name: "办理情况", rows: rows, headerRows: 1, columnWidths: [10, 48, 16, 9, 11, 9, 15, 12, 30]),
            .init(name: "统计", rows: totals, headerRows: 1, columnWidths: [12, 14, 8]),
        ], title: title)
    }
}
