import Foundation

/// The kind of document answered (文种).
public enum ReplyKind: String, Sendable, CaseIterable {
    /// 提案答复 — reply to a CPPCC member's proposal.
    case proposalReply = "proposal-reply"
    /// 建议答复 — reply to an NPC deputy's suggestion.
    case suggestionReply = "suggestion-reply"
    /// 审议意见 — a standing committee's review opinion.
    case reviewOpinion = "review-opinion"

    /// The Chinese name, e.g. 提案答复.
    public var chineseName: String {
        switch self {
        case .proposalReply: return "提案答复"
        case .suggestionReply: return "建议答复"
        case .reviewOpinion: return "审议意见"
        }
    }

    /// What the item answered is called: 提案, 建议, or 报告 for a review opinion.
    var itemWord: String {
        switch self {
        case .proposalReply: return "提案"
        case .suggestionReply: return "建议"
        case .reviewOpinion: return "报告"
        }
    }

    /// The role a proposer of this kind has: 委员 for 提案, 代表 for 建议.
    var expectedRole: String? {
        switch self {
        case .proposalReply: return "委员"
        case .suggestionReply: return "代表"
        case .reviewOpinion: return nil
        }
    }
}

/// 公开属性 — whether the reply is published.
public enum Disclosure: String, Sendable, CaseIterable {
    /// 主动公开
    case proactive = "主动公开"
    /// 依申请公开
    case onRequest = "依申请公开"
    /// 不予公开
    case withheld = "不予公开"

    /// The 附注 line under the date, e.g. （此件主动公开）.
    var note: String { "此件\(rawValue)" }
}

/// 成文日期 — a calendar date, or a month when the day is not given.
public struct ReplyDate: Equatable, Sendable {
    /// The year, written in full.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month; nil for a month-only date.
    public var day: Int?

    /// A date; leave `day` out for a month.
    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The GB/T 9704 form: Arabic digits, full year, no padding — 2025年5月14日.
    public var chinese: String {
        "\(year)年\(month)月" + (day.map { "\($0)日" } ?? "")
    }

    /// Today, in the machine's time zone (a new reply's or skeleton's date).
    public static func today() -> ReplyDate {
        let now = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return ReplyDate(year: now.year ?? 2025, month: now.month ?? 1, day: now.day)
    }

    /// The input format's form: 2025-05-14, or 2025-05 for a month.
    public var iso: String {
        String(format: "%04d-%02d", year, month) + (day.map { String(format: "-%02d", $0) } ?? "")
    }

