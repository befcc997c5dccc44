import Yams

/// Writes an imported reply as YAML in the input format, keys in the documented order.
enum ImportWriter {
    typealias Pairs = [(String, Node)]

    static func yaml(_ reply: ImportedReply) -> String {
        var root: Pairs = [("kind", text(reply.kind.rawValue)), ("template", text(reply.template))]
        root += header(reply) + proposal(reply)
        if reply.titleLines.count > 1 {
            root.append(("title", Node(reply.titleLines.map(text))))
        } else if let title = reply.title {
            root.append(("title", text(title)))
        }
        if let opening = reply.opening {
            root.append(("opening", mapping([("text", text(opening))])))
        } else {
            root.append(("opening", text("false")))
        }
        if !reply.background.isEmpty { root.append(("background", Node(reply.background.map(text)))) }
        if !reply.sections.isEmpty { root.append(("sections", Node(reply.sections.map(section)))) }
        root += nextSteps(reply) + ending(reply) + figures(reply)
        root.append(("layout", mapping(layout(reply))))
        let body = (try? Yams.serialize(node: mapping(root), width: -1, allowUnicode: true)) ?? ""
        return "# dafu import — 由 dafu import 从已有答复识别生成，请核对后使用\n" + body
    }

    static func text(_ value: String) -> Node { Node(value, Tag(.str), .plain) }
    static func texts(_ values: [String]) -> Node { values.count == 1 ? text(values[0]) : Node(values.map(text)) }
    static func mapping(_ pairs: Pairs) -> Node { Node(pairs.map { (text($0.0), $0.1) }) }

    private static func header(_ reply: ImportedReply) -> Pairs {
        var header: Pairs = []
        if let value = reply.docNumber { header.append(("doc_number", text(value))) }
        if let value = reply.signer { header.append(("signer", text(value))) }
        if let value = reply.resultClass, !value.isEmpty { header.append(("result_class", text(value))) }
        if let value = reply.disclosure { header.append(("disclosure", text(value))) }
        return header.isEmpty ? [] : [("header", mapping(header))]
    }

    /// The item answered, as far as the letter names it; the salutation as proposers when it
    /// is exactly what dafu would build from them, else as written.
    private static func proposal(_ reply: ImportedReply) -> Pairs {
        var proposal: Pairs = []
        if let session = reply.session { proposal.append(("session", text(session))) }
        if let number = reply.number { proposal.append(("number", text(number))) }
        if let title = reply.proposalTitle { proposal.append(("title", text(title))) }
        let fromSalutation = proposers(from: reply.addressee, kind: reply.kind)
        let people = fromSalutation ?? reply.proposers.map { ($0, reply.kind.expectedRole ?? "") }
        if !people.isEmpty {
            proposal.append(("proposers", Node(people.map { person in
                mapping([("name", text(person.0))] + (person.1.isEmpty ? [] : [("role", text(person.1))]))
            })))
        }
        var pairs: Pairs = proposal.isEmpty ? [] : [("proposal", mapping(proposal))]
        if fromSalutation == nil, let addressee = reply.addressee { pairs.append(("addressee", text(addressee))) }
        return pairs
    }

    private static func measures(_ list: [ImportedReply.Measure], leadKey: String) -> Node {
        Node(list.map { measure in
            var pairs: Pairs = []
            if !measure.lead.isEmpty { pairs.append((leadKey, text(measure.lead))) }
            if !measure.text.isEmpty { pairs.append(("text", text(measure.text))) }
            return mapping(pairs)
        })
    }

    /// A section and, one level at a time, its subsections (four levels at most, as labels go).
    private static func section(_ section: ImportedReply.Section) -> Node {
        var pairs: Pairs = [("heading", text(section.heading))]
        if !section.intro.isEmpty { pairs.append(("intro", texts(section.intro))) }
        if !section.measures.isEmpty { pairs.append(("measures", measures(section.measures, leadKey: "lead"))) }
        if let style = section.itemStyle { pairs.append(("item_style", text(style))) }
        if !section.sections.isEmpty { pairs.append(("sections", Node(section.sections.map(Self.section)))) }
        return mapping(pairs)
    }

    private static func nextSteps(_ reply: ImportedReply) -> Pairs {
        guard !reply.nextStepsText.isEmpty || !reply.nextStepsItems.isEmpty else { return [] }
        var next: Pairs = []
        if !reply.nextStepsText.isEmpty { next.append(("text", texts(reply.nextStepsText))) }
        if !reply.nextStepsItems.isEmpty { next.append(("items", measures(reply.nextStepsItems, leadKey: "heading"))) }
        return [("next_steps", mapping(next))]
    }

