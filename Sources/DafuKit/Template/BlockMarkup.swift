/// The block markup a layout template produces: one block per line, its role marked at the
/// start of the line. A line without a marker is a body paragraph, so a template reads like
/// the reply it makes. Templates/README.md is the reference for template authors.
///
///     @title 对{{proposal.session}}第{{proposal.number}}号提案的答复
///     @addressee {{addressee}}：
///     {{opening.text}}
///     @section
///     @heading {{heading}}
///     @item {{lead}}@/{{text}}
///     @end
///
/// Markers are recognised before data tokens are put back, so data cannot add structure.
enum BlockMarkup {
    enum Marker: Equatable {
        case role(Role)
        case section
        case end
        case heading
        case list
        case item
    }

    /// Every marker a template may write: the roles (their raw values) and the structure.
    static let markers: [String: Marker] = {
        var markers = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.rawValue, Marker.role($0)) })
        for (name, marker) in [("section", Marker.section), ("end", .end), ("heading", .heading), ("list", .list), ("item", .item)] {
            markers[name] = marker
        }
        return markers
    }()

    /// Joins a lead to its text inside a line: the lead gets a full stop when it has no
    /// punctuation of its own.
    static let joint = "@/"

    /// Separates the cells of a table row: `@row a@|b@|c`.
    static let cellSeparator = "@|"

    /// Splits a markup line into its marker name and the rest; nil for a plain body line.
    /// `@@` at the start of a line stands for a literal `@`.
    static func split(_ line: Substring) -> (name: Substring, rest: Substring)? {
        // In the UTF-8 bytes: comparing Characters was a quarter of the block markup's time.
        let utf8 = line.utf8
        guard utf8.first == 0x40 else { return nil }                        // @
        let start = utf8.index(after: utf8.startIndex)
        guard start == utf8.endIndex || utf8[start] != 0x40 else { return nil }  // @@
        var end = start
        while end < utf8.endIndex {
            let byte = utf8[end]
            if byte == 0x20 || byte == 0x09 { break }
            if byte == 0xE3, utf8[end...].starts(with: [0xE3, 0x80, 0x80]) { break }  // U+3000
            end = utf8.index(after: end)
        }
        return (line[start..<end], droppingBlanks(line[end...]))
    }

    /// `text` without its leading spaces and tabs (in the bytes).
    static func droppingBlanks(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        return text[start...]
    }

    /// `line` cut at every `separator` (ASCII: found in the UTF-8 bytes; Foundation's
    /// components(separatedBy:) cost a third of the block markup's time on measure lines).
    static func pieces(_ line: Substring, separatedBy separator: String) -> [Substring] {
        let pattern = Array(separator.utf8), utf8 = line.utf8
        var pieces: [Substring] = [], start = utf8.startIndex, index = start
        while index < utf8.endIndex {
            if utf8[index] == pattern[0], utf8[index...].starts(with: pattern) {
                pieces.append(line[start..<index])
                index = utf8.index(index, offsetBy: pattern.count)
                start = index
            } else {
                index = utf8.index(after: index)
            }
        }
        pieces.append(line[start..<utf8.endIndex])
        return pieces
    }

    /// Parses the rendered markup of `template` into blocks, putting the data back.
    static func parse(_ output: String, tokens: TokenTable, template: String) throws(DiagnosticList) -> [Block] {
        var parser = MarkupParser(tokens: tokens, template: template)
        // Split on the newline byte: splitting by Character walked every grapheme of the reply.
        for line in output.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            parser.consume(Substring(line))
        }
        return try parser.finish()
    }
}

/// The state of one parse: a stack of open sections.
private struct MarkupParser {
    let tokens: TokenTable
    let template: String
    var stack: [(section: Section?, blocks: [Block])] = [(nil, [])]
    var diagnostics: [Diagnostic] = []

    init(tokens: TokenTable, template: String) {
        self.tokens = tokens
        self.template = template
    }

    private mutating func fail(_ message: String) {
        diagnostics.append(.badMarkup(template, message))
    }

    /// A line's text with the data put back; the drafter's title breaks stay only in a title.
    private func text(_ raw: Substring, keepsTitleBreaks: Bool = false) -> String? {
        guard var resolved = tokens.resolve(raw) else { return nil }
        if !keepsTitleBreaks, XMLCharacters.contains(resolved, scalar: TitleLines.drafterBreakScalar) {
            resolved.unicodeScalars.removeAll { $0 == TitleLines.drafterBreakScalar }
        }
        return TextFolding.trimmed(resolved)
    }

