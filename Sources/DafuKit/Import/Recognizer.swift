import Foundation

/// Walks the lines of a letter from both ends: header items, title and salutation from the top;
/// 抄送, notes, date and issuer, contact lines, attachments and 此致/敬礼 from the bottom; the
/// body between.
struct Recognizer {
    let lines: [SourceLine]
    let file: String
    private(set) var notices: [Diagnostic] = []
    /// Source lines left out of the letter (a page's lines under the title).
    private(set) var leftoverLines: Set<Int> = []
    var reply = ImportedReply()

    init(lines: [SourceLine], file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func notice(_ line: SourceLine, _ message: String) {
        notices.append(.importNotice(message, file: file, line: line.number))
    }

    mutating func recognize() -> ImportedReply {
        let top = self.top(to: lines.count)
        let bottom = ending(from: top, to: lines.count)
        body(Array(lines[top..<bottom]))
        reply.kind = Self.kind(title: reply.title, addressee: reply.addressee)
        return reply
    }

    // MARK: Top

    /// Header items, the title and the salutation, in whatever order the letter has them
    /// (a page may show the title above the document number).
    private mutating func top(to end: Int) -> Int {
        var index = 0
        while index < end {
            let line = lines[index]
            if header(line.text) {
                index += 1
            } else if reply.title == nil, reply.addressee == nil, let count = titleLines(at: index, end: end) {
                let titleLines = lines[index..<(index + count)].map(\.text)
                let parts = TitleText.parts(titleLines.joined())
                reply.title = parts.title
                if count > 1, parts.title == titleLines.joined() { reply.titleLines = titleLines }
                reply.session = parts.session
                reply.number = parts.number
                reply.proposalTitle = parts.proposalTitle
                index += count
            } else if reply.title != nil, reply.addressee == nil, Self.isAdoptionNote(line.text) {
                notice(line, "第\(line.number)行是标题下的通过说明，答复数据中没有对应字段，已略去：\(line.text.prefix(40))")
                leftoverLines.insert(line.number)
                index += 1
            } else if reply.addressee == nil, Self.isSalutation(line.text) {
                reply.addressee = String(line.text.dropLast())
                index += 1
                break
            } else {
                break
            }
        }
        return index
    }

    /// Records a header item; false when the line is none.
    private mutating func header(_ text: String) -> Bool {
        if let match = HeaderText.resultClass(text) {
            // 办理结果：　　类, left for a hand to fill in after sign-off.
            reply.resultClass = match.isEmpty ? "blank" : match
        } else if text.hasPrefix("签发人") {
            reply.signer = HeaderText.afterColon(text)
        } else if let (number, signer) = HeaderText.docNumber(text) {
            reply.docNumber = number
            if let signer { reply.signer = signer }
        } else if text.hasPrefix("公开属性") || text.hasPrefix("是否同意公开") {
            reply.disclosure = HeaderText.afterColon(text).contains("否") ? "不予公开" : "主动公开"
        } else {
            return false
        }
        return true
    }

    /// A title of one to three lines, the last ending as titles do; nil when none starts here.
    private func titleLines(at start: Int, end: Int) -> Int? {
        guard LabelPatterns.heading(at: lines[start].text) == nil else { return nil }
        for count in 1...3 where start + count <= end {
            let candidate = lines[start..<(start + count)].map(\.text).joined()
            if candidate.count > 120 || candidate.contains("。") || candidate.contains("收悉") { return nil }
            let base = candidate.replacingOccurrences(of: #"[（(]关于.+的(建议|提案)[）)]$"#, with: "", options: .regularExpression)
            if TitleText.endsTitle(base) || TitleText.endsTitle(candidate) { return count }
        }
        return nil
    }

    /// `（2024年7月4日…会议通过）` under a review opinion's title.
    static func isAdoptionNote(_ text: String) -> Bool {
        guard let inner = parenthesized(text) else { return false }
        return inner.hasSuffix("通过") && inner.contains("会议")
    }

    /// `尊敬的陈立群代表：`, `市人民政府：`: short, ends with a colon, no sentence.
    static func isSalutation(_ text: String) -> Bool {
        (text.hasSuffix("：") || text.hasSuffix(":")) && text.count <= 60 && text.count >= 3 && !text.contains("。")
            && !text.contains("收悉") && !text.contains("如下") && !HeaderText.isItem(text)
    }

    /// The kind a letter answers, from its title and salutation: 审议意见 and reports on them
    /// or on a year's handling are review opinions (no proposal to cite), 建议 suggestions,
    /// the rest proposals.
    static func kind(title: String?, addressee: String?) -> ReplyKind {
        let title = title ?? ""
        if title.contains("审议意见") || title.hasSuffix("报告") || addressee?.hasSuffix("政府") == true || addressee?.hasSuffix("常委会") == true {
            return .reviewOpinion
        }
        if title.contains("建议") || addressee?.hasSuffix("代表") == true { return .suggestionReply }
        return .proposalReply
    }

    static func parenthesized(_ text: String) -> String? {
        let opens: Set<Character> = ["（", "("], closes: Set<Character> = ["）", ")"]
        guard let first = text.first, let last = text.last, opens.contains(first), closes.contains(last), text.count > 2 else { return nil }
        return String(text.dropFirst().dropLast())
    }

    static func isDate(_ text: String) -> Bool {
        text.range(of: #"^[0-9]{4}年[0-9]{1,2}月([0-9]{1,2}日)?$"#, options: .regularExpression) != nil
    }

    static func looksLikeIssuer(_ line: SourceLine) -> Bool {
        let text = line.text
        guard text.count <= 40, !text.contains("。"), !text.contains("，"), !text.contains("："), !text.contains(":") else { return false }
        return line.indent >= 8 || ["局", "委", "会", "府", "办", "室", "厅", "部", "院", "组", "中心", "公司"].contains(where: { text.hasSuffix($0) })
    }
}