    /// A date as letters and web pages write it — 2025年5月14日, 2025年5月, 2025-05-14,
    /// 2025/5/14, 2025.5 — the whole text and nothing else; nil otherwise.
    public init?(written text: String) {
        let compact = text.filter { $0 != " " }
        guard let parts = compact.firstMatch(#"^([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?$"#)
                ?? compact.firstMatch(#"^([0-9]{4})[-./]([0-9]{1,2})(?:[-./]([0-9]{1,2}))?$"#),
              let year = Int(parts[1]), let month = Int(parts[2]), (1...12).contains(month) else { return nil }
        self.init(year: year, month: month, day: Int(parts[3]))
    }
}

/// One reply, as decoded from YAML: typed, each text keeping the place it came from.
public struct ReplyInput: Sendable {
    /// 文种 — what is answered.
    public var kind: Located<ReplyKind>
    /// Layout template name; defaults to the kind.
    public var template: Located<String>?
    /// Base name for output files, instead of the input file's name.
    public var outputName: Located<String>?
    /// 文头 — 发文字号, 签发人, 办理结果, 公开属性.
    public var header = Header()
    /// 发文机关标志 — the red letterhead, when wanted.
    public var letterhead: Located<String>?
    /// 来文 — the proposal, suggestion or report answered.
    public var proposal = Proposal()
    /// 标题 — overrides the title the template builds (the whole title, when written as lines).
    public var title: Located<String>?
    /// 标题 written as lines (`title: [第一行, 第二行]`): where the drafter breaks it; empty for one.
    public var titleLines: [Located<String>] = []
    /// 主送/称呼 — overrides the salutation built from the proposers.
    public var addressee: Located<String>?
    /// 开头 — the opening sentence.
    public var opening = Opening()
    /// 背景 — paragraphs before the sections.
    public var background: [Located<String>] = []
    /// 办理情况 — the sections of measures.
    public var sections: [Section] = []
    /// 下一步 — what will be done next.
    public var nextSteps: NextSteps?
    /// 结束语 — closing paragraphs.
    public var closing: [Located<String>] = []
    /// 敬语 — a complimentary close after the closing: 此致 (indented), 敬礼！ (flush left).
    public var salute: [Located<String>] = []
    /// 落款 — the issuing body.
    public var issuer: Located<String>?
    /// 成文日期
    public var date: Located<ReplyDate>?
    /// 联系人 — printed as a 附注 under the date.
    public var contact: Contact?
    /// 抄送
    public var cc: [Located<String>] = []
    /// 印发机关 — printed in the 版记 where the layout asks for it.
    public var printer: Located<String>?
    /// 印发日期 — printed in the 版记 as 2025年5月14日印发.
    public var printDate: Located<ReplyDate>?
    /// 附件
    public var attachments: [Located<String>] = []
    /// 附注 — extra notes, each printed in parentheses under the date.
    public var notes: [Located<String>] = []
    /// Layout choices that override the template's.
    public var layout = LayoutOverrides()
    /// 数据 — figures by name, referred to as `{name}` in texts.
    public var figures: [String: Figure] = [:]
    /// 数据附表 — whether to append a table of the figures as an annex.
    public var figuresAnnex = false
    /// Every `{name}` reference in the reply's texts, where it is written.
    public var figureReferences: [Located<String>] = []
    /// Where the document starts (for messages about the whole reply).
    public var location: SourceLocation

    /// Header fields shown at the top of page 1.
    public struct Header: Sendable {
        /// 发文字号, e.g. 息营商办〔2023〕14号.
        public var docNumber: Located<String>?
        /// 签发人
        public var signer: Located<String>?
        /// 办理结果, a free letter such as A/B/C/D (written A or A类); empty for a class left
        /// blank to be filled in by hand (`result_class: blank`), printed 办理结果：　　类.
        public var resultClass: Located<String>?
        /// 公开属性
        public var disclosure: Located<Disclosure>?
    }

    /// The proposal, suggestion or report answered.
    public struct Proposal: Sendable {
        /// 届次/会议, e.g. 市政协十三届三次会议.
        public var session: Located<String>?
        /// 编号, e.g. 257.
        public var number: Located<String>?
        /// 标题 as submitted.
        public var title: Located<String>?
        /// 提出人 — one or more, with their role.
        public var proposers: [Proposer] = []
        /// Where `proposal:` is written (the reply's start when it is not), for messages.
        public var location: SourceLocation?
    }

    /// 提出人 — a deputy (代表) or member (委员).
    public struct Proposer: Sendable {
        /// 姓名
        public var name: Located<String>
        /// 身份 — 代表, 委员 …; defaults to the kind's.
        public var role: Located<String>?
    }

    /// 开头 — the opening sentence.
    public struct Opening: Sendable {
        /// Overrides the whole generated opening.
        public var text: Located<String>?
        /// 经商…等部门 — departments consulted.
        public var consulted: [Located<String>] = []
        /// Adds 经认真研究 to the generated opening.
        public var studied: Located<Bool>?
        /// `opening: false` — the reply has no opening paragraph (it starts with its sections).
        public var omitted = false
    }

    /// A section of measures (措施), with nested sections for deeper levels.
    public struct Section: Sendable {
        /// 小标题 — without a number; the engine numbers it.
        public var heading: Located<String>
        /// Paragraphs between the heading and the measures.
        public var intro: [Located<String>] = []
        /// 措施 — the measures, numbered 一是, 二是 ….
        public var measures: [Measure] = []
        /// Enumeration pattern for this section's measures, e.g. （1）.
        public var itemStyle: Located<NumberPattern>?
        /// Sections one level deeper.
        public var sections: [Section] = []
        /// 1 for a top-level section.
        public var level: Int
    }

    /// 措施 — one measure: a short lead (一是…) and its text.
    public struct Measure: Sendable {
        /// 要点 — the lead phrase, before its text.
        public var lead: Located<String>?
        /// 内容 — what was done.
        public var text: Located<String>?
    }

    /// 下一步 — a paragraph and/or numbered items.
    public struct NextSteps: Sendable {
        /// The paragraph(s) before the items.
        public var text: [Located<String>] = []
        /// 事项 — numbered items.
        public var items: [Measure] = []
    }

    /// 联系人 — printed as a 附注 under the date.
    public struct Contact: Sendable {
        /// 联系人姓名
        public var name: Located<String>?
        /// 联系电话
        public var phone: Located<String>?
    }
}
