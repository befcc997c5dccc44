/// A place in a source file: 1-based line and column, where columns count characters
/// (Unicode scalars), not bytes, so they are right on Chinese lines. In a spreadsheet the
/// place is a cell: the line is the row, the column the column's number, and it is written
/// the way office programs write it, `清单.xlsx:Sheet1!C7` (`清单.csv:C7` for a CSV file).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// How a place is written.
    public enum Form: Hashable, Sendable {
        /// `file:line:column`, in a text file.
        case text
        /// `file:Sheet!C7`, a cell of the named sheet (no sheet name for a CSV file).
        case cell(sheet: String?)
    }

    /// The file as the user named it (or `<stdin>`).
    public var file: String
    /// Line number starting from 1 (a spreadsheet's row number).
    public var line: Int
    /// Column number starting from 1, counted in characters (a spreadsheet's column: A is 1).
    public var column: Int
    /// A place in text, or a cell.
    public var form: Form = .text

    /// A place in `file`, at a 1-based line and character column.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The cell at `row` and `column` (both from 1) of `sheet` in `file`.
    public static func cell(file: String, sheet: String?, row: Int, column: Int) -> SourceLocation {
        var location = SourceLocation(file: file, line: row, column: column)
        location.form = .cell(sheet: sheet)
        return location
    }

    /// `file:line:column`, as compilers print it; `file:Sheet1!C7` for a cell.
    public var description: String {
        switch form {
        case .text: return "\(file):\(line):\(column)"
        case .cell(let sheet): return "\(file):" + (sheet.map { Self.sheetReference($0) + "!" } ?? "") + Self.cellName(row: line, column: column)
        }
    }

    /// A cell's name as office programs write it: C7, AA12.
    public static func cellName(row: Int, column: Int) -> String { columnName(column) + String(row) }

    /// A column's letters: 1 → A, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var letters = "", rest = max(1, column)
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// A sheet name as a formula writes it: quoted ('Sheet 1') unless it is one word of letters,
    /// digits and underscores not starting with a digit.
    static func sheetReference(_ name: String) -> String {
        let plain = !name.isEmpty && !(name.first?.isNumber ?? false) && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Line 1, column 1 of `file`: for findings about a whole file.
    public static func start(of file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }
}

/// A value together with the place in the source it came from.
public struct Located<Value> {
    /// The value read.
    public var value: Value
    /// Where it was written.
    public var location: SourceLocation

    /// A value read at `location`.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The same location with another value.
    func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
        Located<T>(try transform(value), at: location)
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Sendable where Value: Sendable {}
