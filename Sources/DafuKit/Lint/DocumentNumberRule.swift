/// E103: a 发文字号 must read 机关代字〔年份〕序号号 — year in 〔〕, no leading zeros.
struct DocumentNumberRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        guard let number = context.reply.header.docNumber else { return [] }
        let text = number.value
        let scalar = context.byLocation[number.location]
        func at(_ offset: Int) -> SourceLocation { scalar?.location(at: offset) ?? number.location }
        let chars = Array(text)
        guard let open = chars.firstIndex(where: { "〔[【（(".contains($0) }) else {
            return [LintFinding(diagnostic: .documentNumberWithoutYear(text, at: number.location), fix: nil)]
        }
        var findings: [LintFinding] = []
        if chars[open] != "〔" {
            findings.append(LintFinding(diagnostic: .documentNumberBracket(chars[open], at: at(open)), fix: nil))
        }
        if let close = chars.firstIndex(where: { "〕]】）)".contains($0) }), close > open {
            let year = String(chars[(open + 1)..<close])
            if year.count != 4 || !year.allSatisfy(\.isNumber) {
                findings.append(LintFinding(diagnostic: .documentNumberShortYear(String(year), at: at(open + 1)), fix: nil))
            }
            let serial = chars[(close + 1)...].prefix { $0.isNumber }
            if serial.first == "0", serial.count > 1 {
                findings.append(LintFinding(diagnostic: .documentNumberPadded(String(serial), at: at(close + 1)), fix: nil))
            }
            if !text.hasSuffix("号") {
                findings.append(LintFinding(diagnostic: .documentNumberWithoutHao(at: number.location), fix: nil))
            }
        }
        return findings
    }
}
