/// What a column of an assignment list holds, known by its header's Chinese name.
enum ListColumn: CaseIterable, Sendable {
    case number, title, proposers, coSigners, consulted, leadUnit, session, deadline, kind

    /// The header names, after `ListHeader.normalized`: the common ones offices use.
    var names: [String] {
        switch self {
        case .number: return ["编号", "案号", "建议号", "提案号", "建议编号", "提案编号", "议案号"]
        case .title: return ["标题", "案由", "题目", "案题", "建议标题", "提案标题", "建议题目", "提案题目", "建议名称", "提案名称"]
        case .proposers: return ["领衔人", "提出人", "代表", "委员", "领衔代表", "领衔委员", "提案人", "建议人", "第一提出人",
                                 "代表姓名", "委员姓名", "提出者"]
        case .coSigners: return ["附议人", "附议代表", "附议委员", "联名人", "联名代表", "联名委员", "附议"]
        case .consulted: return ["会办单位", "协办单位", "会办", "协办", "会办部门", "协办部门", "配合单位"]
        case .leadUnit: return ["主办单位", "承办单位", "主办", "主办部门", "承办部门"]
        case .session: return ["届次", "会议", "届次会议", "会次"]
        case .deadline: return ["办理时限", "时限", "办结时限", "答复时限", "办理期限", "答复期限"]
        case .kind: return ["类型", "类别", "种类", "文种"]
        }
    }

    /// Endings that name the column too (大会编号, 提案案由), for the number and the title.
    var endings: [String] {
        switch self {
        case .number: return ["编号", "案号"]
        case .title: return ["标题", "案由", "题目"]
        default: return []
        }
    }

    /// The column a header names, if any.
    static func named(_ header: String) -> ListColumn? {
        let name = ListHeader.normalized(header)
        guard !name.isEmpty else { return nil }
        return allCases.first { $0.names.contains(name) } ?? allCases.first { column in column.endings.contains { name.hasSuffix($0) } }
    }

    /// Every accepted name, for the help of E072.
    static var acceptedNames: String {
        [ListColumn.number, .title, .proposers, .coSigners, .consulted, .leadUnit, .session, .deadline, .kind]
            .map { $0.names.prefix(4).joined(separator: "/") }.joined(separator: "；")
    }
}

/// The header of an assignment list: the first row among the top `Limits.headerSearchRows`
/// that names both a number and a title column, with the row under it when that row belongs
/// to the header too (a two-row header: 代表 merged over 领衔人 and 附议人). Title rows above it
/// are kept as words, which may say whether the list holds 建议 or 提案 and of which session.
struct ListHeader {
    /// The header's last row; items start under it.
    let lastRow: Int
    /// Each known column's number (leftmost wins).
    let columns: [ListColumn: Int]
    /// The text of the rows above the header and of the header, for inferring kind and session.
    let titleWords: [String]

    /// A header name with spaces, line breaks, `*` and a trailing note in parentheses removed.
    static func normalized(_ header: String) -> String {
        var name = String(header.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "*" && $0 != "：" && $0 != ":" })
        if let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }), name.last == "）" || name.last == ")", open != name.startIndex {
            name = String(name[..<open])
        }
        return name
    }

    static func find(in sheet: Sheet) -> ListHeader? {
        guard !sheet.rows.isEmpty else { return nil }
        for row in 1...max(1, min(Limits.headerSearchRows, sheet.rows.count)) {
            var columns = roles(sheet, row: row, over: [:])
            guard columns.values.contains(.number), columns.values.contains(.title) else { continue }
            var lastRow = row
            if belongsToHeader(sheet, row: row + 1) {
                columns = roles(sheet, row: row + 1, over: columns)
                lastRow = row + 1
            }
            var byColumn: [ListColumn: Int] = [:]
            for (column, role) in columns.sorted(by: { $0.key < $1.key }) where byColumn[role] == nil { byColumn[role] = column }
            let words = (1...lastRow).flatMap { sheet.rows[$0 - 1] }.filter { !$0.isEmpty }
            return ListHeader(lastRow: lastRow, columns: byColumn, titleWords: words)
        }
        return nil
    }

    /// The roles the cells of `row` name, over those of the row above (a cell that names one wins).
    private static func roles(_ sheet: Sheet, row: Int, over above: [Int: ListColumn]) -> [Int: ListColumn] {
        var roles = above
        for (index, cell) in sheet.rows[row - 1].enumerated() {
            if let role = ListColumn.named(cell) { roles[index + 1] = role }
        }
        return roles
    }

    /// Whether the row under a header row is part of it: every cell in it is the cell above
    /// (a vertical merge, filled) or a header name, and one at least is a header name.
    private static func belongsToHeader(_ sheet: Sheet, row: Int) -> Bool {
        guard row <= sheet.rows.count else { return false }
        var named = false
        for (index, cell) in sheet.rows[row - 1].enumerated() where !cell.isEmpty {
            if ListColumn.named(cell) != nil {
                named = named || cell != sheet.cell(row - 1, index + 1)
            } else if cell != sheet.cell(row - 1, index + 1) {
                return false
            }
        }
        return named
    }
}
