extension Document {
    /// A readable dump of the tree with roles, levels and labels — the cheapest oracle for
    /// tests and for template authors (`dafu render --format tree`).
    public func dump() -> String {
        var out = ""
        func walk(_ blocks: [Block], depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            for block in blocks {
                switch block {
                case .text(let role, let text):
                    // A title's lines as the drafter broke it, each quoted.
                    let lines = text.split(separator: TitleLines.drafterBreak).map { "\"\($0)\"" }.joined(separator: " ")
                    out += "\(indent)\(role.rawValue) \(lines.isEmpty ? "\"\"" : lines)\n"
                case .section(let section):
                    out += "\(indent)section level=\(section.level) label=\"\(section.label)\" heading=\"\(section.heading)\"\n"
                    walk(section.children, depth: depth + 1)
                case .row(let header, let cells):
                    out += "\(indent)\(header ? "header-row" : "row") \(cells.map { "\"\($0)\"" }.joined(separator: " | "))\n"
                case .list(let list):
                    out += "\(indent)list pattern=\"\((list.pattern ?? options.items).description)\"\n"
                    for item in list.items {
                        out += "\(indent)  item label=\"\(item.label)\" lead=\"\(item.lead)\" text=\"\(item.text)\"\n"
                    }
                }
            }
        }
        walk(blocks, depth: 0)
        return out
    }
}
