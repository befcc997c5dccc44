/// W108: a reply without a closing (结束语) — 感谢…… / 此复。 is expected.
struct MissingClosingRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        guard context.reply.closing.isEmpty, context.reply.kind.value != .reviewOpinion else { return [] }
        return [LintFinding(diagnostic: .missingClosing(at: context.reply.location), fix: nil)]
    }
}
