import Foundation
import Yams

/// Composing YAML text into node trees, the one way dafu does it for replies, style tables,
/// front matter and lint: nesting checked before Yams recurses (E006), every scalar read as
/// the text written (no resolver rules: `012`, `no` and `2025-05-14` stay text), errors as
/// located diagnostics.
enum YAMLText {
    /// The documents of a stream, composed lazily; `error` on the sequence says where it stopped.
    static func documents(_ text: String) throws -> YamlSequence<Node> {
        // A resolver and constructor of its own per call: every node's tag holds both, and
        // sharing the global ones made threads of a batch fight over their reference counts.
        // The encoding is given: Yams' default reads the process environment on every call
        // (a YAMS_DEFAULT_ENCODING variable), 3% of a batch's time.
        try Yams.compose_all(yaml: text, Resolver.basic.removing(.str), Constructor(), .utf8)
    }

    /// The one document of `text` (a style table, a front matter), or nil when it is empty.
    static func compose(_ text: String, file: String) throws(Diagnostic) -> Node? {
        if let tooDeep = NestingGuard.check(text, file: file) { throw tooDeep }
        do {
            return try Yams.compose(yaml: text, Resolver.basic.removing(.str), Constructor(), .utf8)
        } catch {
            throw YAMLErrors.diagnostic(for: error, file: file, text: text)
        }
    }

    /// `text` as a YAML scalar that reads back as exactly `text`: plain where that is safe,
    /// else double-quoted with escapes. `inFlow`: for an item of a `[a, b]` list, where
    /// `, [ ] { }` also end a plain scalar.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let plain = !text.isEmpty && !indicators.contains(text.first!) && !text.contains(": ") && !text.contains(" #")
            && !text.hasSuffix(":") && text.first != " " && text.last != " "
            && !["~", "null", "Null", "NULL"].contains(text)
            && !text.unicodeScalars.contains(where: needsEscape)
            && !(inFlow && text.contains { ",[]{}".contains($0) })
        return plain ? text : quoted(text)
    }

    /// `text` as a double-quoted YAML scalar, escaped.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if needsEscape(scalar) {
                    quoted += String(format: "\\u%04X", scalar.value)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Control characters and the line separators YAML reads as line breaks.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
