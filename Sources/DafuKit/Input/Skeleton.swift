import Foundation

/// The commented skeleton `dafu new` writes: every field of a kind with a short Chinese comment
/// and placeholder text, in English or Chinese keys. It renders as it is.
///
/// Keys are written as `{path}` (e.g. `{proposal.proposers.name}`) and resolved through
/// `InputSchema`: the English key, or with `--zh` the field's first Chinese alias — so a key
/// the skeleton writes is always one the loader reads.
package enum Skeleton {
    /// The skeleton for `kind`, dated `date`.
    package static func yaml(kind: ReplyKind, chinese: Bool, date: ReplyDate) -> String {
        var lines = ["# \(kind.chineseName)（dafu new 生成的骨架，可直接渲染）", "# 小标题和措施不要手写序号：一、（一）1.（1）一是 由模板自动生成。",
                     "{kind}: \(chinese ? kind.chineseName : kind.rawValue)"]
        lines += header(date) + (kind == .reviewOpinion ? reviewOpening(date) : proposalOpening(kind))
        lines += body() + ending(kind, date)
        return lines.map { resolve($0, chinese: chinese) }.joined(separator: "\n") + "\n"
    }

    /// `line` with every `{path}` replaced by the key of that field.
    static func resolve(_ line: String, chinese: Bool) -> String {
        var line = line
        while let open = line.firstIndex(of: "{"), let close = line[open...].firstIndex(of: "}") {
            let path = String(line[line.index(after: open)..<close])
            guard let field = InputSchema.field(at: path) else { break }
            line.replaceSubrange(open...close, with: chinese ? field.aliases.first ?? field.key : field.key)
        }
        return line
    }

    private static func header(_ date: ReplyDate) -> [String] {
        ["{header}:                       # 文头，可删",
         "  {header.doc_number}: 某发〔\(date.year)〕1号   # 发文字号：年份用六角括号，序号不编虚位",
         "  {header.signer}: 某某                  # 签发人",
         "  {header.result_class}: A               # 办理结果 A/B/C/D",
         "  {header.disclosure}: 主动公开          # 主动公开 | 依申请公开 | 不予公开"]
    }

    private static func reviewOpening(_ date: ReplyDate) -> [String] {
        ["{title}: 某市人大常委会关于某项工作情况报告的审议意见",
         "{addressee}: 某市人民政府           # 主送机关，不加冒号",
         "{proposal}:",
         "  {proposal.session}: 市某届人大常委会第某次会议   # 审议的会议",
         "  {proposal.title}: 市人民政府关于某项工作情况的报告   # 审议的报告",
         "{opening}:",
         "  {opening.text}: \(date.chinese)，市某届人大常委会第某次会议听取和审议了市人民政府关于某项工作情况的报告。",
         "{background}:",
         "  - 会议认为，……（肯定成绩）。",
         "  - 会议指出，……（存在问题）。为进一步做好这项工作，会议提出如下意见。"]
    }

    private static func proposalOpening(_ kind: ReplyKind) -> [String] {
        let itemWord = kind == .suggestionReply ? "建议" : "提案"
        return ["{proposal}:",
                "  {proposal.session}: 市某届某次会议       # 届次和会议",
                "  {proposal.number}: \"1\"                   # 编号",
                "  {proposal.title}: 关于某某事项的\(itemWord)     # 原标题，渲染时加书名号",
                "  {proposal.proposers}:                    # 提出人，可多位",
                "    - {proposal.proposers.name}: 某某",
                "      {proposal.proposers.role}: \(kind.expectedRole ?? "代表")",
                "{opening}:                      # 开头：默认生成“您提出的《…》收悉……现答复如下：”",
                "  {opening.consulted}: [市财政局]          # 经商…等部门，可删",
                "  {opening.studied}: true                 # 加“经认真研究”",
                "{background}:",
                "  - 近年来，……（办理背景）。"]
    }

    private static func body() -> [String] {
        ["{sections}:                     # 办理情况，每节一个小标题",
         "  - {sections.heading}: 第一方面的小标题",
         "    {sections.intro}: 本节概述（可删）。",
         "    {sections.measures}:                   # 措施：渲染为“一是……二是……”",
         "      - {sections.measures.lead}: 第一项措施的要点",
         "        {sections.measures.text}: 具体做法和数字，以句号结尾。",
         "      - {sections.measures.lead}: 第二项措施的要点",
         "        {sections.measures.text}: 具体做法和数字，以句号结尾。",
         "  - {sections.heading}: 第二方面的小标题",
         "    {sections.intro}: 只有导语、没有措施的一节。",
         "{next_steps}: 下一步，我们将……。   # 下一步"]
    }

    private static func ending(_ kind: ReplyKind, _ date: ReplyDate) -> [String] {
        var lines: [String]
        if kind == .reviewOpinion {
            lines = ["{closing}: 请市人民政府认真研究处理，于某月某日前书面报告。", "{issuer}: 某市人民代表大会常务委员会"]
        } else {
            lines = ["{closing}: 感谢您对我们工作的关心和支持。", "{issuer}: 某市某局                  # 落款"]
        }
        lines.append("{date}: \(String(format: "%04d-%02d-%02d", date.year, date.month, date.day ?? 1))   # 成文日期，写作 2025-05-14")
        if kind != .reviewOpinion {
            lines += ["{contact}:                      # 联系人，印在日期下", "  {contact.name}: 某某", "  {contact.phone}: 0000-0000000",
                      "{cc}: [市政协提案委员会]           # 抄送，可删"]
        }
        return lines
    }
}