    private var currentLevel: Int { stack.last?.section?.level ?? 0 }

    private mutating func append(_ block: Block) { stack[stack.count - 1].blocks.append(block) }

    mutating func consume(_ rawLine: Substring) {
        let line = BlockMarkup.droppingBlanks(rawLine)
        guard !line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
        guard let (name, rest) = BlockMarkup.split(line) else {
            let literal = line.hasPrefix("@@") ? line.dropFirst() : line
            if let body = text(literal), !body.isEmpty { append(.text(.body, body)) }
            return
        }
        guard let marker = BlockMarkup.markers[String(name)] else {
            fail("未知标记“@\(name)”")
            return
        }
        switch marker {
        case .role(.row), .role(.headerRow):
            // Cells keep their order; an empty cell stays (a figure without a source).
            let cells = BlockMarkup.pieces(rest, separatedBy: BlockMarkup.cellSeparator).map { text($0) ?? "" }
            if cells.contains(where: { !$0.isEmpty }) { append(.row(header: marker == .role(.headerRow), cells)) }
        case .role(let role):
            if let body = text(rest, keepsTitleBreaks: role == .title), !body.isEmpty { append(.text(role, body)) }
        case .section: openSection(rest)
        case .heading: setHeading(rest)
        case .end: closeSection()
        case .list: openList(rest)
        case .item: addItem(rest)
        }
    }

    private mutating func openSection(_ rest: Substring) {
        var level = currentLevel + 1
        if let explicit = text(rest), !explicit.isEmpty {
            guard let n = Int(explicit), n > currentLevel, n <= LayoutOptions.maxLevel else {
                fail("“@section \(explicit)”的层级应为 \(currentLevel + 1) 到 \(LayoutOptions.maxLevel)")
                return
            }
            level = n
        }
        guard level <= LayoutOptions.maxLevel else {
            fail("小节层级超过四级")
            return
        }
        stack.append((Section(level: level, heading: ""), []))
    }

    private mutating func setHeading(_ rest: Substring) {
        guard var section = stack.last?.section else {
            fail("“@heading”不在“@section”之内")
            return
        }
        section.heading = text(rest) ?? ""
        stack[stack.count - 1].section = section
    }

    private mutating func closeSection() {
        guard stack.count > 1, let popped = stack.popLast(), var section = popped.section else {
            fail("多余的“@end”")
            return
        }
        section.children = popped.blocks
        append(.section(section))
    }

    private mutating func openList(_ rest: Substring) {
        let spec = text(rest) ?? ""
        guard spec.isEmpty || NumberPattern(spec) != nil else {
            fail("“@list \(spec)”不是有效的序号样式")
            return
        }
        append(.list(ItemList(pattern: spec.isEmpty ? nil : NumberPattern(spec))))
    }

    private mutating func addItem(_ rest: Substring) {
        // The lead is what stands before the first joint; everything after it is the text.
        let parts = BlockMarkup.pieces(rest, separatedBy: BlockMarkup.joint)
        let lead = parts.count > 1 ? text(parts[0]) ?? "" : ""
        let body = text(parts.count > 1 ? rest[rest.utf8.index(parts[0].endIndex, offsetBy: BlockMarkup.joint.utf8.count)...] : rest) ?? ""
        guard !(lead.isEmpty && body.isEmpty) else { return }
        let item = Item(lead: lead, text: body)
        if case .list(var list)? = stack[stack.count - 1].blocks.last {
            list.items.append(item)
            stack[stack.count - 1].blocks[stack[stack.count - 1].blocks.count - 1] = .list(list)
        } else {
            var list = ItemList(pattern: nil)
            list.items.append(item)
            append(.list(list))
        }
    }

    mutating func finish() throws(DiagnosticList) -> [Block] {
        if stack.count > 1 { fail("有\(stack.count - 1)个“@section”缺少对应的“@end”") }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return Self.pruned(stack[0].blocks)
    }

    /// Drops empty lists and sections without a heading or content.
    private static func pruned(_ blocks: [Block]) -> [Block] {
        blocks.compactMap { block in
            switch block {
            case .text, .row: return block
            case .list(let list): return list.items.isEmpty ? nil : block
            case .section(var section):
                section.children = pruned(section.children)
                return section.heading.isEmpty && section.children.isEmpty ? nil : .section(section)
            }
        }
    }
}
