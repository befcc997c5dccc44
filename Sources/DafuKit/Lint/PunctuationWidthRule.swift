/// W102: half-width punctuation in Chinese text (rendering fixes it, but the source should be
/// clean); fixable. Rules the reply turns off under `layout.typography` are not applied: a
/// drafter quoting a source keeps its marks.
struct PunctuationWidthRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        let enabled = context.reply.layout.applied(to: LayoutOptions()).typographyRules
        let rules = Typography.rules.filter { enabled.contains($0.name) }
        guard !rules.isEmpty else { return [] }
        for text in context.texts where !text.path.hasSuffix("phone") {
            let fixed = Typography.apply(text.text, rules: rules)
            guard fixed != text.text else { continue }
            let old = Array(text.text), new = Array(fixed)
            guard old.count == new.count else { continue }
            for offset in old.indices where old[offset] != new[offset] {
                let fix = text.fix(at: offset, length: 1, with: String(new[offset]))
                findings.append(LintFinding(diagnostic: .halfWidthPunctuation(old[offset], new[offset], at: text.location(at: offset)), fix: fix))
            }
        }
        return findings
    }
}
