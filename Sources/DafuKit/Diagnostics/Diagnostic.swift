/// How serious a finding is.
public enum Severity: String, Sendable, Comparable {
    case warning
    case error

    /// The Chinese word printed before the code: 错误 or 警告.
    public var label: String { self == .error ? "错误" : "警告" }

    /// Warnings sort before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// One finding about the input or a template: a stable code, a Chinese-first message and,
/// where known, the place it refers to. Messages come from the factories in
/// `Diagnostic+Messages*.swift`; tests assert codes with their line and column.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The stable code, e.g. `E010`.
    public var code: DiagnosticCode
    /// The message, in Chinese first (an English gloss may follow).
    public var message: String
    /// Where the finding points, when it points somewhere.
    public var location: SourceLocation?
    /// An extra line of help (for example a "did you mean" suggestion), printed after the caret.
    public var help: String?

    /// A diagnostic; use the named factories rather than this where one exists.
    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil, help: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.help = help
    }

    /// Error or warning, by the code.
    public var severity: Severity { code.severity }

    /// Diagnostics in source order (file, line, column); unlocated ones first, order kept otherwise.
    public static func sortedByLocation(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            if (la?.file ?? "") != (lb?.file ?? "") { return (la?.file ?? "") < (lb?.file ?? "") }
            return (la?.line ?? 0, la?.column ?? 0, a.offset) < (lb?.line ?? 0, lb?.column ?? 0, b.offset)
        }.map(\.element)
    }

    /// The first line as printed: `file:line:col: 错误[E010]: message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.label)[\(code.rawValue)]: \(message)"
    }

    /// "Did you mean …?" for a close candidate, else `otherwise`.
    static func didYouMean(_ suggestion: String?, otherwise: String? = nil) -> String? {
        suggestion.map { "是否想写“\($0)”？" } ?? otherwise
    }
}

/// Several diagnostics thrown together: all errors of a file are reported at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order reported.
    public var diagnostics: [Diagnostic]

    /// A list of `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// Whether any of them is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Each diagnostic's first line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
