/// The mustache tags of a template source, each where it is written — one linear scan that the
/// template checks (nesting, includes, cycles) and `dafu lint` (unknown variables) share. It
/// follows delimiter changes (`{{=<% %>=}}`) as mustache does.
struct TemplateTag: Equatable {
    enum Kind: Hashable {
        case variable
        /// `{{{name}}}` or `{{&name}}`.
        case unescaped
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case inverted
        /// `{{/name}}`
        case close
        /// `{{>name}}`
        case partial
        /// `{{<name}}` — a parent, with blocks overriding its `{{$…}}`.
        case parent
        /// `{{$name}}`
        case block
        case comment
        /// `{{=<% %>=}}` and `{{%CONFIG}}`.
        case setting
    }

    var kind: Kind
    /// The tag's name without its sigil, trimmed; `*` kept for a dynamic partial name.
    var name: String
    var line: Int
    var column: Int

    /// Whether the tag opens something that a `{{/name}}` closes.
    var opens: Bool { kind == .section || kind == .inverted || kind == .parent || kind == .block }
}

enum TemplateTags {
    /// Every tag of `source`, in order; an unclosed tag ends the scan (the mustache parser
    /// reports it as a syntax error).
    static func scan(_ source: String) -> [TemplateTag] {
        let scalars = Array(source.unicodeScalars)
        var tags: [TemplateTag] = []
        var open: [Unicode.Scalar] = ["{", "{"], close: [Unicode.Scalar] = ["}", "}"]
        var index = 0, line = 1, lineStart = 0
        func matches(_ token: [Unicode.Scalar], at position: Int) -> Bool {
            position + token.count <= scalars.count && scalars[position..<(position + token.count)].elementsEqual(token)
        }
        func advance(to target: Int) {
            while index < target {
                if scalars[index] == "\n" { line += 1; lineStart = index + 1 }
                index += 1
            }
        }
        while index < scalars.count {
            guard matches(open, at: index) else {
                advance(to: index + 1)
                continue
            }
            let tagLine = line, tagColumn = index - lineStart + 1
            var start = index + open.count
            let triple = open == ["{", "{"] && start < scalars.count && scalars[start] == "{"
            if triple { start += 1 }
            let ending = triple ? close + ["}"] : close
            var end = start
            while end < scalars.count, !matches(ending, at: end) { end += 1 }
            guard end < scalars.count else { break }
            var content = String(String.UnicodeScalarView(scalars[start..<end]))
            advance(to: end + ending.count)
            var kind = TemplateTag.Kind.variable
            let sigil = content.unicodeScalars.first
            if triple {
                kind = .unescaped
            } else if let sigil, let found = sigils[sigil] {
                kind = found
                content.removeFirst()
            }
            if !triple, sigil == "=", content.hasSuffix("="), content.count > 1 {
                let parts = content.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 {
                    open = Array(parts[0].unicodeScalars)
                    close = Array(parts[1].unicodeScalars)
                }
            }
            let name = kind == .comment ? content : TextFolding.trimmed(content)
            tags.append(TemplateTag(kind: kind, name: name, line: tagLine, column: tagColumn))
        }
        return tags
    }

    private static let sigils: [Unicode.Scalar: TemplateTag.Kind] = [
        "#": .section, "^": .inverted, "/": .close, ">": .partial, "<": .parent, "$": .block,
        "!": .comment, "&": .unescaped, "=": .setting, "%": .setting,
    ]
}
