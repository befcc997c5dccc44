import Foundation

/// An assignment list (交办清单) read from a sheet: its header found wherever it is, then one
/// item per row. Blank rows are passed over; a row whose number cell continues a merge from
/// the row above adds its names to that item. A row that cannot become a reply (no number, no
/// title, a number twice, a kind neither 建议 nor 提案) is an error at its cell and is left out;
/// the others are read all the same.
package struct AssignmentList: Sendable {
    /// The items, in row order.
    package var assignments: [Assignment] = []
    /// Everything found wrong, in row order.
    package var diagnostics: [Diagnostic] = []

    /// Whether any diagnostic is an error.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The list on `sheet`; `kind` is used for rows whose kind the list does not give.
    package static func read(_ sheet: Sheet, kind: ReplyKind?) -> AssignmentList {
        var list = AssignmentList()
        guard let header = ListHeader.find(in: sheet) else {
            list.diagnostics.append(.noHeaderRow(at: sheet.location(row: 1, column: 1), rows: Limits.headerSearchRows,
                                                 accepted: ListColumn.acceptedNames, otherSheets: sheet.otherSheets))
            return list
        }
        var reader = RowReader(sheet: sheet, header: header, kind: kind)
        let continuations = reader.continuationRows()
        var claimed: [String: SourceLocation] = [:]
        for row in header.lastRow + 1...max(header.lastRow + 1, sheet.rows.count) where row <= sheet.rows.count {
            if continuations.contains(row), !list.assignments.isEmpty {
                reader.continue(&list.assignments[list.assignments.count - 1], from: row)
                continue
            }
            guard let item = reader.item(row) else { continue }
            if let first = claimed[item.fileName] {
                list.diagnostics.append(.duplicateListNumber(item.facts.number ?? "", first: first, at: item.location))
                continue
            }
            claimed[item.fileName] = item.location
            list.assignments.append(item)
        }
        list.diagnostics += reader.diagnostics
        list.diagnostics = Diagnostic.sortedByLocation(list.diagnostics)
        return list
    }
}

/// Reads the rows under a header into items.
private struct RowReader {
    let sheet: Sheet
    let header: ListHeader
    let kind: ReplyKind?
    /// The kind and session the title rows name, for rows that say neither.
    let listKind: ReplyKind?, listSession: String?
    var diagnostics: [Diagnostic] = []

    init(sheet: Sheet, header: ListHeader, kind: ReplyKind?) {
        self.sheet = sheet
        self.header = header
        self.kind = kind
        listKind = ListValues.kind(in: header.titleWords.joined(separator: " "))
        listSession = header.titleWords.lazy.compactMap(ListValues.session(in:)).first
    }

    func cell(_ row: Int, _ column: ListColumn) -> String {
        header.columns[column].map { sheet.cell(row, $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    }

    func location(_ row: Int, _ column: ListColumn) -> SourceLocation {
        sheet.location(row: row, column: header.columns[column] ?? 1)
    }

    /// The item of `row`, or nil for a blank row or one with an error (reported).
    mutating func item(_ row: Int) -> Assignment? {
        let number = ListValues.number(cell(row, .number)), title = ListValues.title(cell(row, .title))
        guard !number.isEmpty else {
            let cells = sheet.rows[row - 1].contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            // A row with a title but no number is an item without its number; a row of other
            // cells only (a note under the list) is not an item.
            if cells, !title.isEmpty { diagnostics.append(.emptyListNumber(at: location(row, .number))) }
            return nil
        }
        guard !title.isEmpty else {
            diagnostics.append(.listRowWithoutTitle(number, at: location(row, .title)))
            return nil
        }
        guard let kind = kind(of: row, title: title) else { return nil }
        var facts = SkeletonFacts()
        facts.number = number
        facts.title = title
        facts.session = cell(row, .session).isEmpty ? listSession : cell(row, .session)
        facts.proposers = ListValues.names(cell(row, .proposers))
        facts.consulted = ListValues.names(cell(row, .consulted))
        facts.issuer = ListValues.names(cell(row, .leadUnit)).first
        let coSigners = ListValues.names(cell(row, .coSigners)), deadline = cell(row, .deadline)
        if !coSigners.isEmpty { facts.comments.append("附议人：" + coSigners.joined(separator: "、")) }
        if !deadline.isEmpty { facts.comments.append("办理时限：" + deadline) }
        facts.comments.append("交办清单：" + location(row, .number).description)
        return Assignment(kind: kind, facts: facts, location: location(row, .number))
    }

    /// The row's kind: its 类型 cell, else `--kind`, else what the title rows say, else its
    /// title's ending (…的建议). Nil, reported, when none says.
    private mutating func kind(of row: Int, title: String) -> ReplyKind? {
        let written = cell(row, .kind)
        if !written.isEmpty {
            if let kind = ListValues.kind(in: written) { return kind }
            diagnostics.append(.unknownListKind(written, at: location(row, .kind)))
            return nil
        }
        if let kind = kind ?? listKind ?? (title.hasSuffix("建议") ? .suggestionReply : title.hasSuffix("提案") ? .proposalReply : nil) {
            return kind
        }
        diagnostics.append(.unknownListKind(nil, at: location(row, .number)))
        return nil
    }

    /// Rows whose number cell is covered by a merge that starts in a row above: the item goes
    /// on there. Marked with a running sum over the merges, linear in merges and rows.
    func continuationRows() -> Set<Int> {
        guard let column = header.columns[.number] else { return [] }
        var marks = [Int](repeating: 0, count: sheet.rows.count + 2)
        for range in sheet.merges where range.firstColumn <= column && column <= range.lastColumn && range.firstRow > header.lastRow {
            let last = min(range.lastRow, sheet.rows.count)
            guard range.firstRow < last else { continue }
            marks[range.firstRow + 1] += 1
            marks[last + 1] -= 1
        }
        var rows = Set<Int>(), running = 0
        for row in 1...sheet.rows.count {
            running += marks[row]
            if running > 0 { rows.insert(row) }
        }
        return rows
    }

    /// Adds the names of a continuation row to its item.
    func `continue`(_ item: inout Assignment, from row: Int) {
        for name in ListValues.names(cell(row, .proposers)) where !item.facts.proposers.contains(name) { item.facts.proposers.append(name) }
        for unit in ListValues.names(cell(row, .consulted)) where !item.facts.consulted.contains(unit) { item.facts.consulted.append(unit) }
    }
}
