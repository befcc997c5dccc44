/// Lays the numbered tree out as paragraphs, once, for every renderer: run-in headings join
/// the text after them, inline enumerations become one paragraph, attachments get their
/// 附件： label.
enum Layout {
    /// - Parameter titleCapacity: characters a title line holds; longer titles are broken
    ///   into balanced lines.
    static func paragraphs(of document: Document, titleCapacity: Double? = nil) -> [Paragraph] {
        var builder = Builder(options: document.options)
        builder.walk(document.blocks)
        builder.flush()
        builder.labelAttachments()
        guard let titleCapacity else { return builder.out }
        return builder.out.flatMap { paragraph -> [Paragraph] in
            guard paragraph.role == .title else { return [paragraph] }
            return TitleLines.split(paragraph.text, capacity: titleCapacity).map { Paragraph(.title, [Run($0)]) }
        }
    }

    /// Marks that end a clause; a lead or run-in heading ending otherwise gets 。.
    static let clauseEnds: Set<Character> = ["。", "！", "？", "；", "：", "，", "、", ".", "!", "?", ";", ":", "…"]

    /// `text` ending with a full stop unless it ends in punctuation of its own.
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !clauseEnds.contains(last) else { return text }
        return text + "。"
    }

    private struct Builder {
        let options: LayoutOptions
        var out: [Paragraph] = []
        /// A run-in heading waiting for the paragraph it runs into.
        var pending: Paragraph?

        init(options: LayoutOptions) { self.options = options }

        /// Emits a waiting run-in heading on its own.
        mutating func flush() {
            if let heading = pending {
                out.append(heading)
                pending = nil
            }
        }

        /// A body paragraph, continuing a waiting run-in heading when there is one.
        mutating func body(_ runs: [Run]) {
            var paragraph = pending ?? Paragraph(.body, [])
            paragraph.role = .body
            pending = nil
            for run in runs { paragraph.append(run) }
            out.append(paragraph)
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
                    out.append(Paragraph(role, [Run(text)]))
                    previousIsText = false
                case .row(let header, let cells):
                    flush()
                    out.append(Paragraph(.tableRow(header: header), cells.map { Run($0) }))
                    previousIsText = false
                case .section(let section):
                    flush()
                    let style = Run.Style.heading(section.level)
                    if options.runIn.contains(section.level) {
                        pending = Paragraph(.heading(section.level), [Run(section.label + Layout.sentence(section.heading), style)])
                    } else {
                        out.append(Paragraph(.heading(section.level), [Run(section.label + section.heading, style)]))
                    }
                    walk(section.children)
                    flush()
                    previousIsText = false
                case .list(let list):
                    let items = list.items.map(Self.runs(of:))
                    switch options.measures {
                    case .inline:
                        let runs = items.flatMap { $0 }
                        if options.joinIntro, previousIsText, pending == nil, let last = out.indices.last {
                            for run in runs { out[last].append(run) }
                        } else {
                            body(runs)
                        }
                    case .each:
                        for runs in items { body(runs) }
                    }
                    previousIsText = true
                }
            }
        }

        static func runs(of item: Item) -> [Run] {
            let lead = item.lead.isEmpty ? "" : Layout.sentence(item.lead)
            return [Run(item.label + lead + item.text)]
        }

        /// 附件：1.×× — the label on the first attachment, numbers when there are several.
        mutating func labelAttachments() {
            let indices = out.indices.filter { if case .attachment = out[$0].role { return true } else { return false } }
            for (n, index) in indices.enumerated() {
                let number = indices.count > 1 ? "\(n + 1)." : ""
                out[index].role = .attachment(first: n == 0)
                out[index].runs = [Run((n == 0 ? "附件：" : "") + number + out[index].text)]
            }
        }
    }
}
