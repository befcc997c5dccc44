import Foundation

/// Walks the lines of a letter from both ends: header, title and salutation from the top;
/// 抄送, 附注, date and issuer, attachments and an annex from the bottom; the body between.
struct Recognizer {
    let lines: [SourceLine]
    let file: String
    private(set) var notices: [Diagnostic] = []
    /// Source lines dropped as web-page leftovers.
    private(set) var leftoverLines: Set<Int> = []
    var reply = ImportedReply()

    init(lines: [SourceLine], file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func notice(_ line: SourceLine, _ message: String) {
        notices.append(.importNotice(message, file: file, line: line.number))
    }

    /// Words of web pages around a pasted letter.
    static let leftovers = ["首页", "当前位置", "发布时间", "发布日期", "来源：", "浏览次数", "字体", "打印本页", "关闭窗口", "分享到", "【打印】", "【关闭】", "扫一扫"]

    /// Whether a line is navigation, a time stamp or buttons of the web page around a letter.
    static func isLeftover(_ text: String) -> Bool {
        leftovers.contains(where: { text.contains($0) }) || text.contains(" > ")
    }

    mutating func recognize() -> ImportedReply {
        var top = 0, bottom = lines.count
        // Web-page leftovers at either end.
        while top < bottom, Self.isLeftover(lines[top].text) {
            notice(lines[top], "第\(lines[top].number)行像网页残留（导航、发布时间等），已略去：\(lines[top].text.prefix(30))")
            leftoverLines.insert(lines[top].number)
            top += 1
        }
        while bottom > top, Self.isLeftover(lines[bottom - 1].text) {
            notice(lines[bottom - 1], "第\(lines[bottom - 1].number)行像网页残留，已略去：\(lines[bottom - 1].text.prefix(30))")
            leftoverLines.insert(lines[bottom - 1].number)
            bottom -= 1
        }
        top = header(from: top, to: bottom)
        bottom = ending(from: top, to: bottom)
        top = titleAndSalutation(from: top, to: bottom)
        body(Array(lines[top..<bottom]))
        chooseLayout()
        return reply
    }

    // MARK: Top

    private mutating func header(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let text = lines[index].text
            if let match = Self.resultClass(text) {
                reply.resultClass = match
            } else if text.hasPrefix("签发人") {
                reply.signer = Self.afterColon(text)
            } else if let (number, signer) = Self.docNumber(text) {
                reply.docNumber = number
                if let signer { reply.signer = signer }
            } else if text.hasPrefix("公开属性") || text.hasPrefix("是否同意公开") {
                reply.disclosure = Self.afterColon(text).contains("否") ? "不予公开" : "主动公开"
            } else {
                break
            }
            index += 1
        }
        return index
    }

    /// 办理结果：A类, （A类）, 办理结果：（C）, A类.
    static func resultClass(_ text: String) -> String? {
        var rest = text
        if rest.hasPrefix("办理结果") || rest.hasPrefix("答复类别") { rest = afterColon(rest) } else if !(rest.count <= 5 && rest.contains("类")) { return nil }
        rest = rest.filter { !"（）()类 \u{3000}：:".contains($0) }
        return rest.count <= 2 ? rest : nil
    }

    /// 某发〔2025〕12号 (with [] 【】 （）), optionally followed by 签发人：name on the same line.
    static func docNumber(_ text: String) -> (String, String?)? {
        guard text.count < 50, text.contains("号") else { return nil }
        var number = text, signer: String?
        if let range = text.range(of: "签发人") {
            number = TextFolding.trimmed(String(text[..<range.lowerBound]))
            signer = afterColon(String(text[range.lowerBound...]))
        }
        let hasYear = number.range(of: #"[〔\[【（(][0-9]{4}[〕\]】）)][0-9]+号$"#, options: .regularExpression) != nil
        return hasYear ? (number, signer) : nil
    }

    static func afterColon(_ text: String) -> String {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return text }
        return TextFolding.trimmed(String(text[text.index(after: colon)...]))
    }

    private mutating func titleAndSalutation(from start: Int, to end: Int) -> Int {
        var index = start
        // A title: up to three lines, the last ending in 答复/答复函/意见/…, before any salutation.
        for count in 1...3 where start + count <= end {
            let candidate = lines[start..<(start + count)].map(\.text).joined()
            let last = lines[start + count - 1].text
            if !last.hasSuffix("：") && !candidate.contains("收悉") && !candidate.contains("。")
                && (candidate.hasSuffix("答复") || candidate.hasSuffix("答复函") || candidate.hasSuffix("意见") || candidate.hasSuffix("的函")) {
                reply.title = candidate
                index = start + count
                break
            }
        }
        if index < end {
            let text = lines[index].text
            if (text.hasSuffix("：") || text.hasSuffix(":")), text.count <= 60, !text.contains("。"), !text.contains("收悉") {
                reply.addressee = String(text.dropLast())
                index += 1
            }
        }
        return index
    }

    // MARK: Bottom

