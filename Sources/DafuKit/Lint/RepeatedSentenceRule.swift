import Foundation

/// W107: the same sentence twice in one reply — usually copy-paste residue.
struct RepeatedSentenceRule: LintRule {
    static let minimumLength = 10

    func check(_ context: LintContext) -> [LintFinding] {
        var seen: [String: SourceLocation] = [:]
        var findings: [LintFinding] = []
        for text in context.texts {
            var start = 0
            var sentence = ""
            for (offset, char) in text.text.enumerated() {
                sentence.append(char)
                guard "。！？；".contains(char) else { continue }
                let trimmed = sentence.trimmingCharacters(in: .whitespaces)
                if trimmed.count >= Self.minimumLength {
                    if let first = seen[trimmed] {
                        findings.append(LintFinding(diagnostic: .repeatedSentence(trimmed, firstLine: first.line, at: text.location(at: start)), fix: nil))
                    } else {
                        seen[trimmed] = text.location(at: start)
                    }
                }
                sentence = ""
                start = offset + 1
            }
        }
        return findings
    }
}
