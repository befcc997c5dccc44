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

    /// Where the body walk is: the open sections by level (paragraphs go to the innermost),
    /// whether 下一步 has begun, and whether the last section has ended.
    private struct BodyState {
        var stack: [ImportedReply.Section] = []
        var inNextSteps = false
        /// After content that a following plain paragraph cannot belong to.
        var afterLast = false
    }

    mutating func body(_ body: [SourceLine]) {
        var index = 0
        if index < body.count, Self.isOpening(body[index].text) || reply.title?.contains("审议意见") == true {
            reply.opening = body[index].text
            if reply.proposalTitle == nil { reply.proposalTitle = Self.citedTitle(body[index].text) }
            index += 1
        }
        var state = BodyState()
        while index < body.count {
            let line = body[index]
            if let label = Labels.sectionLabel(line.text), line.text.count > label.length {
                heading(line.text, label: label, state: &state)
            } else if Self.nextStepsStarts.contains(where: { line.text.hasPrefix($0) }),
                      // 下一步 in a section that more sections follow is that section's paragraph.
                      state.stack.isEmpty || !body[(index + 1)...].contains(where: { Labels.sectionLabel($0.text)?.level == 1 }) {
                nextSteps(line.text, state: &state)
            } else {
                paragraph(line, state: &state)
            }
            index += 1
        }
    }

    /// A numbered heading: a section (its run-in text after the first 。), or a （一） item of 下一步.
    private mutating func heading(_ text: String, label: (level: Int, pattern: NumberPattern, length: Int), state: inout BodyState) {
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
        if state.inNextSteps, label.level == 2, state.stack.isEmpty {
            reply.nextStepsItems.append(.init(lead: heading, text: runInText ?? ""))
            return
        }
        let section = ImportedReply.Section(level: label.level, heading: heading)
        while let last = state.stack.last, last.level >= label.level { state.stack.removeLast() }
        if let parent = state.stack.last { parent.sections.append(section) } else { reply.sections.append(section) }
        state.stack.append(section)
        state.afterLast = false
        if let runInText { add(runInText, to: section, separate: false) }
    }

    /// 下一步…: a paragraph, with 一是 items when it enumerates them.
    private mutating func nextSteps(_ text: String, state: inout BodyState) {
        state.inNextSteps = true
        state.stack.removeAll()
        if let split = Labels.enumeration(in: text) {
            reply.nextStepsText.append(split.intro)
            reply.nextStepsItems += split.items.map(Labels.measure)
        } else {
            reply.nextStepsText.append(text)
        }
    }

    /// A plain paragraph: background before any section, a section's text, or the closing.
    private mutating func paragraph(_ line: SourceLine, state: inout BodyState) {
        let text = line.text
        let formula = Self.closingStarts.contains(where: { text.hasPrefix($0) })
        if formula || state.inNextSteps || state.afterLast {
            if !formula { notice(line, "第\(line.number)行在正文之后，按结束语处理：\(text.prefix(20))……") }
            reply.closing.append(text)
            state = BodyState(stack: [], inNextSteps: false, afterLast: true)
            return
        }
        guard let section = state.stack.last else {
            reply.background.append(text)
            return
        }
        // A plain paragraph after a run-in section's text, or after measures, ends the sections.
        let enumerates = Labels.enumeration(in: text) != nil
        if reply.runIn.contains(section.level) && !section.intro.isEmpty && !enumerates
            || !section.measures.isEmpty && !enumerates && !Self.startsWithItem(text) {
            reply.closing.append(text)
            if !formula { notice(line, "第\(line.number)行在最后一节之后，按结束语处理：\(text.prefix(20))……") }
            state.stack.removeAll()
            state.afterLast = true
            return
        }
        add(text, to: section, separate: true)
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
