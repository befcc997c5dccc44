import Foundation

/// One worksheet's XML (`sheetData` and `mergeCells`) read into a `Sheet`: cells by their
/// reference (or, where a writer leaves it out, after the previous one), shared, inline and
/// formula strings, numbers and serial dates shown as their number format shows them. Only
/// cells with a value count; a value past `Limits.sheetRows` stops the reading, cells past
/// `Limits.sheetColumns` are ignored.
struct WorksheetReader {
    /// What the cells refer to: the shared strings, the styles' number formats, the date system.
    struct Context {
        var sharedStrings: [String] = []
        var formats: [CellText.Format] = []
        var date1904 = false
    }

    let context: Context
    let damaged: (String) -> Diagnostic
    private(set) var sheet: Sheet
    private var row = 0, column = 0
    private var type = "n", style = 0, value = "", hasValue = false
    private var inValue = false, inInline = false, inText = false, phonetic = 0

    init(sheet: Sheet, context: Context, damaged: @escaping (String) -> Diagnostic) {
        self.sheet = sheet
        self.context = context
        self.damaged = damaged
    }

    mutating func visit(_ event: XMLStream.Event, _ attributes: XMLStream.Attributes) throws(Diagnostic) {
        switch event {
        case .start("row", _):
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            column = 0
        case .start("c", let empty):
            startCell(attributes)
            if empty { try endCell() }
        case .end("c"): try endCell()
        case .start("v", false): inValue = true
        case .end("v"): inValue = false
        case .start("is", false): inInline = true
        case .end("is"): inInline = false
        case .start("rPh", false): phonetic += 1
        case .end("rPh"): phonetic -= 1
        case .start("t", false): inText = inInline && phonetic == 0
        case .end("t"): inText = false
        case .text(let text):
            if inValue || inText { value += text; hasValue = true }
        case .start("mergeCell", _):
            guard let range = attributes["ref"].flatMap(Sheet.CellRange.init(reference:)) else { return }
            guard sheet.merges.count < Limits.sheetMerges else { throw damaged("合并单元格超过 \(Limits.sheetMerges) 处") }
            sheet.merges.append(range)
        default: break
        }
    }

    private mutating func startCell(_ attributes: XMLStream.Attributes) {
        if let position = attributes["r"].flatMap(Sheet.cellPosition) {
            (row, column) = (position.row, position.column)
        } else {
            column += 1
        }
        type = attributes["t"] ?? "n"
        style = attributes["s"].flatMap(Int.init) ?? 0
        (value, hasValue) = ("", false)
    }

    private mutating func endCell() throws(Diagnostic) {
        guard hasValue else { return }
        hasValue = false
        let text = try shown()
        guard !text.isEmpty, column <= Limits.sheetColumns, row >= 1 else { return }
        guard row <= Limits.sheetRows else { throw damaged("第\(row)行有数据，超过 \(Limits.sheetRows) 行") }
        if sheet.rows.count < row { sheet.rows += Array(repeating: [], count: row - sheet.rows.count) }
        if sheet.rows[row - 1].count < column { sheet.rows[row - 1] += Array(repeating: "", count: column - sheet.rows[row - 1].count) }
        sheet.rows[row - 1][column - 1] = text
    }

    /// The cell's value as shown, by its type (ECMA-376 Part 1, 18.18.11 ST_CellType).
    private func shown() throws(Diagnostic) -> String {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), context.sharedStrings.indices.contains(index) else {
                throw damaged("单元格 \(SourceLocation.cellName(row: row, column: column)) 引用了不存在的共享字符串")
            }
            return context.sharedStrings[index]
        case "inlineStr", "str", "e": return value
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "d": return String(value.prefix(10))
        default:
            let format = context.formats.indices.contains(style) ? context.formats[style] : .general
            return CellText.number(value, format: format, date1904: context.date1904)
        }
    }
}
