/// The input format's field names: canonical keys, Chinese aliases and Chinese names for
/// messages. docs/input-format.md documents the same table.
enum InputSchema {
    static let root = Schema("答复", [
        FieldName("kind", "文种", aliases: ["文种"]),
        FieldName("template", "模板", aliases: ["模板"]),
        FieldName("output_name", "输出文件名", aliases: ["输出文件名"]),
        FieldName("header", "文头", aliases: ["文头"]),
        FieldName("letterhead", "发文机关标志", aliases: ["发文机关标志", "版头"]),
        FieldName("proposal", "来文（提案/建议）", aliases: ["来文", "提案", "建议"]),
        FieldName("title", "标题", aliases: ["标题"]),
        FieldName("addressee", "主送", aliases: ["主送", "称呼"]),
        FieldName("opening", "开头", aliases: ["开头"]),
        FieldName("background", "背景", aliases: ["背景"]),
        FieldName("sections", "办理情况", aliases: ["办理情况", "措施"]),
        FieldName("next_steps", "下一步", aliases: ["下一步"]),
        FieldName("closing", "结束语", aliases: ["结束语", "结语"]),
        FieldName("salute", "敬语", aliases: ["敬语"]),
        FieldName("issuer", "落款", aliases: ["落款", "发文机关"]),
        FieldName("date", "成文日期", aliases: ["日期", "成文日期"]),
        FieldName("contact", "联系人", aliases: ["联系人"]),
        FieldName("cc", "抄送", aliases: ["抄送"]),
        FieldName("printer", "印发机关", aliases: ["印发机关"]),
        FieldName("print_date", "印发日期", aliases: ["印发日期"]),
        FieldName("attachments", "附件", aliases: ["附件"]),
        FieldName("notes", "附注", aliases: ["附注"]),
        FieldName("layout", "版式", aliases: ["版式"]),
        FieldName("figures", "数据", aliases: ["数据"]),
        FieldName("figures_annex", "数据附表", aliases: ["数据附表"]),
    ])

    static let figure = Schema("数据", [
        FieldName("label", "名称", aliases: ["名称"]),
        FieldName("value", "数值", aliases: ["数值"]),
        FieldName("unit", "单位", aliases: ["单位"]),
        FieldName("scale", "万亿", aliases: ["量级"]),
        FieldName("approx", "约数", aliases: ["约数"]),
        FieldName("as_of", "截至", aliases: ["截至"]),
        FieldName("source", "来源", aliases: ["来源"]),
    ])

    static let header = Schema("文头", [
        FieldName("doc_number", "发文字号", aliases: ["文号", "发文字号"]),
        FieldName("signer", "签发人", aliases: ["签发人"]),
        FieldName("result_class", "办理结果", aliases: ["办理结果"]),
        FieldName("disclosure", "公开属性", aliases: ["公开属性"]),
    ])

    static let proposal = Schema("来文", [
        FieldName("session", "届次会议", aliases: ["届次", "会议"]),
        FieldName("number", "编号", aliases: ["编号"]),
        FieldName("title", "标题", aliases: ["标题", "案由"]),
        FieldName("proposers", "提出人", aliases: ["提出人"]),
    ])

    static let proposer = Schema("提出人", [
        FieldName("name", "姓名", aliases: ["姓名"]),
        FieldName("role", "身份", aliases: ["身份"]),
    ])

    static let opening = Schema("开头", [
        FieldName("text", "开头文字", aliases: ["内容", "文字"]),
        FieldName("consulted", "会商部门", aliases: ["会商部门", "经商"]),
        FieldName("studied", "经认真研究", aliases: ["经认真研究"]),
    ])

    static let section = Schema("办理情况小节", [
        FieldName("heading", "小标题", aliases: ["小标题"]),
        FieldName("intro", "导语", aliases: ["导语"]),
        FieldName("measures", "措施", aliases: ["措施"]),
        FieldName("item_style", "列举序号", aliases: ["列举序号"]),
        FieldName("sections", "下级小节", aliases: ["下级"]),
    ])

    static let measure = Schema("措施", [
        FieldName("lead", "要点", aliases: ["要点"]),
        FieldName("text", "内容", aliases: ["内容"]),
    ])

    static let nextSteps = Schema("下一步", [
        FieldName("text", "内容", aliases: ["内容"]),
        FieldName("items", "事项", aliases: ["事项"]),
    ])

    static let nextStepItem = Schema("下一步事项", [
        FieldName("heading", "小标题", aliases: ["小标题", "lead", "要点"]),
        FieldName("text", "内容", aliases: ["内容"]),
    ])

    static let contact = Schema("联系人", [
        FieldName("name", "姓名", aliases: ["姓名"]),
        FieldName("phone", "电话", aliases: ["电话"]),
    ])

    static let layoutFields = [
        FieldName("numbering", "层级序号", aliases: ["层级序号"]),
        FieldName("items", "列举序号", aliases: ["列举序号"]),
        FieldName("run_in", "标题接排层级", aliases: ["标题接排"]),
        FieldName("measures", "措施排列", aliases: ["措施排列"]),
        FieldName("join_intro", "措施接续导语", aliases: ["接续导语"]),
        FieldName("contact_first", "联系人在署名前", aliases: ["联系人在前"]),
        FieldName("typography", "标点规范化", aliases: ["标点规范化"]),
        FieldName("imprint_page", "版记页", aliases: ["版记页"]),
    ]

    /// The punctuation rules (`Typography.rules`, a test keeps the two in step), each turned on
    /// or off by name under `layout.typography`.
    static let typographyRules = Schema("标点规范化", [
        FieldName("full-width-punctuation", "全角标点", aliases: ["全角标点"]),
        FieldName("curly-quotes", "弯引号", aliases: ["弯引号"]),
        FieldName("document-number-brackets", "文号六角括号", aliases: ["六角括号"]),
        FieldName("time-range-dash", "时间一字线", aliases: ["一字线"]),
    ])

    static let layout = Schema("版式", layoutFields)

    /// The schema of the mapping under each field path that holds one (`proposal`,
    /// `proposal.proposers`, `sections.measures` …).
    static let nested: [String: Schema] = [
        "": root, "header": header, "proposal": proposal, "proposal.proposers": proposer, "opening": opening,
        "sections": section, "sections.measures": measure, "next_steps": nextSteps, "next_steps.items": nextStepItem,
        "contact": contact, "layout": layout, "layout.typography": typographyRules, "figures": figure,
    ]

    /// The field at a dotted path, e.g. `proposal.proposers.name`.
    static func field(at path: String) -> FieldName? {
        let parts = path.split(separator: ".").map(String.init)
        guard let key = parts.last, let schema = nested[parts.dropLast().joined(separator: ".")] else { return nil }
        return schema.fields.first { $0.key == key }
    }
}
