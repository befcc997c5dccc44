import Foundation

/// The commented skeleton `dafu new` writes: every field of a kind with a short Chinese comment
/// and placeholder text, in English or Chinese keys. It renders as it is.
public enum Skeleton {
    /// English key → the Chinese alias written with `--zh` (each is an alias in InputSchema).
    static let chineseKeys: [String: String] = [
        "kind": "文种", "template": "模板", "header": "文头", "doc_number": "文号", "signer": "签发人",
        "result_class": "办理结果", "disclosure": "公开属性", "proposal": "来文", "session": "届次", "number": "编号",
        "title": "标题", "proposers": "提出人", "name": "姓名", "role": "身份", "addressee": "主送", "opening": "开头",
        "consulted": "会商部门", "studied": "经认真研究", "background": "背景", "sections": "办理情况", "heading": "小标题",
        "intro": "导语", "measures": "措施", "lead": "要点", "text": "内容", "next_steps": "下一步", "closing": "结束语",
        "issuer": "落款", "date": "日期", "contact": "联系人", "phone": "电话", "cc": "抄送", "items": "事项",
    ]

    /// The skeleton for `kind`, dated `date`.
    public static func yaml(kind: ReplyKind, chinese: Bool, date: ReplyDate) -> String {
        let role = kind.expectedRole ?? "代表"
        let itemWord = kind == .suggestionReply ? "建议" : "提案"
        var lines: [String] = []
        lines.append("# \(kind.chineseName)（dafu new 生成的骨架，可直接渲染）")
        lines.append("# 小标题和措施不要手写序号：一、（一）1.（1）一是 由模板自动生成。")
        lines.append("{kind}: \(chinese ? kind.chineseName : kind.rawValue)")
        lines.append("{header}:                       # 文头，可删")
        lines.append("  {doc_number}: 某发〔\(date.year)〕1号   # 发文字号：年份用六角括号，序号不编虚位")
        lines.append("  {signer}: 某某                  # 签发人")
        lines.append("  {result_class}: A               # 办理结果 A/B/C/D")
        lines.append("  {disclosure}: 主动公开          # 主动公开 | 依申请公开 | 不予公开")
        if kind == .reviewOpinion {
            lines.append("{title}: 某市人大常委会关于某项工作情况报告的审议意见")
            lines.append("{addressee}: 某市人民政府           # 主送机关，不加冒号")
            lines.append("{proposal}:")
            lines.append("  {session}: 市某届人大常委会第某次会议   # 审议的会议")
            lines.append("  {title}: 市人民政府关于某项工作情况的报告   # 审议的报告")
            lines.append("{opening}:")
            lines.append("  {text}: \(date.chinese)，市某届人大常委会第某次会议听取和审议了市人民政府关于某项工作情况的报告。")
            lines.append("{background}:")
            lines.append("  - 会议认为，……（肯定成绩）。")
            lines.append("  - 会议指出，……（存在问题）。为进一步做好这项工作，会议提出如下意见。")
        } else {
            lines.append("{proposal}:")
            lines.append("  {session}: 市某届某次会议       # 届次和会议")
            lines.append("  {number}: \"1\"                   # 编号")
            lines.append("  {title}: 关于某某事项的\(itemWord)     # 原标题，渲染时加书名号")
            lines.append("  {proposers}:                    # 提出人，可多位")
            lines.append("    - {name}: 某某")
            lines.append("      {role}: \(role)")
            lines.append("{opening}:                      # 开头：默认生成“您提出的《…》收悉……现答复如下：”")
            lines.append("  {consulted}: [市财政局]          # 经商…等部门，可删")
            lines.append("  {studied}: true                 # 加“经认真研究”")
            lines.append("{background}:")
            lines.append("  - 近年来，……（办理背景）。")
        }
        lines.append("{sections}:                     # 办理情况，每节一个小标题")
        lines.append("  - {heading}: 第一方面的小标题")
        lines.append("    {intro}: 本节概述（可删）。")
        lines.append("    {measures}:                   # 措施：渲染为“一是……二是……”")
        lines.append("      - {lead}: 第一项措施的要点")
        lines.append("        {text}: 具体做法和数字，以句号结尾。")
        lines.append("      - {lead}: 第二项措施的要点")
        lines.append("        {text}: 具体做法和数字，以句号结尾。")
        lines.append("  - {heading}: 第二方面的小标题")
        lines.append("    {intro}: 只有导语、没有措施的一节。")
        lines.append("{next_steps}: 下一步，我们将……。   # 下一步")
        if kind == .reviewOpinion {
            lines.append("{closing}: 请市人民政府认真研究处理，于某月某日前书面报告。")
            lines.append("{issuer}: 某市人民代表大会常务委员会")
        } else {
            lines.append("{closing}: 感谢您对我们工作的关心和支持。")
            lines.append("{issuer}: 某市某局                  # 落款")
        }
        lines.append("{date}: \(String(format: "%04d-%02d-%02d", date.year, date.month, date.day ?? 1))   # 成文日期，写作 2025-05-14")
        if kind != .reviewOpinion {
            lines.append("{contact}:                      # 联系人，印在日期下")
            lines.append("  {name}: 某某")
            lines.append("  {phone}: 0000-0000000")
            lines.append("{cc}: [市政协提案委员会]           # 抄送，可删")
        }
        return lines.map { line in
            var line = line
            while let open = line.firstIndex(of: "{"), let close = line[open...].firstIndex(of: "}") {
                let key = String(line[line.index(after: open)..<close])
                guard chineseKeys[key] != nil || !chinese else { break }
                let written = chinese ? chineseKeys[key]! : key
                line.replaceSubrange(open...close, with: written)
            }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
