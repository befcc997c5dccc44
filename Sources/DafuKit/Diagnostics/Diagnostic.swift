/// How serious a finding is.
public enum Severity: String, Sendable, Comparable {
    case warning
    case error

    /// The Chinese word printed before the code: 错误 or 警告.
    public var label: String { self == .error ? "错误" : "警告" }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// One finding about the input or a template: a stable code, a Chinese-first message and,
/// where known, the place it refers to.
///
/// Codes are stable and listed in docs/diagnostics.md; tests assert them with the line and column.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    public var severity: Severity
    /// Stable code such as `E010`.
    public var code: String
    /// The message, in Chinese first (an English gloss may follow).
    public var message: String
    public var location: SourceLocation?
    /// An extra line of help (for example a "did you mean" suggestion), printed after the caret.
    public var help: String?

    public init(_ severity: Severity, _ code: String, _ message: String,
                at location: SourceLocation? = nil, help: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.help = help
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation? = nil,
                             help: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, help: help)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation? = nil,
                               help: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, help: help)
    }

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
        return "\(place)\(severity.label)[\(code)]: \(message)"
    }
}

/// Several diagnostics thrown together: all errors of a file are reported at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
