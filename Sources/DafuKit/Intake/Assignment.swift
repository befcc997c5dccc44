import Foundation

/// One item of an assignment list (交办清单): a suggestion or proposal to answer, with what the
/// list says about it, ready to become a reply skeleton.
package struct Assignment: Sendable {
    /// 建议答复 or 提案答复.
    package var kind: ReplyKind
    /// What the skeleton is filled with.
    package var facts: SkeletonFacts
    /// The number cell, where the item is in the list.
    package var location: SourceLocation

    /// The skeleton's file name, from the kind and number: 建议第0257号.yaml.
    package var fileName: String {
        OutputNames.sanitized("\(kind.itemWord)第\(facts.number ?? "")号") + ".yaml"
    }
}

/// How the cells of a list read as values: names and departments apart, titles on one line.
enum ListValues {
    /// Separators between several names or departments in one cell: 、，, ; ； / and white space.
    static func names(_ cell: String) -> [String] {
        var seen = Set<String>()
        return cell.split { "、，,;；/".contains($0) || $0.isWhitespace }.map { name -> String in
            var name = String(name)
            // 王丽代表 → 王丽: the role is the kind's, written by the template.
            for role in ["代表", "委员"] where name.hasSuffix(role) && name.count >= role.count + 2 { name.removeLast(role.count) }
            return name
        }.filter { seen.insert($0).inserted }
    }

    /// A title as one line (a cell may wrap it), without the 《》 the template adds.
    static func title(_ cell: String) -> String {
        var title = cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        if title.hasPrefix("《"), title.hasSuffix("》"), title.count > 2 { title = String(title.dropFirst().dropLast()) }
        return title
    }

    /// A number as the reply writes it: 第257号 → 257.
    static func number(_ cell: String) -> String {
        var number = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if number.hasPrefix("第") { number.removeFirst() }
        if number.hasSuffix("号") { number.removeLast() }
        return number.trimmingCharacters(in: .whitespaces)
    }

    /// The kind a text names: 建议 or 提案, not both.
    static func kind(in text: String) -> ReplyKind? {
        let suggestion = text.contains("建议"), proposal = text.contains("提案")
        return suggestion == proposal ? nil : suggestion ? .suggestionReply : .proposalReply
    }

    /// The session a title row names: 市十四届人大三次会议代表建议交办清单 → 市十四届人大三次会议.
    static func session(in text: String) -> String? {
        guard let end = text.range(of: "会议")?.upperBound else { return nil }
        var session = String(text[..<end])
        if session.hasPrefix("关于") { session.removeFirst(2) }
        return session.count > 2 ? session : nil
    }
}