    private mutating func ending(from start: Int, to end: Int) -> Int {
        var index = end
        // 抄送 (版记) last.
        if index > start, lines[index - 1].text.hasPrefix("抄送") {
            var list = Self.afterColon(lines[index - 1].text)
            if list.hasSuffix("。") { list.removeLast() }
            reply.cc = list.split(whereSeparator: { "，、,".contains($0) }).map { TextFolding.trimmed(String($0)) }
            index -= 1
        }
        index = annex(from: start, to: index)
        // 附注 lines in parentheses under the date.
        var notes: [String] = []
        while index > start, let note = Self.parenthesized(lines[index - 1].text) {
            notes.insert(note, at: 0)
            index -= 1
        }
        // The date, then the issuer above it (both pushed right, or short).
        if index > start, Self.isDate(lines[index - 1].text) {
            reply.date = Self.isoDate(lines[index - 1].text)
            index -= 1
            if index > start, Self.looksLikeIssuer(lines[index - 1]) {
                reply.issuer = lines[index - 1].text
                index -= 1
            }
        } else if !notes.isEmpty {
            // Parentheses without a date above are ordinary text.
            index += notes.count
            notes = []
        }
        for note in notes {
            if note.hasPrefix("此件") { reply.disclosure = String(note.dropFirst(2)) }
            else if note.hasPrefix("联系人") {
                let parts = note.components(separatedBy: "，")
                reply.contactName = parts.first.map { Self.afterColon($0) }
                reply.contactPhone = parts.dropFirst().first.map { Self.afterColon($0) }
            } else { reply.notes.append(note) }
        }
        // 附件说明 above the signature: 附件：1.甲, then 2.乙 ….
        var attachmentLines: [String] = []
        var above = index
        while above > start {
            let text = lines[above - 1].text
            if text.hasPrefix("附件：") {
                attachmentLines.insert(text, at: 0)
                above -= 1
                break
            }
            guard Self.isNumberedAttachment(text) else { break }
            attachmentLines.insert(text, at: 0)
            above -= 1
        }
        if attachmentLines.first?.hasPrefix("附件：") == true {
            index = above
            reply.attachments = attachmentLines.enumerated().map { offset, line in
                var text = offset == 0 ? String(line.dropFirst(3)) : line
                if attachmentLines.count > 1, let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber) {
                    // A .docx sets a tab (read as a full-width space) between the number and the name.
                    text = String(text[text.index(after: dot)...].drop { $0 == "\u{3000}" })
                }
                return text
            }.filter { !(self.reply.figures.isEmpty == false && $0 == "数据来源表") }
        }
        return index
    }

    private static func isNumberedAttachment(_ text: String) -> Bool {
        guard let dot = text.firstIndex(of: "."), !text[..<dot].isEmpty, text[..<dot].allSatisfy(\.isNumber) else { return false }
        return text.count < 60 && !text.contains("。")
    }

    /// The 数据来源表 annex dafu writes for figures: read back as figures (whose texts are
    /// already in the body, so they are not referred to).
    private mutating func annex(from start: Int, to end: Int) -> Int {
        guard let label = (start..<end).last(where: { lines[$0].text == "附件" }), label + 2 < end,
              lines[label + 1].text == "数据来源表" else { return end }
        for line in lines[(label + 3)..<end] {
            let cells = line.text.components(separatedBy: CharacterSet(charactersIn: "\u{3000} ")).filter { !$0.isEmpty }
            guard cells.count >= 2 else { continue }
            let asOf = cells.dropFirst(2).first { Self.isDate($0) }
            let source = cells.count > 2 ? cells.last.flatMap { Self.isDate($0) ? nil : $0 } : nil
            reply.figures.append((cells[0], cells[1], asOf.flatMap { Self.isoDate($0) }, source))
        }
        return label
    }

    static func parenthesized(_ text: String) -> String? {
        guard text.hasPrefix("（"), text.hasSuffix("）"), text.count > 2 else { return nil }
        return String(text.dropFirst().dropLast())
    }

    static func isDate(_ text: String) -> Bool {
        text.range(of: #"^[0-9]{4}年[0-9]{1,2}月([0-9]{1,2}日)?$"#, options: .regularExpression) != nil
    }

    /// 2025年6月20日 → 2025-06-20, 2025年6月 → 2025-06; nil for anything else.
    static func isoDate(_ text: String) -> String? {
        guard isDate(text) else { return nil }
        let numbers = text.split(whereSeparator: { !("0"..."9").contains($0) }).compactMap { Int($0) }
        switch numbers.count {
        case 3: return String(format: "%04d-%02d-%02d", numbers[0], numbers[1], numbers[2])
        case 2: return String(format: "%04d-%02d", numbers[0], numbers[1])
        default: return nil
        }
    }

    static func looksLikeIssuer(_ line: SourceLine) -> Bool {
        line.indent >= 8 || (line.text.count <= 30 && !line.text.contains("。") && !line.text.contains("，")
                             && ["局", "委", "会", "府", "办", "室", "厅", "部", "院", "组"].contains(where: { line.text.hasSuffix($0) }))
    }
}
