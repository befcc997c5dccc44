import Foundation

/// What is known of one item before its reply is written — from an assignment list (交办清单)
/// for `dafu intake` — filled into the skeleton in place of its stand-ins. What is left empty
/// keeps its stand-in.
package struct SkeletonFacts: Equatable, Sendable {
    /// 届次/会议, e.g. 市十四届人大三次会议.
    package var session: String?
    /// 编号, e.g. 0257.
    package var number: String?
    /// 标题 of the suggestion or proposal.
    package var title: String?
    /// 领衔人/提出人 — the names the reply is addressed to.
    package var proposers: [String] = []
    /// 会办单位 — the departments consulted.
    package var consulted: [String] = []
    /// 主办单位 — who issues the reply.
    package var issuer: String?
    /// Lines written as comments under the skeleton's first lines (附议人, 办理时限, the source cell).
    package var comments: [String] = []

    /// No facts: the skeleton `dafu new` writes.
    package init() {}
}

/// The commented skeleton `dafu new` writes: every field of a kind with a short Chinese comment
/// and placeholder text, in English or Chinese keys. It renders as it is.
///
/// Keys are written as `{path}` (e.g. `{proposal.proposers.name}`) and resolved through
/// `InputSchema`: the English key, or with `--zh` the field's first Chinese alias — so a key
/// the skeleton writes is always one the loader reads.
///
/// **Stand-ins.** Where the drafter has to write something, the skeleton writes a stand-in: a
/// text holding 某某 or ……, or one of `standIns`. `isStandIn` tells them apart from what a
/// drafter wrote; `dafu report` calls a reply that still has one "skeleton not yet filled".
package enum Skeleton {
    /// The marks every other stand-in carries: 某某 for a name or a thing, …… for text to write.
    package static let standInMarks = ["某某", "……"]

    /// The stand-ins without a mark, exactly as the skeleton writes them.
    package static let standIns: Set<String> = [
        StandIn.session, StandIn.firstHeading, StandIn.secondHeading, StandIn.intro, StandIn.introOnly,
        StandIn.firstLead, StandIn.secondLead, StandIn.measureText, StandIn.secondMeasureText, StandIn.issuer, StandIn.phone,
        StandIn.consulted, StandIn.proposalCopyTo, StandIn.suggestionCopyTo,
        StandIn.reviewTitle, StandIn.reviewAddressee, StandIn.reviewSession, StandIn.reviewReport,
        StandIn.reviewClosing, StandIn.reviewIssuer,
    ]

    /// Whether `text` is (or still holds) a stand-in the skeleton wrote.
    package static func isStandIn(_ text: String) -> Bool {
        standIns.contains(text) || standInMarks.contains { text.contains($0) }
    }

    private enum StandIn {
        static let name = "某某"
        static let session = "市某届某次会议"
        static let firstHeading = "第一方面的小标题", secondHeading = "第二方面的小标题"
        static let intro = "本节概述（可删）。", introOnly = "只有导语、没有措施的一节。"
        static let firstLead = "第一项措施的要点", secondLead = "第二项措施的要点"
        static let measureText = "具体做法和数字，以句号结尾。"
        static let secondMeasureText = "取得的成效，写明数字。"
        static let consulted = "某市某部门"
        /// 抄送: the committee that assigned the item — 政协提案委员会 for a 提案, the 人大常委会's
        /// office for deputies' work for a 建议 — stand-ins until the drafter names the real one.
        static let proposalCopyTo = "某市政协提案委员会", suggestionCopyTo = "某市人大常委会代表工作委员会"
        static let issuer = "某市某局", phone = "0000-0000000"
        static let reviewTitle = "某市人大常委会关于某项工作情况报告的审议意见", reviewAddressee = "某市人民政府"
        static let reviewSession = "市某届人大常委会第某次会议", reviewReport = "市人民政府关于某项工作情况的报告"
        static let reviewClosing = "请市人民政府认真研究处理，于某月某日前书面报告。", reviewIssuer = "某市人民代表大会常务委员会"
    }

    /// The skeleton for `kind`, dated `date`, with `facts` in place of their stand-ins.
    package static func yaml(kind: ReplyKind, chinese: Bool, date: ReplyDate, facts: SkeletonFacts = SkeletonFacts()) -> String {
        let origin = facts == SkeletonFacts() ? "dafu new 生成的骨架" : "dafu intake 据交办清单生成的骨架"
        var lines = ["# \(kind.chineseName)（\(origin)，可直接渲染）", "# 小标题和措施不要手写序号：一、（一）1.（1）一是 由模板自动生成。"]
        lines += facts.comments.map { "# " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        lines.append("{kind}: \(chinese ? kind.chineseName : kind.rawValue)")
        lines += header(date) + (kind == .reviewOpinion ? reviewOpening(date, facts) : proposalOpening(kind, facts))
        lines += body() + ending(kind, date, facts)
        return lines.map { resolve($0, chinese: chinese) }.joined(separator: "\n") + "\n"
    }

    /// `line` with its key, written `{path}` after the indentation (and `- `), replaced by the
    /// key of that field. Only the key: a value (a title from a list) may hold braces.
    static func resolve(_ line: String, chinese: Bool) -> String {
        let start = line.firstIndex { $0 != " " && $0 != "-" } ?? line.endIndex
        guard line[start...].hasPrefix("{"), let close = line[start...].firstIndex(of: "}"),
              let field = InputSchema.field(at: String(line[line.index(after: start)..<close])) else { return line }
        return line.replacingCharacters(in: start...close, with: chinese ? field.aliases.first ?? field.key : field.key)
    }

    /// A fact as a YAML value, or the stand-in.
    private static func value(_ fact: String?, or standIn: String) -> String {
        fact.map { YAMLText.scalar($0) } ?? standIn
    }

    private static func header(_ date: ReplyDate) -> [String] {
        ["{header}:                       # 文头，可删",
         "  {header.doc_number}: 某发〔\(date.year)〕1号   # 发文字号：年份用六角括号，序号不编虚位",
         "  {header.signer}: \(StandIn.name)                  # 签发人",
         "  {header.result_class}: A               # 办理结果 A/B/C/D",
         "  {header.disclosure}: 主动公开          # 主动公开 | 依申请公开 | 不予公开"]
    }

    private static func reviewOpening(_ date: ReplyDate, _ facts: SkeletonFacts) -> [String] {
        ["{title}: \(StandIn.reviewTitle)",
         "{addressee}: \(StandIn.reviewAddressee)           # 主送机关，不加冒号",
         "{proposal}:",
         "  {proposal.session}: \(value(facts.session, or: StandIn.reviewSession))   # 审议的会议",
         "  {proposal.title}: \(value(facts.title, or: StandIn.reviewReport))   # 审议的报告",
         "{opening}:",
         "  {opening.text}: \(date.chinese)，\(StandIn.reviewSession)听取和审议了\(StandIn.reviewReport)。",
         "{background}:",
         "  - 会议认为，……（肯定成绩）。",
         "  - 会议指出，……（存在问题）。为进一步做好这项工作，会议提出如下意见。"]
    }

    private static func proposalOpening(_ kind: ReplyKind, _ facts: SkeletonFacts) -> [String] {
        let itemWord = kind == .suggestionReply ? "建议" : "提案"
        let role = kind.expectedRole ?? "代表"
        let names = facts.proposers.isEmpty ? [StandIn.name] : facts.proposers
        // A list's row says which units were consulted; an empty cell means none (no stand-in).
        let consulted = facts.consulted.isEmpty && facts == SkeletonFacts() ? [StandIn.consulted] : facts.consulted
        return ["{proposal}:",
                "  {proposal.session}: \(value(facts.session, or: StandIn.session))       # 届次和会议",
                "  {proposal.number}: \(YAMLText.quoted(facts.number ?? "1"))                   # 编号",
                "  {proposal.title}: \(value(facts.title, or: "关于某某事项的\(itemWord)"))     # 原标题，渲染时加书名号",
                "  {proposal.proposers}:                    # 提出人，可多位"]
            + names.flatMap { ["    - {proposal.proposers.name}: \(YAMLText.scalar($0))", "      {proposal.proposers.role}: \(role)"] }
            + ["{opening}:                      # 开头：默认生成“您提出的《…》收悉……现答复如下：”",
               "  {opening.consulted}: [\(consulted.map { YAMLText.scalar($0, inFlow: true) }.joined(separator: ", "))]          # 经商…等部门，可删",
               "  {opening.studied}: true                 # 加“经认真研究”",
               "{background}:",
               "  - 近年来，……（办理背景）。"]
    }

    private static func body() -> [String] {
        ["{sections}:                     # 办理情况，每节一个小标题",
         "  - {sections.heading}: \(StandIn.firstHeading)",
         "    {sections.intro}: \(StandIn.intro)",
         "    {sections.measures}:                   # 措施：渲染为“一是……二是……”",
         "      - {sections.measures.lead}: \(StandIn.firstLead)",
         "        {sections.measures.text}: \(StandIn.measureText)",
         "      - {sections.measures.lead}: \(StandIn.secondLead)",
         "        {sections.measures.text}: \(StandIn.secondMeasureText)",
         "  - {sections.heading}: \(StandIn.secondHeading)",
         "    {sections.intro}: \(StandIn.introOnly)",
         "{next_steps}: 下一步，我们将……。   # 下一步"]
    }

    private static func ending(_ kind: ReplyKind, _ date: ReplyDate, _ facts: SkeletonFacts) -> [String] {
        var lines: [String]
        if kind == .reviewOpinion {
            lines = ["{closing}: \(StandIn.reviewClosing)", "{issuer}: \(StandIn.reviewIssuer)"]
        } else {
            lines = ["{closing}: 感谢您对我们工作的关心和支持。", "{issuer}: \(value(facts.issuer, or: StandIn.issuer))                  # 落款"]
        }
        lines.append("{date}: \(String(format: "%04d-%02d-%02d", date.year, date.month, date.day ?? 1))   # 成文日期，写作 2025-05-14")
        if kind != .reviewOpinion {
            lines += ["{contact}:                      # 联系人，印在日期下", "  {contact.name}: \(StandIn.name)",
                      "  {contact.phone}: \(StandIn.phone)",
                      "{cc}: [\(kind == .suggestionReply ? StandIn.suggestionCopyTo : StandIn.proposalCopyTo)]           # 抄送，可删"]
        }
        return lines
    }
}
