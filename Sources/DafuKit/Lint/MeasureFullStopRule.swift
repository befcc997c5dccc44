/// W106: a measure's text should end with a full stop (or ！？); fixable.
struct MeasureFullStopRule: LintRule {
    static let ends: Set<Character> = ["。", "！", "？", "…", "”", "）"]

    func check(_ context: LintContext) -> [LintFinding] {
        var measures: [ReplyInput.Measure] = []
        func collect(_ sections: [ReplyInput.Section]) {
            for section in sections {
                measures += section.measures
                collect(section.sections)
            }
        }
        collect(context.reply.sections)
        return measures.compactMap { measure -> LintFinding? in
            guard let text = measure.text, let last = text.value.last, !Self.ends.contains(last) else { return nil }
            let scalar = context.byLocation[text.location]
            let end = scalar.map { $0.location(at: $0.text.count) }
            let fix = scalar?.fix(at: scalar!.text.count, length: 0, with: "。")
            return LintFinding(diagnostic: .measureWithoutFullStop(at: end ?? text.location), fix: fix)
        }
    }
}
