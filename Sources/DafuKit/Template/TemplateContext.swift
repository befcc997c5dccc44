/// Builds the typed values a layout template sees. Every text is a token (see TokenTable);
/// computed texts (the salutation, the formatted date, joined lists) are made here, in Swift,
/// so templates stay logic-less. Templates/README.md lists every name.
struct TemplateContext {
    /// Every name a template can use (checked by `dafu lint`; a test keeps it in step with `build`).
    static let knownNames: Set<String> = [
        "kind", "kind_name", "item_word", "header", "doc_number", "signer", "result_class", "disclosure", "has_header",
        "letterhead", "proposal", "session", "number", "title", "title_quoted", "proposers", "name", "role", "addressee",
        "you", "opening", "text", "consulted", "studied", "background", "sections", "heading", "level", "intro",
        "measures", "lead", "item_style", "next_steps", "items", "closing", "issuer", "date", "contact", "phone", "cc",
        "attachments", "notes", "disclosure_note", "figures", "figures_annex", "label", "as_of", "source",
    ]

    private(set) var tokens: TokenTable
    private(set) var root: [String: Any] = [:]

    /// - Parameter typography: apply the GB/T 15834 punctuation rules to every text.
    init(_ reply: ReplyInput, typography: Bool = true) {
        let figures = reply.figures
        switch (typography, figures.isEmpty) {
        case (true, true): tokens = TokenTable(transform: { Typography.apply($0) })
        case (true, false): tokens = TokenTable(transform: { Typography.apply(Figure.substitute($0, figures: figures)) })
        case (false, false): tokens = TokenTable(transform: { Figure.substitute($0, figures: figures) })
        case (false, true): tokens = TokenTable()
        }
        root = build(reply)
    }

    private mutating func build(_ reply: ReplyInput) -> [String: Any] {
        let kind = reply.kind.value
        let header: [String: Any] = [
            "doc_number": tokens.value(reply.header.docNumber?.value),
            "signer": tokens.value(reply.header.signer?.value),
            "result_class": tokens.value(reply.header.resultClass.map { Self.resultClass($0.value) }),
            "disclosure": tokens.value(reply.header.disclosure?.value.rawValue),
        ]
        let proposers: [[String: Any]] = reply.proposal.proposers.map {
            ["name": tokens.token($0.name.value), "role": tokens.value($0.role?.value ?? kind.expectedRole)]
        }
        let proposal: [String: Any] = [
            "session": tokens.value(reply.proposal.session?.value),
            "number": tokens.value(reply.proposal.number?.value),
            "title": tokens.value(reply.proposal.title?.value),
            "title_quoted": tokens.value(reply.proposal.title.map { Self.quotedTitle($0.value) }),
            "proposers": proposers,
        ]
        let salutation = reply.addressee?.value ?? Self.salutation(reply.proposal.proposers, kind: kind)
        let opening: [String: Any] = [
            "text": tokens.value(reply.opening.text?.value),
            "consulted": tokens.value(reply.opening.consulted.isEmpty ? nil
                                      : reply.opening.consulted.map(\.value).joined(separator: "、")),
            "studied": reply.opening.studied?.value ?? false,
        ]
        var nextSteps: Any = Absent()
        if let steps = reply.nextSteps {
            nextSteps = [
                "text": tokens.list(steps.text.map(\.value)),
                "items": steps.items.map { measure($0, leadKey: "heading") },
            ] as [String: Any]
        }
        var contact: Any = Absent()
        if let person = reply.contact {
            contact = ["name": tokens.value(person.name?.value), "phone": tokens.value(person.phone?.value)] as [String: Any]
        }
        return [
            "kind": kind.rawValue,
            "kind_name": tokens.token(kind.chineseName),
            "item_word": tokens.token(kind.itemWord),
            "header": header,
            "has_header": reply.header.docNumber != nil || reply.header.signer != nil || reply.header.resultClass != nil,
            "letterhead": tokens.value(reply.letterhead?.value),
            "proposal": proposal,
            "title": tokens.value(reply.title?.value),
            "addressee": tokens.value(salutation),
            "you": tokens.token(reply.proposal.proposers.count > 1 ? "你们" : "您"),
            "opening": opening,
            "background": tokens.list(reply.background.map(\.value)),
            "sections": reply.sections.map { section($0) },
            "next_steps": nextSteps,
            "closing": tokens.list(reply.closing.map(\.value)),
            "issuer": tokens.value(reply.issuer?.value),
            "date": tokens.value(reply.date?.value.chinese),
            "contact": contact,
            "cc": tokens.value(reply.cc.isEmpty ? nil : reply.cc.map(\.value).joined(separator: "，") + "。"),
            "attachments": tokens.list(reply.attachments.map(\.value)),
            "notes": tokens.list(reply.notes.map(\.value)),
            "disclosure_note": tokens.value(reply.header.disclosure?.value.note),
            "figures_annex": reply.figuresAnnex && !reply.figures.isEmpty,
            "figures": reply.figures.values.sorted { $0.name.location.line < $1.name.location.line }.map { figure -> [String: Any] in
                ["label": tokens.token(figure.label ?? figure.name.value), "text": tokens.token(figure.text),
                 "as_of": tokens.value(figure.asOf?.chinese), "source": tokens.value(figure.source)]
            },
        ]
    }

    private mutating func section(_ section: ReplyInput.Section) -> [String: Any] {
        [
            "heading": tokens.token(section.heading.value),
            "level": section.level,
            "intro": tokens.list(section.intro.map(\.value)),
            "measures": section.measures.map { measure($0, leadKey: "lead") },
            "item_style": tokens.value(section.itemStyle?.value.description),
            "sections": section.sections.map { self.section($0) },
        ]
    }

    private mutating func measure(_ measure: ReplyInput.Measure, leadKey: String) -> [String: Any] {
        [leadKey: tokens.value(measure.lead?.value), "text": tokens.value(measure.text?.value)]
    }

    /// 办理结果 as a letter: "A类" and "A" both give "A" (the template writes 类).
    static func resultClass(_ text: String) -> String {
        text.hasSuffix("类") ? String(text.dropLast()) : text
    }

    /// A proposal title in 书名号 (GB/T 15834), unless it is already quoted.
    static func quotedTitle(_ title: String) -> String {
        if let first = title.first, "《“\"".contains(first) { return title }
        return "《\(title)》"
    }

    /// 称呼 from the proposers: names of one role joined by 、 and followed by the role —
    /// 郭某、陈某委员; several roles in order — 张某代表、李某委员.
    static func salutation(_ proposers: [ReplyInput.Proposer], kind: ReplyKind) -> String? {
        guard !proposers.isEmpty else { return nil }
        var groups: [(role: String, names: [String])] = []
        for proposer in proposers {
            let role = proposer.role?.value ?? kind.expectedRole ?? ""
            if let last = groups.last, last.role == role {
                groups[groups.count - 1].names.append(proposer.name.value)
            } else {
                groups.append((role, [proposer.name.value]))
            }
        }
        return groups.map { $0.names.joined(separator: "、") + $0.role }.joined(separator: "、")
    }
}
