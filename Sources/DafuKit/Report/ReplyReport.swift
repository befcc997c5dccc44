/// The 办理情况汇总表 of a folder of replies: one row per reply, sorted by number, and the
/// totals a 办理工作总结 cites. Every renderer (text, CSV, XLSX, DOCX) writes these cells.
package struct ReplyReport: Sendable {
    /// The table's title, e.g. 市十四届人大三次会议建议办理情况汇总表.
    package var title: String
    /// The rows, by number (numerically where numbers are digits), then by file.
    package var rows: [ReportRow]

    /// The columns every format writes (DOCX leaves out 文件).
    package static let columns = ["编号", "标题", "提出人", "办理结果", "公开属性", "签发人", "成文日期", "状态", "文件"]

    /// Reads every reply file under `inputs` (folders recursively, as `dafu batch` finds
    /// them); `loaded` sees each file as loaded, for printing its diagnostics.
    package static func read(_ inputs: [String], pipeline: Pipeline, title: String? = nil,
                             loaded: (LoadedFile) -> Void = { _ in }) -> (report: ReplyReport, notices: [Diagnostic]) {
        let found = InputDiscovery.find(inputs)
        var rows: [ReportRow] = []
        // A missing input is read too: the loader's E002 makes it a row of its own.
        for file in found.files + found.missing {
            let (fileRows, file) = ReportReader.rows(of: file, pipeline: pipeline)
            loaded(file)
            rows += fileRows
        }
        rows.sort { a, b in
            if a.number.isEmpty != b.number.isEmpty { return !a.number.isEmpty }
            if a.number != b.number { return NaturalOrder.less(a.number, b.number) }
            return a.file < b.file
        }
        return (ReplyReport(title: title ?? defaultTitle(rows), rows: rows), found.notices)
    }

    /// 〈session〉〈建议、提案〉办理情况汇总表: the session when every reply that names one names the same, the
    /// kinds the replies are.
    static func defaultTitle(_ rows: [ReportRow]) -> String {
        let sessions = Set(rows.map(\.session).filter { !$0.isEmpty })
        let session = sessions.count == 1 ? sessions.first ?? "" : ""
        let kinds = ReportTotals.kinds.filter { kind in rows.contains { $0.kind == kind } }
        let words = kinds.isEmpty ? "建议、提案" : kinds.map(ReportTotals.word).joined(separator: "、")
        return "\(session)\(words)办理情况汇总表"
    }

    /// A row's cells, in the order of `columns`.
    package static func cells(_ row: ReportRow) -> [String] {
        [row.number, row.title, row.proposers, row.resultClass.isEmpty ? "" : row.resultClass + "类", row.disclosure, row.signer,
         row.date, row.state.label, row.file]
    }

    /// The header and every row, as cells.
    package var table: [[String]] { [Self.columns] + rows.map(Self.cells) }

    /// The totals.
    package var totals: ReportTotals { ReportTotals(rows) }
}
