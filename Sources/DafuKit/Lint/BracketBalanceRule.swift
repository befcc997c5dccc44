/// E101: “” 《》 （） must pair up within a text.
struct BracketBalanceRule: LintRule {
    static let pairs: [(open: Character, close: Character)] = [("“", "”"), ("《", "》"), ("（", "）"), ("‘", "’")]

    func check(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for text in context.texts {
            for pair in Self.pairs {
                var stack: [Int] = []
                var unmatchedClose: Int?
                for (offset, char) in text.text.enumerated() {
                    if char == pair.open { stack.append(offset) }
                    if char == pair.close {
                        if stack.popLast() == nil, unmatchedClose == nil { unmatchedClose = offset }
                    }
                }
                if let offset = stack.first ?? unmatchedClose {
                    let mark = stack.first != nil ? pair.open : pair.close
                    findings.append(LintFinding(diagnostic: .unbalancedPair(mark, partner: mark == pair.open ? pair.close : pair.open, at: text.location(at: offset)), fix: nil))
                }
            }
        }
        return findings
    }
}
