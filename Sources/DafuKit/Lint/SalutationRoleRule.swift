/// W105: the proposer's role should match the kind — 代表 for 建议, 委员 for 提案.
struct SalutationRoleRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        guard let expected = context.reply.kind.value.expectedRole else { return [] }
        let wrong = expected == "代表" ? "委员" : "代表"
        var findings = context.reply.proposal.proposers.compactMap { proposer -> LintFinding? in
            guard let role = proposer.role, role.value == wrong else { return nil }
            return LintFinding(diagnostic: .warning("W105", "\(context.reply.kind.value.chineseName)的提出人应为“\(expected)”，这里写的是“\(wrong)”",
                                                    at: role.location), fix: nil)
        }
        if let addressee = context.reply.addressee, addressee.value.hasSuffix(wrong) {
            findings.append(LintFinding(diagnostic: .warning("W105", "称呼以“\(wrong)”结尾，\(context.reply.kind.value.chineseName)应称“\(expected)”",
                                                         at: addressee.location), fix: nil))
        }
        return findings
    }
}
