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
        try Yams.compose_all(yaml: text, Resolver.basic.removing(.str), Constructor())
    }

    /// The one document of `text` (a style table, a front matter), or nil when it is empty.
    static func compose(_ text: String, file: String) throws(Diagnostic) -> Node? {
        if let tooDeep = NestingGuard.check(text, file: file) { throw tooDeep }
        do {
            return try Yams.compose(yaml: text, Resolver.basic.removing(.str), Constructor())
        } catch {
            throw YAMLErrors.diagnostic(for: error, file: file)
        }
    }
}
