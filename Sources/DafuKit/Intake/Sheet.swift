/// One sheet of a spreadsheet as an office program shows it: the text of every cell, row 1
/// first, and each merged cell's value in every cell the merge covers (a header merged over
/// two columns names both).
package struct Sheet: Sendable {
    /// A rectangle of cells, both corners included, rows and columns from 1.
    package struct CellRange: Equatable, Sendable {
        package var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

        /// A range from a reference such as `A1:F1` (or one cell, `B2`); nil when malformed.
        package init?(reference: String) {
            let corners = reference.split(separator: ":", omittingEmptySubsequences: false)
            guard corners.count <= 2, let first = Sheet.cellPosition(corners[0]),
                  let last = corners.count == 2 ? Sheet.cellPosition(corners[1]) : first,
                  first.row <= last.row, first.column <= last.column else { return nil }
            (firstRow, firstColumn, lastRow, lastColumn) = (first.row, first.column, last.row, last.column)
        }
    }

    /// The file as the user named it.
    package var file: String
    /// The sheet's name; nil for a CSV file, which has one unnamed sheet.
    package var name: String?
    /// The cells' text by row (index 0 is row 1); a row is as long as its last cell with a value.
    package var rows: [[String]]
    /// The merged ranges, as the file declares them.
    package var merges: [CellRange] = []
    /// The workbook's other sheets, in tab order (for a hint when this one holds no list).
    package var otherSheets: [String] = []

    /// A sheet named `name` in `file`, with its rows.
    package init(file: String, name: String?, rows: [[String]]) {
        self.file = file
        self.name = name
        self.rows = rows
    }

    /// The text of a cell (rows and columns from 1); empty where there is none.
    package func cell(_ row: Int, _ column: Int) -> String {
        guard row >= 1, row <= rows.count, column >= 1, column <= rows[row - 1].count else { return "" }
        return rows[row - 1][column - 1]
    }

    /// Where a cell is, for diagnostics.
    package func location(row: Int, column: Int) -> SourceLocation {
        .cell(file: file, sheet: name, row: row, column: column)
    }

    /// Row and column of a cell reference such as `AA12` (`$` signs allowed).
    package static func cellPosition(_ reference: some StringProtocol) -> (row: Int, column: Int)? {
        var column = 0, row = 0, sawDigit = false
        for scalar in reference.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90 where !sawDigit: column = column * 26 + Int(scalar.value) - 64
            case 97...122 where !sawDigit: column = column * 26 + Int(scalar.value) - 96
            case 48...57:
                sawDigit = true
                row = row * 10 + Int(scalar.value) - 48
            default: return nil
            }
            guard column <= 1 << 20, row <= 1 << 24 else { return nil }
        }
        return column >= 1 && row >= 1 ? (row, column) : nil
    }

    /// Copies each merged range's first cell into the cells it covers, within the rows that
    /// exist and the columns read; `budget` caps the cells written (a hostile file can declare
    /// merges over millions of cells). False when the budget ran out.
    mutating func fillMerges(budget: Int) -> Bool {
        var left = budget
        for range in merges {
            let value = cell(range.firstRow, range.firstColumn)
            guard !value.isEmpty else { continue }
            let lastRow = min(range.lastRow, rows.count), lastColumn = min(range.lastColumn, Limits.sheetColumns)
            guard range.firstRow <= lastRow, range.firstColumn <= lastColumn else { continue }
            for row in range.firstRow...lastRow {
                left -= lastColumn - range.firstColumn + 1
                guard left >= 0 else { return false }
                if rows[row - 1].count < lastColumn { rows[row - 1] += Array(repeating: "", count: lastColumn - rows[row - 1].count) }
                for column in range.firstColumn...lastColumn { rows[row - 1][column - 1] = value }
            }
        }
        return true
    }
}
