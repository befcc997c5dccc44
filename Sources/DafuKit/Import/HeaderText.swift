import Foundation

/// The items of a letter's header as written: 办理结果 (A类, （B）, 乙类, 答复类别：C), the
/// document number in any bracket (〔〕 [] 【】 （）) with or without 签发人 on its line.
enum HeaderText {
    /// Class letters and their Chinese equivalents, as a class may be written.
    static let classes: Set<String> = ["A", "B", "C", "甲", "乙", "丙"]

    /// 办理结果：A类, （A类）, 办理结果：（C）, 答复类别：C, A类, 乙类 → the class as written.
    static func resultClass(_ text: String) -> String? {
        var rest = text
        let labelled = rest.hasPrefix("办理结果") || rest.hasPrefix("答复类别") || rest.hasPrefix("办理类别")
        if labelled { rest = afterColon(rest) } else if rest.count > 5 { return nil }
        let core = rest.filter { !"（）()[]【】类 \u{3000}：:".contains($0) }
        guard classes.contains(core) else { return labelled && core.isEmpty ? "" : nil }
        // Unlabelled, the class must be marked as one: A类 or (A), not a bare letter.
        return labelled || rest.contains("类") || rest.hasPrefix("（") || rest.hasPrefix("(") ? core : nil
    }

    /// 某发〔2025〕12号, optionally followed by 签发人：name on the same line.
    static func docNumber(_ text: String) -> (number: String, signer: String?)? {
        guard text.count < 50, text.contains("号") else { return nil }
        var number = text, signer: String?
        if let range = text.range(of: "签发人") {
            number = TextFolding.trimmed(String(text[..<range.lowerBound]))
            signer = afterColon(String(text[range.lowerBound...]))
        }
        let pattern = #"^[^\s，。：:]{1,20}[〔\[【（(][0-9]{4}[〕\]】）)][0-9]+号$"#
        return number.range(of: pattern, options: .regularExpression) != nil ? (number, signer) : nil
    }

    /// Whether a piece of a line is one header item (a class, a document number, 签发人).
    static func isItem(_ text: String) -> Bool {
        (resultClass(text).map { !$0.isEmpty } ?? false) || docNumber(text) != nil || text.hasPrefix("签发人")
    }

    static func afterColon(_ text: String) -> String {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return text }
        return TextFolding.trimmed(String(text[text.index(after: colon)...]))
    }
}

/// Titles of replies and reports, and what a page's title line carries besides the title.
enum TitleText {
    static let endings = ["答复", "答复函", "答复摘要", "的函", "审议意见", "的报告", "情况报告", "处理情况", "办理情况"]

    /// Whether `text` ends as a title does (and reads as one: no sentence in it).
    static func endsTitle(_ text: String) -> Bool {
        endings.contains { text.hasSuffix($0) } && !text.contains("，") && !text.contains("。") && !text.contains("收悉")
    }

    /// What a title line says about the item answered.
    struct Parts: Equatable {
        var title: String
        var session: String?
        var number: String?
        var proposalTitle: String?
    }

    /// Reads a title line: `对…会议第30号代表建议的答复(关于优化公交布局的建议)` (the proposal's
    /// title in brackets after it), `区十八届人大二次会议建议:第009号--关于…的建议的答复` (a page's
    /// catalogue title, rewritten in the usual form), or a plain title; session and number where
    /// the title names them.
    static func parts(_ line: String) -> Parts {
        var parts = Parts(title: line)
        if let match = line.firstMatch(#"^(.+)[（(](关于.+的(建议|提案))[）)]$"#) {
            parts.title = match[1]
            parts.proposalTitle = match[2]
        } else if let match = line.firstMatch(#"^(.+会议)(建议|提案)[:：]?第?0*([0-9]+)号[-—－]+(关于.+的(建议|提案))的答复$"#) {
            parts.title = "关于\(match[1])第\(match[3])号\(match[2])的答复"
            parts.proposalTitle = match[4]
        }
        if let match = parts.title.firstMatch(#"^(?:.*?(?:关于对|关于|对))?(.{2,30}?会议)第?([0-9]+)号"#) {
            parts.session = match[1]
            parts.number = match[2]
        }
        return parts
    }
}
