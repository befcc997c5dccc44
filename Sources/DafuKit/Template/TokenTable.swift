import Mustache

/// Data enters templates only as opaque tokens (U+E000, an index, U+E001), replaced by the
/// text after the template's output has been split into blocks. So data can never inject
/// template code (mustache does not re-read values) nor structure (markers are recognised
/// before the data is put back).
struct TokenTable {
    static let openScalar: Unicode.Scalar = "\u{E000}"
    static let closeScalar: Unicode.Scalar = "\u{E001}"

    private(set) var values: [String] = []
    /// Applied to every text on its way in (the typography rules, when the layout wants them).
    private let transform: ((String) -> String)?

    init(transform: ((String) -> String)? = nil) {
        self.transform = transform
        values.reserveCapacity(128)
    }

    /// A token standing for `text`.
    mutating func token(_ text: String) -> String {
        values.append(transform.map { $0(text) } ?? text)
        return "\u{E000}\(values.count - 1)\u{E001}"
    }

    /// A token, or the absent marker when there is no text.
    mutating func value(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return Absent() }
        return token(text)
    }

    /// Tokens for a list (an empty list when there is none).
    mutating func list(_ texts: [String]) -> [String] { texts.map { token($0) } }

    /// `text` with every token replaced by its value; nil names a token that is not in the table.
    func resolve(_ text: Substring) -> String? {
        // Tokens are found in the scalars (the delimiters are single scalars): walking
        // characters here was a noticeable share of a reply's time.
        let scalars = text.unicodeScalars
        guard scalars.contains(Self.openScalar) else { return String(text) }
        var out = ""
        var index = scalars.startIndex
        while let open = scalars[index...].firstIndex(of: Self.openScalar) {
            // Copied as one slice: appending scalar by scalar was two thirds of this function.
            out.append(contentsOf: Substring(scalars[index..<open]))
            guard let close = scalars[open...].firstIndex(of: Self.closeScalar),
                  let number = Int(String(scalars[scalars.index(after: open)..<close])), values.indices.contains(number) else { return nil }
            out += values[number]
            index = scalars.index(after: close)
        }
        out.append(contentsOf: Substring(scalars[index...]))
        return out
    }
}

/// A value that is not there: renders as nothing, is false in sections, and stops mustache
/// from looking the name up in an enclosing context (where a nested section would otherwise
/// find its parent's measures).
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
