import Foundation

/// The end of a letter, read upwards: 印发 and 抄送 of the 版记, the 数据来源表 annex, notes and contact lines under
/// the date, the date and the issuer, contact lines above them, attachments, 此致/敬礼.
extension Recognizer {
    mutating func ending(from start: Int, to end: Int) -> Int {
        var index = end
        if index > start, let (printer, date) = Self.imprint(lines[index - 1].text) {
            reply.printer = printer
            reply.printDate = date
            index -= 1
        }
        if index > start, lines[index - 1].text.hasPrefix("抄送") {
            var list = HeaderText.afterColon(lines[index - 1].text)
            if list.hasSuffix("。") { list.removeLast() }
            reply.cc = list.split(whereSeparator: { "，、,".contains($0) }).map { TextFolding.trimmed(String($0)) }
            index -= 1
        }
        index = annex(from: start, to: index)
        let below = footnotes(from: start, to: index)
        let signature = signature(from: start, to: below)
        if signature == below, below < index {
            // Notes with no date above them are ordinary text.
            return index
        }
        read(notes: lines[below..<index].map(\.text))
        let above = footnotes(from: start, to: signature)
        if above < signature {
            read(notes: lines[above..<signature].map(\.text))
            reply.contactFirst = true
        }
        return salute(from: start, to: attachments(from: start, to: above))
    }

    /// `某某办公室　　2025年7月11日印发`: the 版记's 印发机关 and 印发日期.
    static func imprint(_ text: String) -> (String, String)? {
        guard text.hasSuffix("印发"), let match = text.firstMatch(#"^(.*?)\s*([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)印发$"#),
              let date = ReplyDate(written: match[2])?.iso else { return nil }
        let printer = TextFolding.trimmed(match[1])
        return printer.isEmpty ? nil : (printer, date)
    }

    /// The lines of notes and contact details ending at `end`: the first of them.
    private func footnotes(from start: Int, to end: Int) -> Int {
        var index = end
        while index > start, Self.isFootnote(lines[index - 1].text) { index -= 1 }
        return index
    }

    /// `（此件主动公开）`, `（联系人：…）`, `联系电话：…`, `部门负责人：…　承办人：…`.
    static func isFootnote(_ text: String) -> Bool {
        if parenthesized(text) != nil { return text.count <= 80 }
        let labels = ["联系人", "联 系 人", "联系电话", "联系单位", "部门负责人", "承办人", "承办单位", "经办人", "审核人"]
        return text.count <= 60 && labels.contains { text.hasPrefix($0) } && (text.contains("：") || text.contains(":"))
    }

    /// The date and the issuer above it; returns the first line of the signature.
    private mutating func signature(from start: Int, to end: Int) -> Int {
        var index = end
        guard index > start, Self.isDate(lines[index - 1].text) else { return end }
        reply.date = ReplyDate(written: lines[index - 1].text)?.iso
        index -= 1
        if index > start, Self.looksLikeIssuer(lines[index - 1]) {
            reply.issuer = lines[index - 1].text
            index -= 1
        }
        return index
    }

    /// Notes as the reply's fields: disclosure, contact, the rest as notes.
    private mutating func read(notes: [String]) {
        for line in notes {
            let note = Self.parenthesized(line) ?? line
            if note.hasPrefix("此件") {
                reply.disclosure = String(note.dropFirst(2))
            } else if note.filter({ $0 != " " }).hasPrefix("联系人") || note.hasPrefix("联系电话") {
                for part in note.split(whereSeparator: { "，,；;".contains($0) }) {
                    let key = part.prefix { $0 != "：" && $0 != ":" }.filter { $0 != " " }
                    if key.hasPrefix("联系人") && key.count <= 5, reply.contactName == nil { reply.contactName = HeaderText.afterColon(String(part)) }
                    if key.hasSuffix("电话"), reply.contactPhone == nil { reply.contactPhone = HeaderText.afterColon(String(part)) }
                }
            } else {
                reply.notes.append(note)
            }
        }
    }

    /// 附件：1.甲, then 2.乙 … above the signature.
    private mutating func attachments(from start: Int, to end: Int) -> Int {
        var found: [String] = []
        var above = end
        while above > start {
            let text = lines[above - 1].text
            if text.hasPrefix("附件：") || text.hasPrefix("附件:") {
                found.insert(text, at: 0)
                above -= 1
                break
            }
            guard Self.isNumberedAttachment(text) else { break }
            found.insert(text, at: 0)
            above -= 1
        }
        guard found.first?.hasPrefix("附件") == true else { return end }
        reply.attachments = found.enumerated().map { offset, line in
            var text = offset == 0 ? String(line.dropFirst(3)) : line
            if found.count > 1, let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber) {
                // A .docx sets a tab (read as a full-width space) between the number and the name.
                text = String(text[text.index(after: dot)...].drop { $0 == "\u{3000}" })
            }
            return text
        }.filter { !(self.reply.figures.isEmpty == false && $0 == "数据来源表") }
        return above
    }

    private static func isNumberedAttachment(_ text: String) -> Bool {
        guard let dot = text.firstIndex(of: "."), !text[..<dot].isEmpty, text[..<dot].allSatisfy(\.isNumber) else { return false }
        return text.count < 60 && !text.contains("。")
    }

    /// 此致 / 敬礼！ (as a page shows them, 致 / 礼！, the formula restored).
    private mutating func salute(from start: Int, to end: Int) -> Int {
        guard end - start >= 2 else { return end }
        let first = lines[end - 2].text, second = lines[end - 1].text
        guard ["此致", "致"].contains(first), ["敬礼！", "敬礼!", "敬礼", "礼！", "礼!"].contains(second) else { return end }
        reply.salute = ["此致", "敬礼！"]
        if first == "致" { notice(lines[end - 2], "第\(lines[end - 2].number)行的“致”“礼！”是网页显示的“此致”“敬礼！”，已按原格式恢复") }
        return end - 2
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
            reply.figures.append((cells[0], cells[1], asOf.flatMap { ReplyDate(written: $0)?.iso }, source))
        }
        return label
    }
}
