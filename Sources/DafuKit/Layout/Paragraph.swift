/// A run of text with one style: heading runs take the heading font of their level, even
/// inside a body paragraph (a run-in heading).
public struct Run: Equatable, Sendable {
    public enum Style: Equatable, Sendable {
        case plain
        case heading(Int)
    }

    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A laid-out paragraph: what every renderer writes, one after another.
public struct Paragraph: Equatable, Sendable {
    public var role: Role
    public var runs: [Run]

    public init(_ role: Role, _ runs: [Run]) {
        self.role = role
        self.runs = runs
    }

    /// The paragraph's text without styles.
    public var text: String { runs.map(\.text).joined() }

    /// Adds a run, merging it into the last one when the style is the same.
    mutating func append(_ run: Run) {
        guard !run.text.isEmpty else { return }
        if let last = runs.last, last.style == run.style {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }
}
