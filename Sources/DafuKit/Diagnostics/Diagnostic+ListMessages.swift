/// The messages about assignment lists (交办清单) read by `dafu intake` (E070–E078, W077): what
/// the person who received the list from the 人大/政协 office reads.
extension Diagnostic {
    static func unsafeWorkbook(_ file: String, cause: String) -> Diagnostic {
        Diagnostic(.unsafeWorkbook, "无法读取 Excel 文件“\(file)”：\(cause)", help: "用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx，或另存为 CSV 后读取")
    }

    static func sheetNotFound(_ name: String, file: String, suggestion: String?, sheets: [String]) -> Diagnostic {
        Diagnostic(.sheetNotFound, "“\(file)”中没有名为“\(name)”的工作表",
                   help: didYouMean(suggestion, otherwise: "工作表：\(sheets.joined(separator: "、"))"))
    }

    static func noHeaderRow(at location: SourceLocation, rows: Int, accepted: String, otherSheets: [String]) -> Diagnostic {
        let sheets = otherSheets.isEmpty ? "" : "工作簿中还有工作表“\(otherSheets.joined(separator: "”“"))”，可用 --sheet 指定；"
        return Diagnostic(.noHeaderRow, "找不到表头行：前\(rows)行中没有同时含编号列和标题列的一行", at: location,
                          help: sheets + "表头可用的列名：\(accepted)")
    }

    static func emptyListNumber(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.emptyListNumber, "编号为空", at: location, help: "每件建议、提案都要有编号；答复文件按编号命名")
    }

    static func duplicateListNumber(_ number: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateListNumber, "编号“\(number)”重复（与 \(SourceLocation.cellName(row: first.line, column: first.column)) 相同），本行未生成",
                   at: location)
    }

    static func listRowWithoutTitle(_ number: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.listRowWithoutTitle, "第\(number)号的标题为空，本行未生成", at: location)
    }

    static func unknownListKind(_ written: String?, at location: SourceLocation) -> Diagnostic {
        let what = written.map { "类型“\($0)”既不是建议也不是提案" } ?? "无法确定是建议还是提案"
        return Diagnostic(.unknownListKind, "\(what)，本行未生成", at: location,
                          help: "在类型列写“建议”或“提案”，或用 --kind suggestion-reply / proposal-reply 指定")
    }

    static func unclosedQuote(cell: String, lines: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unclosedQuote, "\(cell) 格以英文双引号开头，却没有闭合：其后 \(lines) 行都被读进了这一格，未生成任何骨架", at: location,
                   help: "在 Excel、WPS 中打开核对这一格；引号属于文字时，删掉开头的引号，或把格中的每个引号写成两个（\"\"）")
    }

    static func existingReply(_ path: String) -> Diagnostic {
        Diagnostic(.existingReply, "“\(path)”已存在，未覆盖", help: "已有的答复不会被覆盖；确需重新生成时加 --force")
    }
}
