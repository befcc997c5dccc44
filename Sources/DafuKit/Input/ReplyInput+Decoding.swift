import Yams

extension ReplyInput {
    /// One YAML document read into a reply and its figure references checked: what every
    /// loader runs (the input loader, the benchmark's decode stage).
    static func read(_ node: Node, reader: NodeReader) -> ReplyInput? {
        var reply = decode(node, reader: reader)
        if let decoded = reply { reader.report(FigureReferences.check(decoded, texts: reader.texts, faulted: reader.faultedFigures, into: &reply)) }
        return reply
    }

    /// Decodes one YAML document into a reply, reporting every problem to `reader`.
    /// Returns nil when the document cannot be read at all (not a mapping, no kind).
    static func decode(_ node: Node, reader: NodeReader) -> ReplyInput? {
        guard let root = reader.mapping(node, schema: InputSchema.root, field: "答复") else { return nil }
        let kind = reader.requiredText(root, "kind").flatMap { _ in root["kind"] }.flatMap {
            reader.choice($0, ["proposal-reply": ReplyKind.proposalReply, "提案答复": .proposalReply,
                               "suggestion-reply": .suggestionReply, "建议答复": .suggestionReply,
                               "review-opinion": .reviewOpinion, "审议意见": .reviewOpinion])
        }
        var reply = ReplyInput(kind: kind ?? Located(.proposalReply, at: root.location), location: root.location)
        reply.readTexts(root, reader)
        if let header = reader.submapping(root, "header", InputSchema.header) { reply.header = Header(header, reader) }
        if let proposal = reader.submapping(root, "proposal", InputSchema.proposal) { reply.proposal = Proposal(proposal, reader) }
        let openingShapes = "写成映射（opening: {text: 开头文字}，或 consulted、studied），或写 opening: false（不要开头段）"
        switch reader.textOrMapping(root["opening"], InputSchema.opening, expected: "映射（键值对）或是/否", shapes: openingShapes) {
        case .text(let text)?:
            // `opening: false` (否): no opening paragraph at all.
            reply.opening.omitted = reader.yesNo(text, field: root["opening"]!.writtenKey, help: openingShapes)?.value == false
        case .mapping(let opening)?:
            reply.opening = Opening(text: reader.text(opening["text"]), consulted: reader.texts(opening["consulted"]),
                                    studied: reader.bool(opening["studied"]))
        case nil:
            break
        }
        reply.sections = reader.list(root["sections"]).compactMap { reader.section($0, level: 1) }
        reply.nextSteps = NextSteps(root["next_steps"], reader)
        if let contact = reader.submapping(root, "contact", InputSchema.contact) {
            reply.contact = Contact(name: reader.text(contact["name"]), phone: reader.text(contact["phone"]))
        }
        if let layout = reader.submapping(root, "layout", InputSchema.layout) { reply.layout = reader.layoutOverrides(layout) }
        if let entry = root["figures"] { reply.figures = reader.figures(entry) }
        reply.figuresAnnex = reader.bool(root["figures_annex"])?.value ?? false
        reply.proposal.location = root["proposal"]?.keyLocation
        return reply
    }

    /// The fields that are a text or a list of texts.
    private mutating func readTexts(_ root: MappingView, _ reader: NodeReader) {
        template = reader.text(root["template"])
        outputName = reader.text(root["output_name"])
        letterhead = reader.text(root["letterhead"])
        titleLines = reader.texts(root["title"])
        title = titleLines.first.map { Located(titleLines.map(\.value).joined(), at: $0.location) }
        if titleLines.count < 2 { titleLines = [] }
        addressee = reader.text(root["addressee"])
        background = reader.texts(root["background"])
        closing = reader.texts(root["closing"])
        salute = reader.texts(root["salute"])
        issuer = reader.text(root["issuer"])
        date = reader.text(root["date"]).flatMap { reader.date($0) }
        cc = reader.texts(root["cc"])
        printer = reader.text(root["printer"])
        printDate = reader.text(root["print_date"]).flatMap { reader.date($0) }
        attachments = reader.texts(root["attachments"])
        notes = reader.texts(root["notes"])
    }
}

