extension Recognizer {
    /// Openings: the sentence acknowledging the proposal (…收悉。…现答复如下：).
    static func isOpening(_ text: String) -> Bool {
        text.contains("收悉") || text.contains("答复如下") || text.contains("听取") || text.contains("审议了")
    }

    /// The proposal's title as an opening cites it: in 《》 or “”, or bare after 提出的.
    static func citedTitle(_ opening: String) -> String? {
        for pattern in [#"《(关于[^》]+的(?:建议|提案))》"#, #"“(关于[^”]+的(?:建议|提案))”"#, #"提出的(关于[^，。《“]+的(?:建议|提案))收悉"#] {
            if let match = opening.firstMatch(pattern) { return match[1] }
        }
        return nil
    }

    static let nextStepsStarts = ["下一步", "下步", "今后"]
    static let closingStarts = ["感谢", "再次感谢", "衷心感谢", "诚挚感谢", "谨此", "此复", "特此", "专此", "以上答复", "对以上答复", "欢迎", "恳请", "希望"]

    mutating func body(_ body: [SourceLine]) {
        var index = 0
        if index < body.count, Self.isOpening(body[index].text) || reply.title?.contains("审议意见") == true {
            reply.opening = body[index].text
            if reply.proposalTitle == nil { reply.proposalTitle = Self.citedTitle(body[index].text) }
            index += 1
        }
        // Open sections by level; paragraphs go to the innermost.
        var stack: [ImportedReply.Section] = []
        var inNextSteps = false
        var afterLast = false   // after content that a following plain paragraph cannot belong to
        while index < body.count {
            let line = body[index]
            let text = line.text
            defer { index += 1 }
            if let label = Labels.sectionLabel(text), text.count > label.length {
                let rest = String(text.dropFirst(label.length))
                var heading = rest, runInText: String?
                if let stop = rest.firstIndex(of: "。"), rest.index(after: stop) < rest.endIndex {
                    heading = String(rest[..<stop])
                    runInText = String(rest[rest.index(after: stop)...])
                    reply.runIn.insert(label.level)
                } else if rest.hasSuffix("。") {
                    heading = String(rest.dropLast())
                    reply.runIn.insert(label.level)
                }
                reply.numbering[label.level - 1] = reply.numbering[label.level - 1] ?? label.pattern.description
                if inNextSteps, label.level == 2, stack.isEmpty {
                    reply.nextStepsItems.append(.init(lead: heading, text: runInText ?? ""))
                    reply.nextStepsAsSections = true
                    continue
                }
                let section = ImportedReply.Section(level: label.level, heading: heading)
                while let last = stack.last, last.level >= label.level { stack.removeLast() }
                if let parent = stack.last { parent.sections.append(section) } else { reply.sections.append(section) }
                stack.append(section)
                afterLast = false
                if let runInText { add(runInText, to: section, separate: false) }
                continue
            }
            // 下一步 in a section that more sections follow is that section's paragraph.
            if Self.nextStepsStarts.contains(where: { text.hasPrefix($0) }),
               stack.isEmpty || !body[(index + 1)...].contains(where: { Labels.sectionLabel($0.text)?.level == 1 }) {
                inNextSteps = true
                stack.removeAll()
                if let split = Labels.enumeration(in: text) {
                    reply.nextStepsText.append(split.intro)
                    reply.nextStepsItems += split.items.map(Labels.measure)
                } else {
                    reply.nextStepsText.append(text)
                }
                continue
            }
            if Self.closingStarts.contains(where: { text.hasPrefix($0) }) || inNextSteps || afterLast {
                if !Self.closingStarts.contains(where: { text.hasPrefix($0) }) {
                    notice(line, "第\(line.number)行在正文之后，按结束语处理：\(text.prefix(20))……")
                }
                reply.closing.append(text)
                stack.removeAll()
                inNextSteps = false
                afterLast = true
                continue
            }
            guard let section = stack.last else {
                reply.background.append(text)
                continue
            }
            // A plain paragraph after a run-in section's text, or after measures, ends the sections.
            if reply.runIn.contains(section.level) && !section.intro.isEmpty && Labels.enumeration(in: text) == nil
                || !section.measures.isEmpty && Labels.enumeration(in: text) == nil && !Self.startsWithItem(text) {
                reply.closing.append(text)
                if !Self.closingStarts.contains(where: { text.hasPrefix($0) }) {
                    notice(line, "第\(line.number)行在最后一节之后，按结束语处理：\(text.prefix(20))……")
                }
                stack.removeAll()
                afterLast = true
                continue
            }
            add(text, to: section, separate: true)
        }
    }

    static func startsWithItem(_ text: String) -> Bool {
        Labels.enumerations.contains { text.hasPrefix($0.label(1)) || text.hasPrefix($0.label(2)) || text.hasPrefix($0.label(3)) }
    }

    /// A paragraph of a section: an intro, inline measures, or one measure of one-per-paragraph.
    private mutating func add(_ text: String, to section: ImportedReply.Section, separate: Bool) {
        if let split = Labels.enumeration(in: text) {
            if !split.intro.isEmpty { section.intro.append(split.intro) } else if separate && !section.intro.isEmpty { reply.joinIntro = false }
            section.measures += split.items.map(Labels.measure)
            if split.pattern != "一是" { section.itemStyle = split.pattern }
            return
        }
        // One measure per paragraph: 一是…, 二是… each on its own.
        for style in Labels.enumerations {
            let n = section.measures.count + 1
            if text.hasPrefix(style.label(n)) {
                section.measures.append(Labels.measure(String(text.dropFirst(style.label(n).count))))
                reply.measuresEach = true
                if style != .inline { section.itemStyle = style.description }
                return
            }
        }
        section.intro.append(text)
    }
}
