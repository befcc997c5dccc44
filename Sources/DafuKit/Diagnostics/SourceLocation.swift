/// A place in a source file: 1-based line and column, where columns count characters
/// (Unicode scalars), not bytes, so they are right on Chinese lines.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (or `<stdin>`).
    public var file: String
    /// Line number starting from 1.
    public var line: Int
    /// Column number starting from 1, counted in characters.
    public var column: Int

    /// A place in `file`, at a 1-based line and character column.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, as compilers print it.
    public var description: String { "\(file):\(line):\(column)" }

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
