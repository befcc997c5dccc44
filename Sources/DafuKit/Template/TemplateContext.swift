/// Every name a layout template can use. The context is built with these keys only, so the
/// names `dafu lint` accepts and the names a template finds are the same list.
/// Templates/README.md documents each.
enum ContextKey: String, CaseIterable {
    case kind, kindName = "kind_name", itemWord = "item_word", header, docNumber = "doc_number", signer
    case resultClass = "result_class", disclosure, hasHeader = "has_header", letterhead, proposal, session, number
    case title, titleQuoted = "title_quoted", proposers, name, role, addressee, you, opening, text, consulted
    case studied, background, sections, heading, level, intro, measures, lead, itemStyle = "item_style"
    case nextSteps = "next_steps", items, closing, issuer, date, contact, phone, cc, attachments, notes
    case disclosureNote = "disclosure_note", figures, figuresAnnex = "figures_annex", label, asOf = "as_of", source
    case saluteFirst = "salute_first", saluteRest = "salute_rest", contactFirst = "contact_first"
    case printer, printDate = "print_date"
}

/// Builds the typed values a layout template sees. Every text is a token (see TokenTable);
/// computed texts (the salutation, the formatted date, joined lists) are made here, in Swift,
/// so templates stay logic-less.
struct TemplateContext {
    /// Every name a template can use (checked by `dafu lint`).
    static let knownNames = Set(ContextKey.allCases.map(\.rawValue))

    private(set) var tokens: TokenTable
    private(set) var root: [String: Any] = [:]
    /// Fields missing from the reply that the layout printed (checked after rendering).
    let required = RequiredValues()

    /// - Parameter typography: the GB/T 15834 punctuation rules applied to every text, by name.
    init(_ reply: ReplyInput, typography: Set<String> = LayoutOptions.allTypographyRules, contactFirst: Bool = false) {
        let figures = reply.figures
        let rules = Typography.rules.filter { typography.contains($0.name) }
        switch (!rules.isEmpty, figures.isEmpty) {
        case (true, true): tokens = TokenTable(transform: { Typography.apply($0, rules: rules) })
        case (true, false): tokens = TokenTable(transform: { Typography.apply(Figure.substitute($0, figures: figures), rules: rules) })
        case (false, false): tokens = TokenTable(transform: { Figure.substitute($0, figures: figures) })
        case (false, true): tokens = TokenTable()
        }
        root = build(reply)
        root[ContextKey.contactFirst.rawValue] = contactFirst
    }

    /// A mustache dictionary from typed keys.
    private static func dictionary(_ pairs: KeyValuePairs<ContextKey, Any>) -> [String: Any] {
        Dictionary(uniqueKeysWithValues: pairs.map { ($0.key.rawValue, $0.value) })
    }

    private mutating func build(_ reply: ReplyInput) -> [String: Any] {
        let kind = reply.kind.value
        let salutation = reply.addressee?.value ?? Self.salutation(reply.proposal.proposers, kind: kind)
        return Self.dictionary([
            .kind: kind.rawValue,
            .kindName: tokens.token(kind.chineseName),
            .itemWord: tokens.token(kind.itemWord),
            .header: header(reply.header),
            .hasHeader: reply.header.docNumber != nil || reply.header.signer != nil || reply.header.resultClass != nil,
            .letterhead: tokens.value(reply.letterhead?.value),
            .proposal: proposal(reply.proposal, kind: kind),
            .title: tokens.value(reply.titleLines.count > 1
                ? reply.titleLines.map(\.value).joined(separator: String(TitleLines.drafterBreak)) : reply.title?.value),
            .addressee: salutation.map { tokens.token($0) as Any }
                ?? required.value(kind == .reviewOpinion ? RequiredValues.addressee : RequiredValues.proposers),
            .you: tokens.token(reply.proposal.proposers.count > 1 ? "你们" : "您"),
            .opening: reply.opening.omitted ? false : opening(reply.opening),
            .background: tokens.list(reply.background.map(\.value)),
            .sections: reply.sections.map { section($0) },
            .nextSteps: nextSteps(reply.nextSteps),
            .closing: tokens.list(reply.closing.map(\.value)),
            .saluteFirst: tokens.value(reply.salute.first?.value),
            .saluteRest: tokens.list(reply.salute.dropFirst().map(\.value)),
            .issuer: tokens.value(reply.issuer?.value),
            .date: tokens.value(reply.date?.value.chinese),
            .contact: contact(reply.contact),
            .cc: tokens.value(reply.cc.isEmpty ? nil : reply.cc.map(\.value).joined(separator: "，") + "。"),
            .printer: tokens.value(reply.printer?.value),
            .printDate: tokens.value(reply.printDate?.value.chinese),
            .attachments: tokens.list(reply.attachments.map(\.value)),
            .notes: tokens.list(reply.notes.map(\.value)),
            .disclosureNote: tokens.value(reply.header.disclosure?.value.note),
            .figuresAnnex: reply.figuresAnnex && !reply.figures.isEmpty,
            .figures: figures(reply.figures),
        ])
    }

