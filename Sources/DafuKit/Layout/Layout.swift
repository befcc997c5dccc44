/// Lays the numbered tree out as blocks, once, for every renderer: run-in headings join the
/// text after them, inline enumerations become one paragraph, titles break into lines, the
/// header lines and the signature pair up, attachments get their 附件： label, an annex
/// gathers its title and table.
enum Layout {
    /// - Parameter titleCapacity: characters a title line holds; longer titles are broken
    ///   into balanced lines.
    static func blocks(of document: Document, titleCapacity: Double) -> [LayoutBlock] {
        var flattener = Flattener(options: document.options)
        flattener.walk(document.blocks)
        flattener.flush()
        var grouper = Grouper(titleCapacity: titleCapacity, imprintOnEvenPage: document.options.imprintPage == .even)
        for piece in flattener.out { grouper.add(piece) }
        return grouper.finish()
    }

    /// Marks that end a clause; a lead or run-in heading ending otherwise gets 。.
    static let clauseEnds: Set<Character> = ["。", "！", "？", "；", "：", "，", "、", ".", "!", "?", ";", ":", "…"]

    /// `text` ending with a full stop unless it ends in punctuation of its own.
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !clauseEnds.contains(last) else { return text }
        return text + "。"
    }

    /// What the tree flattens into, in order: text paragraphs, single-line roles, table rows.
    enum Piece {
        case paragraph(Paragraph)
        case line(Role, String)
        case row(header: Bool, [String])
    }
}

extension Layout {
    /// The tree as pieces: sections become headings (run in or stand-alone), lists become
    /// paragraphs, body texts paragraphs.
    struct Flattener {
        let options: LayoutOptions
        var out: [Piece] = []
        /// A run-in heading waiting for the paragraph it runs into.
        var pending: Paragraph?
        /// The index in `out` of the last body paragraph an inline list may continue.
        var lastParagraph: Int?

        init(options: LayoutOptions) { self.options = options }

        /// Emits a waiting run-in heading on its own.
        mutating func flush() {
            if let heading = pending {
                out.append(.paragraph(heading))
                pending = nil
            }
        }

        /// A body paragraph, continuing a waiting run-in heading when there is one.
        mutating func body(_ runs: [Run]) {
            var paragraph = pending ?? Paragraph(.body, [])
            paragraph.kind = .body
            pending = nil
            for run in runs { paragraph.append(run) }
            out.append(.paragraph(paragraph))
            lastParagraph = out.count - 1
        }

        mutating func walk(_ blocks: [Block]) {
            // Whether the last thing emitted in this container is a body paragraph that an
            // inline enumeration may continue (the section's intro).
            var previousIsText = false
            for block in blocks {
                switch block {
                case .text(.body, let text):
                    body([Run(text)])
                    previousIsText = true
                case .text(let role, let text):
                    flush()
                    out.append(Self.piece(role, text))
                    previousIsText = false
                case .row(let header, let cells):
                    flush()
                    out.append(.row(header: header, cells))
                    previousIsText = false
                case .section(let section):
                    self.section(section)
                    previousIsText = false
                case .list(let list):
                    self.list(list, continuing: previousIsText)
                    previousIsText = true
                }
            }
        }

        /// Roles that are paragraphs of the text block become paragraphs here.
        static func piece(_ role: Role, _ text: String) -> Piece {
            switch role {
            case .addressee: return .paragraph(Paragraph(.addressee, [Run(text)]))
            case .body: return .paragraph(Paragraph(.body, [Run(text)]))
            case .flushLeft: return .paragraph(Paragraph(.flushLeft, [Run(text)]))
            case .row, .headerRow: return .row(header: role == .headerRow, [text])
            case .letterhead, .resultClass, .docNumber, .signer, .title, .attachment, .issuer, .date, .note, .cc, .printer, .printDate, .annex:
                return .line(role, text)
            }
        }

        mutating func section(_ section: Section) {
            flush()
            let style = Run.Style.heading(section.level)
            if options.runIn.contains(section.level) {
                pending = Paragraph(.heading(section.level), [Run(section.label + Layout.sentence(section.heading), style)])
            } else {
                out.append(.paragraph(Paragraph(.heading(section.level), [Run(section.label + section.heading, style)])))
            }
            walk(section.children)
            flush()
        }

        mutating func list(_ list: ItemList, continuing previousIsText: Bool) {
            let items = list.items.map(Self.runs(of:))
            switch options.measures {
            case .inline:
                let runs = items.flatMap { $0 }
                if options.joinIntro, previousIsText, pending == nil, let last = lastParagraph, last == out.count - 1,
                   case .paragraph(var paragraph) = out[last] {
                    for run in runs { paragraph.append(run) }
                    out[last] = .paragraph(paragraph)
                } else {
                    body(runs)
                }
            case .each:
                for runs in items { body(runs) }
            }
        }

        static func runs(of item: Item) -> [Run] {
            let lead = item.lead.isEmpty ? "" : Layout.sentence(item.lead)
            return [Run(item.label + lead + item.text)]
        }
    }
}
