/// The role of a line of block markup, written by a template as `@name` at the start of the
/// line (a line without a marker is `body`). The raw value is the marker: this enum is the one
/// list of roles, and `BlockMarkup` reads its markers from it. `Layout` decides which block
/// each role belongs to; renderers never see roles, only blocks.
public enum Role: String, CaseIterable, Sendable {
    /// 发文机关标志 — the red letterhead.
    case letterhead
    /// 办理结果
    case resultClass = "result-class"
    /// 发文字号
    case docNumber = "doc-number"
    /// 签发人
    case signer
    /// 标题 (one or more lines)
    case title
    /// 主送 — the salutation, flush left with a full-width colon.
    case addressee
    /// 正文 — a body paragraph (first line indented two characters).
    case body
    /// A line set flush left that is not a salutation: 此致, 敬礼！, 特此函复。.
    case flushLeft = "flush-left"
    /// 附件说明 — one attachment.
    case attachment
    /// 署名 — the issuing body.
    case issuer
    /// 成文日期
    case date
    /// 附注 — printed in parentheses under the date.
    case note
    /// 抄送 (版记).
    case cc
    /// 印发机关 (版记), 左空一字.
    case printer
    /// 印发日期 (版记), e.g. 2025年5月14日印发, 右空一字.
    case printDate = "print-date"
    /// 附件 — the label starting an annex on a new page.
    case annex
    /// A row of an annex table: `@row a@|b@|c`.
    case row
    /// The header row of an annex table.
    case headerRow = "header-row"
}