extension NodeReader {
    /// `figures:` — name → {value, unit, scale, approx, as_of, source}.
    func figures(_ entry: MappingView.Entry) -> [String: Figure] {
        guard !Self.isNull(entry.value) else { return [:] }
        guard case .mapping(let pairs) = entry.value else {
            report(.wrongType(entry.writtenKey, expected: "映射（键值对）", actual: Self.kindName(entry.value), at: location(entry.value)))
            return [:]
        }
        var figures: [String: Figure] = [:]
        for (keyNode, valueNode) in pairs {
            guard let name = text(keyNode, field: entry.writtenKey) else { continue }
            faultedFigures.insert(name.value)   // until it is read whole
            guard let view = mapping(valueNode, schema: InputSchema.figure, field: name.value) else { continue }
            guard let valueEntry = require(view, "value") else { continue }
            let values = texts(valueEntry)
            guard (1...2).contains(values.count) else {
                report(.figureValueCount(name.value, at: location(valueEntry.value)))
                continue
            }
            var ok = true
            for value in values where !Self.isPlainNumber(value.value) {
                ok = false
                report(.figureNotDigits(name.value, value.value, at: value.location))
            }
            var scale = ""
            if let written = text(view["scale"]) {
                if written.value == "万" || written.value == "亿" {
                    scale = written.value
                } else {
                    ok = false
                    report(.figureScale(name.value, written.value, at: written.location))
                }
            }
            let approximation = choice(view["approx"], ["余": Figure.Approximation.more, "约": .about, "近": .nearly, "超过": .over])
            let asOf = text(view["as_of"]).flatMap { date($0) }
            guard ok else { continue }
            faultedFigures.remove(name.value)
            figures[name.value] = Figure(name: name, label: text(view["label"])?.value, values: values.map { $0.value }, unit: text(view["unit"])?.value ?? "", scale: scale,
                                         approximation: approximation?.value, asOf: asOf?.value, source: text(view["source"])?.value)
        }
        return figures
    }

    /// Digits with an optional decimal part and sign: 7414, 374.26, -3.5.
    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// The mapping under `key`, if present.
    func submapping(_ parent: MappingView, _ key: String, _ schema: Schema) -> MappingView? {
        guard let entry = parent[key], !Self.isNull(entry.value) else { return nil }
        return mapping(entry.value, schema: schema, field: entry.writtenKey, introducedAt: entry.keyLocation)
    }

    func proposer(_ node: Node) -> ReplyInput.Proposer? {
        if case .scalar = node {
            return text(node, field: "proposers").map { ReplyInput.Proposer(name: $0, role: nil) }
        }
        guard let view = mapping(node, schema: InputSchema.proposer, field: "proposers",
                                 orText: "每位提出人写姓名（- 王丽），或写成映射（- {name: 王丽, role: 委员}）") else { return nil }
        guard let name = requiredText(view, "name") else { return nil }
        return ReplyInput.Proposer(name: name, role: text(view["role"]))
    }

    func section(_ node: Node, level: Int) -> ReplyInput.Section? {
        guard let view = mapping(node, schema: InputSchema.section, field: "sections") else { return nil }
        if level > LayoutOptions.maxLevel {
            report(.sectionsTooDeep(at: view.location))
            return nil
        }
        let heading = requiredText(view, "heading")
        if let heading { checkHandTypedNumber(heading) }
        var section = ReplyInput.Section(heading: heading ?? Located("", at: view.location), level: level)
        section.intro = texts(view["intro"])
        section.measures = list(view["measures"]).compactMap { measure($0, schema: InputSchema.measure, leadKey: "lead") }
        section.itemStyle = text(view["item_style"]).flatMap { numberPattern($0, field: "item_style") }
        section.sections = list(view["sections"]).compactMap { self.section($0, level: level + 1) }
        return heading == nil ? nil : section
    }

    func measure(_ node: Node, schema: Schema, leadKey: String) -> ReplyInput.Measure? {
        if case .scalar = node {
            return text(node, field: schema.name).map { ReplyInput.Measure(lead: nil, text: $0) }
        }
        let shapes = "写一句话（- 完善目录。），或写成映射（- {\(leadKey): 要点, text: 内容}）"
        guard let view = mapping(node, schema: schema, field: schema.name, orText: shapes) else { return nil }
        let measure = ReplyInput.Measure(lead: text(view[leadKey]), text: text(view["text"]))
        if let lead = measure.lead { checkHandTypedNumber(lead) }
        if measure.lead == nil, measure.text == nil {
            report(.emptyMeasure(leadKey: leadKey, in: schema.name, at: view.location))
            return nil
        }
        return measure
    }

