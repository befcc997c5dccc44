/// E104 / W104: dates written in the text — impossible ones (2月30日) are errors, padded ones
/// (05月, 03日) warnings with a fix (GB/T 9704: 月、日不编虚位).
struct DateInTextRule: LintRule {
    func check(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for text in context.texts {
            let chars = Array(text.text)
            var index = 0
            while index < chars.count {
                guard chars[index].isASCII, chars[index].isNumber else { index += 1; continue }
                var end = index
                while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
                let digits = String(chars[index..<end])
                if end < chars.count, chars[end] == "月" || chars[end] == "日", digits.count == 2, digits.hasPrefix("0") {
                    let fix = text.fix(at: index, length: 2, with: String(digits.dropFirst()))
                    findings.append(LintFinding(diagnostic: .paddedDateInText(digits, unit: chars[end], at: text.location(at: index)), fix: fix))
                }
                if end < chars.count, chars[end] == "月", let month = Int(digits) {
                    // The day that follows, if any: 2月30日.
                    var dayEnd = end + 1
                    while dayEnd < chars.count, chars[dayEnd].isASCII, chars[dayEnd].isNumber { dayEnd += 1 }
                    let day = Int(String(chars[(end + 1)..<dayEnd]))
                    var year = 2024
                    if index >= 5, chars[index - 1] == "年", let y = Int(String(chars[(index - 5)..<(index - 1)])) { year = y }
                    if !(1...12).contains(month) || (day != nil && dayEnd < chars.count && chars[dayEnd] == "日"
                                                      && !(1...NodeReader.daysIn(month: month, year: year)).contains(day!)) {
                        findings.append(LintFinding(diagnostic: .impossibleDateInText(String(chars[index..<min(chars.count, dayEnd + 1)]), at: text.location(at: index)), fix: nil))
                    }
                }
                index = end
            }
        }
        return findings
    }
}
