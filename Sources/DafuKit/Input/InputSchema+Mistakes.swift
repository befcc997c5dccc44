/// Keys drafters type for a field that has another name here — English words of the same
/// meaning, Chinese words of the office, fields of another mapping — each with the key meant.
/// An unknown key is looked up here before the nearest spelling is guessed (E010's help).
extension InputSchema {
    /// By mapping (the schema's name): written key, lowercased → the key meant; a dotted key
    /// names a field of another mapping (`header.doc_number` for a `doc_number` at the root).
    static let usualMistakes: [String: [String: String]] = [
        root.name: [
            "salutation": "addressee", "greeting": "addressee", "recipient": "addressee", "to": "addressee", "dear": "addressee",
            "称谓": "addressee", "抬头": "addressee", "收件人": "addressee", "主送机关": "addressee",
            "subject": "title", "topic": "title", "headline": "title", "题目": "title", "主题": "title", "事由": "title", "题名": "title",
            "signature": "issuer", "signed_by": "issuer", "sender": "issuer", "from": "issuer", "author": "issuer",
            "department": "issuer", "office": "issuer", "organization": "issuer",
            "署名": "issuer", "落款单位": "issuer", "发文单位": "issuer", "答复单位": "issuer", "单位": "issuer",
            "sign_date": "date", "signed_on": "date", "date_issued": "date", "时间": "date", "成文时间": "date", "答复日期": "date", "落款日期": "date",
            "copy_to": "cc", "copies": "cc", "copy": "cc", "抄报": "cc", "抄送单位": "cc",
            "annex": "attachments", "enclosure": "attachments", "enclosures": "attachments", "附件说明": "attachments",
            "note": "notes", "remark": "notes", "remarks": "notes", "备注": "notes",
            "phone": "contact", "telephone": "contact", "tel": "contact", "contact_person": "contact",
            "联系电话": "contact", "电话": "contact", "联系方式": "contact",
            "body": "sections", "content": "sections", "正文": "sections", "办理结果情况": "sections",
            "intro": "opening", "preface": "opening", "前言": "opening", "引言": "opening",
            "ending": "closing", "conclusion": "closing", "closing_remarks": "closing", "结尾": "closing", "结束": "closing",
            "next": "next_steps", "next_step": "next_steps", "plan": "next_steps", "plans": "next_steps",
            "下步": "next_steps", "下一步工作": "next_steps", "今后工作": "next_steps",
            "type": "kind", "category": "kind", "类型": "kind", "种类": "kind", "文件类型": "kind",
            "doc_number": "header.doc_number", "文号": "header.doc_number", "发文字号": "header.doc_number",
            "signer": "header.signer", "签发人": "header.signer",
            "result_class": "header.result_class", "result": "header.result_class", "办理结果": "header.result_class",
            "disclosure": "header.disclosure", "公开属性": "header.disclosure",
            "session": "proposal.session", "届次": "proposal.session", "会议": "proposal.session",
            "number": "proposal.number", "编号": "proposal.number",
            "proposers": "proposal.proposers", "提出人": "proposal.proposers", "代表": "proposal.proposers", "委员": "proposal.proposers",
            "案由": "proposal.title",
        ],
        header.name: [
            "number": "doc_number", "document_number": "doc_number", "doc_no": "doc_number", "编号": "doc_number", "文件编号": "doc_number",
            "class": "result_class", "result": "result_class", "类别": "result_class", "办理类别": "result_class",
            "public": "disclosure", "公开": "disclosure",
        ],
        proposal.name: [
            "name": "title", "subject": "title", "题目": "title", "名称": "title",
            "proposer": "proposers", "authors": "proposers", "author": "proposers", "members": "proposers", "deputies": "proposers",
            "代表": "proposers", "委员": "proposers", "提案人": "proposers",
            "no": "number", "num": "number", "序号": "number", "案号": "number",
            "meeting": "session", "届次会议": "session",
        ],
        proposer.name: ["position": "role", "职务": "role", "title": "role"],
        opening.name: ["content": "text", "opening": "text", "开头": "text"],
        section.name: [
            "title": "heading", "name": "heading", "标题": "heading",
            "text": "intro", "content": "intro", "body": "intro", "内容": "intro", "正文": "intro",
            "items": "measures", "事项": "measures",
        ],
        measure.name: ["heading": "lead", "title": "lead", "小标题": "lead", "content": "text", "body": "text", "正文": "text"],
        nextSteps.name: ["measures": "items", "措施": "items", "content": "text", "正文": "text"],
        contact.name: ["tel": "phone", "telephone": "phone", "mobile": "phone", "联系电话": "phone", "手机": "phone", "contact": "name"],
    ]

    /// The key meant by `written` in `schema`'s mapping, when it is a usual mistake there.
    static func usualMistake(_ written: String, in schema: Schema) -> String? {
        usualMistakes[schema.name]?[written.lowercased()]
    }

    /// A field's Chinese name and keys for a did-you-mean: `主送/称呼` for addressee; `path` is a
    /// key of `schema`, or a dotted path from the root (`header.doc_number`).
    static func described(_ path: String, in schema: Schema = root) -> String? {
        let found = path.contains(".") ? field(at: path) : schema.fields.first { $0.key == path }
        guard let field = found else { return nil }
        return ([field.chinese] + field.aliases.filter { $0 != field.chinese }).joined(separator: "/")
    }
}
