/// W105: the proposer's role should match the kind — 代表 for 建议, 委员 for 提案.
struct SalutationRoleRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        guard let expected = context.reply.kind.value.expectedRole else { return [] }
        let wrong = expected == "代表" ? "委员" : "代表"
        var findings = context.reply.proposal.proposers.compactMap { proposer -> LintFinding? in
            guard let role = proposer.role, role.value == wrong else { return nil }
            return LintFinding(diagnostic: .proposerRoleMismatch(kind: context.reply.kind.value.chineseName, expected: expected, written: wrong,
                                                                          at: role.location), fix: nil)
        }
        if let addressee = context.reply.addressee, addressee.value.hasSuffix(wrong) {
            findings.append(LintFinding(diagnostic: .salutationRoleMismatch(kind: context.reply.kind.value.chineseName, expected: expected,
                                                                                written: wrong, at: addressee.location), fix: nil))
        }
        return findings
    }
}