    private mutating func header(_ header: ReplyInput.Header) -> [String: Any] {
        Self.dictionary([
            .docNumber: tokens.value(header.docNumber?.value),
            .signer: tokens.value(header.signer?.value),
            .resultClass: tokens.value(header.resultClass.map { Self.resultClass($0.value) }),
            .disclosure: tokens.value(header.disclosure?.value.rawValue),
        ])
    }

    private mutating func proposal(_ proposal: ReplyInput.Proposal, kind: ReplyKind) -> [String: Any] {
        let proposers: [[String: Any]] = proposal.proposers.map {
            Self.dictionary([.name: tokens.token($0.name.value), .role: tokens.value($0.role?.value ?? kind.expectedRole)])
        }
        return Self.dictionary([
            .session: proposal.session.map { tokens.token($0.value) as Any } ?? required.value(RequiredValues.session),
            .number: proposal.number.map { tokens.token($0.value) as Any } ?? required.value(RequiredValues.number),
            .title: proposal.title.map { tokens.token($0.value) as Any } ?? required.value(RequiredValues.titleInTitle),
            .titleQuoted: proposal.title.map { tokens.token(Self.quotedTitle($0.value)) as Any } ?? required.value(RequiredValues.quotedTitle),
            .proposers: proposers,
        ])
    }

    private mutating func opening(_ opening: ReplyInput.Opening) -> [String: Any] {
        Self.dictionary([
            .text: tokens.value(opening.text?.value),
            .consulted: tokens.value(opening.consulted.isEmpty ? nil : opening.consulted.map(\.value).joined(separator: "、")),
            .studied: opening.studied?.value ?? false,
        ])
    }

    private mutating func nextSteps(_ steps: ReplyInput.NextSteps?) -> Any {
        guard let steps else { return Absent() }
        return Self.dictionary([.text: tokens.list(steps.text.map(\.value)), .items: steps.items.map { measure($0, leadKey: .heading) }])
    }

    private mutating func contact(_ person: ReplyInput.Contact?) -> Any {
        guard let person else { return Absent() }
        return Self.dictionary([.name: tokens.value(person.name?.value), .phone: tokens.value(person.phone?.value)])
    }

    private mutating func figures(_ figures: [String: Figure]) -> [[String: Any]] {
        figures.values.sorted { $0.name.location.line < $1.name.location.line }.map { figure in
            Self.dictionary([.label: tokens.token(figure.label ?? figure.name.value), .text: tokens.token(figure.text),
                             .asOf: tokens.value(figure.asOf?.chinese), .source: tokens.value(figure.source)])
        }
    }

    private mutating func section(_ section: ReplyInput.Section) -> [String: Any] {
        Self.dictionary([
            .heading: tokens.token(section.heading.value),
            .level: section.level,
            .intro: tokens.list(section.intro.map(\.value)),
            .measures: section.measures.map { measure($0, leadKey: .lead) },
            .itemStyle: tokens.value(section.itemStyle?.value.description),
            .sections: section.sections.map { self.section($0) },
        ])
    }

    private mutating func measure(_ measure: ReplyInput.Measure, leadKey: ContextKey) -> [String: Any] {
        [leadKey.rawValue: tokens.value(measure.lead?.value), ContextKey.text.rawValue: tokens.value(measure.text?.value)]
    }

    /// 办理结果 as a letter: "A类" and "A" both give "A" (the template writes 类); a blank class
    /// (`result_class: blank`, decoded as empty) is two full-width spaces to write in by hand.
    static func resultClass(_ text: String) -> String {
        if text.isEmpty { return "\u{3000}\u{3000}" }
        return text.hasSuffix("类") ? String(text.dropLast()) : text
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
