/// E103: a 发文字号 must read 机关代字〔年份〕序号号 — year in 〔〕, no leading zeros.
struct DocumentNumberRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        guard let number = context.reply.header.docNumber else { return [] }
        let text = number.value
        let scalar = context.byLocation[number.location]
        func at(_ offset: Int) -> SourceLocation { scalar?.location(at: offset) ?? number.location }
        let chars = Array(text)
        guard let open = chars.firstIndex(where: { "〔[【（(".contains($0) }) else {
            return [LintFinding(diagnostic: .error("E103", "发文字号“\(text)”缺少用六角括号〔〕括起的年份", at: number.location,
                                                   help: "例如 某发〔2025〕12号"), fix: nil)]
        }
        var findings: [LintFinding] = []
        if chars[open] != "〔" {
            findings.append(LintFinding(diagnostic: .error("E103", "发文字号的年份应用六角括号〔〕，不用“\(chars[open])”", at: at(open)), fix: nil))
        }
        if let close = chars.firstIndex(where: { "〕]】）)".contains($0) }), close > open {
            let year = String(chars[(open + 1)..<close])
            if year.count != 4 || !year.allSatisfy(\.isNumber) {
                findings.append(LintFinding(diagnostic: .error("E103", "发文字号的年份“\(year)”应写全四位", at: at(open + 1)), fix: nil))
            }
            let serial = chars[(close + 1)...].prefix { $0.isNumber }
            if serial.first == "0", serial.count > 1 {
                findings.append(LintFinding(diagnostic: .error("E103", "发文字号的序号“\(String(serial))”不编虚位（1 不写作 01）", at: at(close + 1)), fix: nil))
            }
            if !text.hasSuffix("号") {
                findings.append(LintFinding(diagnostic: .error("E103", "发文字号应以“号”结尾", at: number.location), fix: nil))
            }
        }
        return findings
    }
}
