/// Chooses the layout an imported letter is written with by rendering it: every layout of the
/// pipeline (a template author's own too) renders the recognised data, and the one closest to
/// the letter wins. A layout that needs a field the letter does not have fails to render and is
/// passed over; when none renders, the data gets placeholders (`待补充`) for what is missing, so
/// that what import writes always renders.
struct LayoutChoice {
    var yaml: String
    var template: String
    /// Fields filled with a placeholder, for the drafter to complete.
    var placeholders: [String] = []

    static let placeholder = "待补充"

    static func choose(_ reply: ImportedReply, letter: String, pipeline: Pipeline) -> LayoutChoice {
        // Each try fills more: nothing; the title and salutation layouts print; then, if the
        // recognised parts themselves do not load, the letter as paragraphs; then every
        // field of the item answered as well.
        var plain = ImportedReply()
        plain.kind = reply.kind
        plain.background = letter.split(separator: "\n").map { TextFolding.trimmed(String($0)) }.filter { !$0.isEmpty }
        let tries = [(reply, [String]()), filled(reply), filled(plain), filled(plain, proposal: true)]
        for (candidate, placeholders) in tries {
            if var choice = best(candidate, letter: letter, pipeline: pipeline) {
                choice.placeholders = placeholders
                return choice
            }
        }
        // Only a template folder whose every layout fails could get here; the YAML still loads.
        let (last, placeholders) = filled(plain, proposal: true)
        return LayoutChoice(yaml: ImportWriter.yaml(last), template: last.template, placeholders: placeholders)
    }

    /// `reply` with placeholders for a title and a salutation (and the item answered) it lacks.
    private static func filled(_ reply: ImportedReply, proposal: Bool = false) -> (ImportedReply, [String]) {
        var filled = reply
        var placeholders: [String] = []
        func fill(_ value: inout String?, _ key: String) {
            guard value == nil else { return }
            value = placeholder
            placeholders.append(key)
        }
        fill(&filled.title, "title")
        if filled.proposers.isEmpty { fill(&filled.addressee, "addressee") }
        if proposal {
            fill(&filled.session, "proposal.session")
            fill(&filled.number, "proposal.number")
            fill(&filled.proposalTitle, "proposal.title")
            if filled.proposers.isEmpty {
                filled.proposers = [placeholder]
                placeholders.append("proposal.proposers")
            }
        }
        return (filled, placeholders)
    }

    /// The layout whose rendering of `reply` is closest to `letter`; nil when none renders.
    /// Ties go to the layout named after the reply's kind, then to the first name.
    private static func best(_ reply: ImportedReply, letter: String, pipeline: Pipeline) -> LayoutChoice? {
        let yaml = ImportWriter.yaml(reply)
        let loaded = InputLoader.load(text: yaml, file: "<imported>")
        guard let input = loaded.replies.first?.reply, !loaded.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        let names = pipeline.library.layouts.keys.sorted { ($0 == reply.kind.rawValue ? 0 : 1, $0) < ($1 == reply.kind.rawValue ? 0 : 1, $1) }
        // What the letter says at its top must be printed: a layout that leaves out a title or
        // salutation the letter has is chosen only when no layout prints them all.
        let found = [reply.title, reply.addressee].compactMap { $0 }.map { Similarity.normalized($0) }
        var best: (name: String, score: [Double])?
        for name in names {
            guard let text = try? pipeline.text(for: input, templateName: name), let layout = pipeline.layouts[name] else { continue }
            let comparison = Similarity.compare(source: letter, rendered: text)
            let printed = Similarity.normalized(text)
            let complete = found.allSatisfy { printed.contains($0) }
            // Equal renderings go to the layout whose own settings the letter needs least
            // overridden, then to one whose description names the kind.
            let score = [complete ? 1 : 0, comparison.balanced, Double(agreement(reply, layout.template.options)),
                         Double(kinship(reply.kind, layout.template.description))]
            if best.map({ $0.score.lexicographicallyPrecedes(score) }) ?? true {
                best = (name, score)
            }
        }
        guard let best else { return nil }
        var chosen = reply
        chosen.template = best.name
        return LayoutChoice(yaml: ImportWriter.yaml(chosen), template: best.name)
    }

    /// How many of a layout's own settings are the ones the letter was written with.
    private static func agreement(_ reply: ImportedReply, _ options: LayoutOptions) -> Int {
        let numbering = reply.numbering.enumerated().allSatisfy { $0.element == nil || $0.element == options.numbering[$0.offset].description }
        return [numbering, options.runIn == reply.runIn, (options.measures == .each) == reply.measuresEach,
                options.joinIntro == reply.joinIntro, options.contactFirst == reply.contactFirst].filter { $0 }.count
    }

    /// How well a layout's description names the kind: its head (before the colon) says the
    /// kind's document (提案答复, 建议答复, 审议意见), or at least a reply or an opinion.
    private static func kinship(_ kind: ReplyKind, _ description: String) -> Int {
        let head = description.prefix { $0 != "：" && $0 != ":" }
        return head.contains(kind.chineseName) ? 2 : head.contains(kind.chineseName.suffix(2)) ? 1 : 0
    }

    /// W203 for each placeholder written.
    func notices(file: String) -> [Diagnostic] {
        placeholders.map { key in
            Diagnostic(.importPlaceholder, "信中找不到“\(key)”，而每个版式都要写它；已填“\(Self.placeholder)”，请补充",
                       at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