    private static func ending(_ reply: ImportedReply) -> Pairs {
        var pairs: Pairs = []
        if !reply.closing.isEmpty { pairs.append(("closing", texts(reply.closing))) }
        if !reply.salute.isEmpty { pairs.append(("salute", Node(reply.salute.map(text)))) }
        if let issuer = reply.issuer { pairs.append(("issuer", text(issuer))) }
        if let date = reply.date { pairs.append(("date", text(date))) }
        if reply.contactName != nil || reply.contactPhone != nil {
            var contact: Pairs = []
            if let name = reply.contactName { contact.append(("name", text(name))) }
            if let phone = reply.contactPhone { contact.append(("phone", text(phone))) }
            pairs.append(("contact", mapping(contact)))
        }
        if !reply.cc.isEmpty { pairs.append(("cc", Node(reply.cc.map(text)))) }
        if let printer = reply.printer { pairs.append(("printer", text(printer))) }
        if let date = reply.printDate { pairs.append(("print_date", text(date))) }
        if !reply.attachments.isEmpty { pairs.append(("attachments", Node(reply.attachments.map(text)))) }
        if !reply.notes.isEmpty { pairs.append(("notes", Node(reply.notes.map(text)))) }
        return pairs
    }

    private static func figures(_ reply: ImportedReply) -> Pairs {
        let figures = reply.figures.enumerated().compactMap { index, row -> (String, Node)? in
            guard let parsed = FigureText.parse(row.text) else { return nil }
            var pairs: Pairs = [("label", text(row.label))]
            pairs.append(("value", parsed.values.count == 1 ? text(parsed.values[0]) : Node(parsed.values.map(text))))
            if !parsed.unit.isEmpty { pairs.append(("unit", text(parsed.unit))) }
            if !parsed.scale.isEmpty { pairs.append(("scale", text(parsed.scale))) }
            if let approx = parsed.approx { pairs.append(("approx", text(approx))) }
            if let asOf = row.asOf { pairs.append(("as_of", text(asOf))) }
            if let source = row.source { pairs.append(("source", text(source))) }
            return ("figure\(index + 1)", mapping(pairs))
        }
        return figures.isEmpty ? [] : [("figures_annex", text("true")), ("figures", mapping(figures))]
    }

    private static func layout(_ reply: ImportedReply) -> Pairs {
        var layout: Pairs = []
        let defaults = LayoutOptions().numbering.map(\.description)
        if reply.numbering.enumerated().contains(where: { $0.element != nil && $0.element != defaults[$0.offset] }) {
            layout.append(("numbering", Node(reply.numbering.enumerated().map { text($0.element ?? defaults[$0.offset]) })))
        }
        layout.append(("run_in", Node(reply.runIn.sorted().map { text(String($0)) })))
        layout.append(("measures", text(reply.measuresEach ? "each" : "inline")))
        layout.append(("join_intro", text(reply.joinIntro ? "true" : "false")))
        if reply.contactFirst { layout.append(("contact_first", text("true"))) }
        return layout
    }

    /// Proposers when the salutation is exactly what dafu would build from them
    /// (王某代表, 郭某、陈某委员); nil otherwise (尊敬的…, an agency …).
    static func proposers(from addressee: String?, kind: ReplyKind) -> [(name: String, role: String)]? {
        guard let addressee, !addressee.hasPrefix("尊敬"), !addressee.contains("等") else { return nil }
        for role in ["代表", "委员"] where addressee.hasSuffix(role) {
            let names = addressee.dropLast(role.count).split(separator: "、").map(String.init)
            guard !names.isEmpty, names.allSatisfy({ (2...4).contains($0.count) }) else { return nil }
            return names.map { ($0, role) }
        }
        return nil
    }
}

/// Reads a figure's text back into its parts: 约3000人, 276万余元, 15%～30%.
enum FigureText {
    static func parse(_ text: String) -> (values: [String], scale: String, approx: String?, unit: String)? {
        var rest = Substring(text)
        var approx: String?
        for word in ["超过", "约", "近"] where rest.hasPrefix(word) {
            approx = word
            rest = rest.dropFirst(word.count)
        }
        var values: [String] = [], scale = "", unit = ""
        for (index, part) in rest.split(separator: "～", omittingEmptySubsequences: false).enumerated() {
            var piece = part
            let number = piece.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
            guard !number.isEmpty else { return nil }
            values.append(String(number))
            piece = piece.dropFirst(number.count)
            if piece.hasPrefix("万") || piece.hasPrefix("亿") { scale = String(piece.prefix(1)); piece = piece.dropFirst() }
            if piece.hasPrefix("余") { approx = "余"; piece = piece.dropFirst() }
            if index > 0 || !text.contains("～") { unit = String(piece) } else if !piece.isEmpty, Figure.symbolUnits.contains(String(piece)) { unit = String(piece) }
        }
        return values.isEmpty || values.count > 2 ? nil : (values, scale, approx, unit)
    }
}