    /// A date written 2025-05-14 (or 2025-5-14, or 2025-05 for a month).
    func date(_ text: Located<String>) -> Located<ReplyDate>? {
        let parts = text.value.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { Int($0) }
        guard (2...3).contains(parts.count), !numbers.contains(nil), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }) else {
            report(.badDateFormat(text.value, at: text.location))
            return nil
        }
        let year = numbers[0]!, month = numbers[1]!, day = parts.count == 3 ? numbers[2]! : nil
        guard (1...12).contains(month), day.map({ (1...Self.daysIn(month: month, year: year)).contains($0) }) ?? true else {
            report(.impossibleDate(text.value, at: text.location))
            return nil
        }
        return text.map { _ in ReplyDate(year: year, month: month, day: day) }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    func numberPattern(_ text: Located<String>, field: String) -> Located<NumberPattern>? {
        guard let pattern = NumberPattern(text.value) else {
            report(.badNumberPattern(text.value, at: text.location))
            return nil
        }
        return text.map { _ in pattern }
    }

    /// Layout choices under `layout:` in a reply or in a template's front matter.
    func layoutOverrides(_ view: MappingView) -> LayoutOverrides {
        var overrides = LayoutOverrides()
        if let entry = view["numbering"] {
            let patterns = texts(entry).compactMap { numberPattern($0, field: "numbering") }
            if patterns.count > LayoutOptions.maxLevel {
                report(.tooManyLevels(patterns.count, at: entry.keyLocation))
            } else if !patterns.isEmpty {
                var levels = LayoutOptions().numbering
                for (index, pattern) in patterns.enumerated() { levels[index] = pattern.value }
                overrides.numbering = Located(levels, at: entry.keyLocation)
            }
        }
        overrides.items = text(view["items"]).flatMap { numberPattern($0, field: "items") }
        if let entry = view["run_in"] {
            var levels = Set<Int>()
            for level in texts(entry) {
                if let n = Int(level.value), (1...LayoutOptions.maxLevel).contains(n) {
                    levels.insert(n)
                } else {
                    report(.badRunInLevel(level.value, at: level.location))
                }
            }
            overrides.runIn = Located(levels, at: entry.keyLocation)
        }
        overrides.measures = choice(view["measures"], ["inline": MeasureLayout.inline, "连排": .inline,
                                                         "each": .each, "分段": .each])
        overrides.joinIntro = bool(view["join_intro"])
        overrides.contactFirst = bool(view["contact_first"])
        overrides.imprintPage = choice(view["imprint_page"], ["last": ImprintPage.last, "末页": .last, "even": .even, "双页": .even])
        if let entry = view["typography"] { typography(entry, into: &overrides) }
        return overrides
    }

    /// `typography: false` (every rule), or a mapping turning rules on or off by name.
    private func typography(_ entry: MappingView.Entry, into overrides: inout LayoutOverrides) {
        let shapes = "写 typography: false 关掉全部标点规则，或写成映射逐条关掉，如 typography: {time-range-dash: false}"
        switch textOrMapping(entry, InputSchema.typographyRules, expected: "是/否或映射（键值对）", shapes: shapes) {
        case .text(let text)?:
            overrides.typography = yesNo(text, field: entry.writtenKey)
        case .mapping(let rules)?:
            for field in InputSchema.typographyRules.fields {
                if let on = bool(rules[field.key]) { overrides.typographyRules[field.key] = on.value }
            }
        case nil:
            break
        }
    }

    /// Warns when a heading or lead starts with a number typed by hand (一、 （二） 3. 一是):
    /// the engine numbers sections, so the number would appear twice.
    func checkHandTypedNumber(_ text: Located<String>) {
        guard let label = LabelPatterns.handTyped(at: text.value) else { return }
        report(.handTypedNumber(label, at: text.location))
    }
}

extension ReplyInput.Header {
    init(_ header: MappingView, _ reader: NodeReader) {
        docNumber = reader.text(header["doc_number"])
        signer = reader.text(header["signer"])
        resultClass = reader.text(header["result_class"]).map { $0.map(Self.resultClass(written:)) }
        disclosure = reader.choice(header["disclosure"], [
            "主动公开": Disclosure.proactive, "公开": .proactive, "依申请公开": .onRequest, "不予公开": .withheld,
        ])
    }
}

extension ReplyInput.Header {
    /// The spellings of a class left blank, to be filled in by hand after sign-off.
    static let blankClass: Set<String> = ["blank", "空白"]

    /// 办理结果 as written, as the reply keeps it: A类 and A both A; empty for a blank class.
    static func resultClass(written: String) -> String {
        if blankClass.contains(written.lowercased()) { return "" }
        return written.hasSuffix("类") && written.count > 1 ? String(written.dropLast()) : written
    }
}

extension ReplyInput.Proposal {
    init(_ proposal: MappingView, _ reader: NodeReader) {
        location = proposal.location
        session = reader.text(proposal["session"])
        number = reader.text(proposal["number"])
        title = reader.text(proposal["title"])
        proposers = reader.list(proposal["proposers"]).compactMap { reader.proposer($0) }
    }
}

extension ReplyInput.NextSteps {
    /// A plain paragraph is the common case (`next_steps: 下一步，我们将……`); a mapping adds items.
    init?(_ entry: MappingView.Entry?, _ reader: NodeReader) {
        switch reader.textOrMapping(entry, InputSchema.nextSteps,
                                    shapes: "写一段文字（next_steps: 下一步，我们将……），或写成映射（text: 一段文字；items: 事项列表）") {
        case .text(let text)?:
            self.init(text: [text])
        case .mapping(let next)?:
            self.init(text: reader.texts(next["text"]),
                      items: reader.list(next["items"]).compactMap { reader.measure($0, schema: InputSchema.nextStepItem, leadKey: "heading") })
        case nil:
            return nil
        }
    }
}
