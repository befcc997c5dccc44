import Yams

/// Writes an imported reply as YAML in the input format, keys in the documented order.
enum ImportWriter {
    static func yaml(_ reply: ImportedReply) -> String {
        var root: [(String, Node)] = []
        func text(_ value: String) -> Node { Node(value, Tag(.str), .plain) }
        func texts(_ values: [String]) -> Node { values.count == 1 ? text(values[0]) : Node(values.map(text)) }
        func mapping(_ pairs: [(String, Node)]) -> Node { Node(pairs.map { (text($0.0), $0.1) }) }

        root.append(("kind", text(reply.kind.rawValue)))
        root.append(("template", text(reply.template)))
        var header: [(String, Node)] = []
        if let value = reply.docNumber { header.append(("doc_number", text(value))) }
        if let value = reply.signer { header.append(("signer", text(value))) }
        if let value = reply.resultClass, !value.isEmpty { header.append(("result_class", text(value))) }
        if let value = reply.disclosure { header.append(("disclosure", text(value))) }
        if !header.isEmpty { root.append(("header", mapping(header))) }

        if reply.kind != .reviewOpinion {
            var proposal: [(String, Node)] = []
            if reply.title == nil {
                // Not shown by a layout without a title; kept for the drafter to fill in.
                proposal += [("session", text("待补充")), ("number", text("待补充"))]
            }
            let proposers = Self.proposers(from: reply.addressee, kind: reply.kind)
            if let proposers {
                proposal.append(("proposers", Node(proposers.map { mapping([("name", text($0.name)), ("role", text($0.role))]) })))
            } else if reply.addressee == nil {
                proposal.append(("proposers", Node([text("待补充")])))
            }
            root.append(("proposal", mapping(proposal)))
            if proposers == nil, let addressee = reply.addressee { root.append(("addressee", text(addressee))) }
        } else if let addressee = reply.addressee {
            root.append(("addressee", text(addressee)))
        }
        if let title = reply.title { root.append(("title", text(title))) }
        if let opening = reply.opening { root.append(("opening", mapping([("text", text(opening))]))) }
        if !reply.background.isEmpty { root.append(("background", Node(reply.background.map(text)))) }

        func measures(_ list: [ImportedReply.Measure], leadKey: String) -> Node {
            Node(list.map { measure in
                var pairs: [(String, Node)] = []
                if !measure.lead.isEmpty { pairs.append((leadKey, text(measure.lead))) }
                if !measure.text.isEmpty { pairs.append(("text", text(measure.text))) }
                return mapping(pairs)
            })
        }
        func section(_ section: ImportedReply.Section) -> Node {
            let children: [Node] = section.sections.map { sectionNode($0) }
            var pairs: [(String, Node)] = [("heading", text(section.heading))]
            if !section.intro.isEmpty { pairs.append(("intro", texts(section.intro))) }
            if !section.measures.isEmpty { pairs.append(("measures", measures(section.measures, leadKey: "lead"))) }
            if let style = section.itemStyle { pairs.append(("item_style", text(style))) }
            if !children.isEmpty { pairs.append(("sections", Node(children))) }
            return mapping(pairs)
        }
        func sectionNode(_ child: ImportedReply.Section) -> Node { section(child) }
        if !reply.sections.isEmpty { root.append(("sections", Node(reply.sections.map { sectionNode($0) }))) }
        if !reply.nextStepsText.isEmpty || !reply.nextStepsItems.isEmpty {
            var next: [(String, Node)] = []
            if !reply.nextStepsText.isEmpty { next.append(("text", texts(reply.nextStepsText))) }
            if !reply.nextStepsItems.isEmpty { next.append(("items", measures(reply.nextStepsItems, leadKey: "heading"))) }
            root.append(("next_steps", mapping(next)))
        }
        if !reply.closing.isEmpty { root.append(("closing", texts(reply.closing))) }
        if let issuer = reply.issuer { root.append(("issuer", text(issuer))) }
        if let date = reply.date { root.append(("date", text(date))) }
        if reply.contactName != nil || reply.contactPhone != nil {
            var contact: [(String, Node)] = []
            if let name = reply.contactName { contact.append(("name", text(name))) }
            if let phone = reply.contactPhone { contact.append(("phone", text(phone))) }
            root.append(("contact", mapping(contact)))
        }
        if !reply.cc.isEmpty { root.append(("cc", Node(reply.cc.map(text)))) }
        if !reply.attachments.isEmpty { root.append(("attachments", Node(reply.attachments.map(text)))) }
        if !reply.notes.isEmpty { root.append(("notes", Node(reply.notes.map(text)))) }
        let figures = reply.figures.enumerated().compactMap { index, row -> (String, Node)? in
            guard let parsed = FigureText.parse(row.text) else { return nil }
            var pairs: [(String, Node)] = [("label", text(row.label))]
            pairs.append(("value", parsed.values.count == 1 ? text(parsed.values[0]) : Node(parsed.values.map(text))))
            if !parsed.unit.isEmpty { pairs.append(("unit", text(parsed.unit))) }
            if !parsed.scale.isEmpty { pairs.append(("scale", text(parsed.scale))) }
            if let approx = parsed.approx { pairs.append(("approx", text(approx))) }
            if let asOf = row.asOf { pairs.append(("as_of", text(asOf))) }
            if let source = row.source { pairs.append(("source", text(source))) }
            return ("figure\(index + 1)", mapping(pairs))
        }
        if !figures.isEmpty {
            root.append(("figures_annex", text("true")))
            root.append(("figures", mapping(figures)))
        }
        var layout: [(String, Node)] = []
        let defaults = LayoutOptions().numbering.map(\.description)
        if reply.numbering.enumerated().contains(where: { $0.element != nil && $0.element != defaults[$0.offset] }) {
            layout.append(("numbering", Node(reply.numbering.enumerated().map { text($0.element ?? defaults[$0.offset]) })))
        }
        layout.append(("run_in", Node(reply.runIn.sorted().map { text(String($0)) })))
        layout.append(("measures", text(reply.measuresEach ? "each" : "inline")))
        layout.append(("join_intro", text(reply.joinIntro ? "true" : "false")))
        root.append(("layout", mapping(layout)))

        let document = mapping(root)
        let body = (try? Yams.serialize(node: document, width: -1, allowUnicode: true)) ?? ""
        return "# dafu import — 由 dafu import 从已有答复识别生成，请核对后使用\n" + body
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
