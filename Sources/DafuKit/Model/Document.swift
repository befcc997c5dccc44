/// The role a block plays in the reply; renderers pick layout and style by role.
public enum Role: Hashable, Sendable {
    /// 发文机关标志 — the red letterhead.
    case letterhead
    /// 发文字号
    case docNumber
    /// 签发人
    case signer
    /// 办理结果
    case resultClass
    /// 标题
    case title
    /// 主送 — the salutation, flush left with a full-width colon.
    case addressee
    /// 正文 — a body paragraph (first line indented two characters).
    case body
    /// A stand-alone heading of level 1–4.
    case heading(Int)
    /// 附件说明 — one attachment; `first` carries the 附件： label.
    case attachment(first: Bool)
    /// 署名 — the issuing body.
    case issuer
    /// 成文日期
    case date
    /// 附注 — printed in parentheses under the date.
    case note
    /// 抄送 (版记).
    case cc
    /// 附件 — the label starting an annex on a new page.
    case annex
    /// A row of an annex table; each run is a cell. `header` marks the first row.
    case tableRow(header: Bool)

    /// The name used in block markup and in the tree dump.
    public var name: String {
        switch self {
        case .letterhead: return "letterhead"
        case .docNumber: return "doc-number"
        case .signer: return "signer"
        case .resultClass: return "result-class"
        case .title: return "title"
        case .addressee: return "addressee"
        case .body: return "body"
        case .heading(let level): return "heading\(level)"
        case .attachment: return "attachment"
        case .issuer: return "issuer"
        case .date: return "date"
        case .note: return "note"
        case .cc: return "cc"
        case .annex: return "annex"
        case .tableRow: return "row"
        }
    }
}

/// A reply as a tree of blocks, built from a template's block markup. Numbers are not part
/// of the text: the Numberer fills `label`s once, and every renderer reads them from here.
public struct Document: Sendable {
    public var blocks: [Block]
    /// The layout choices in force (template's, overridden by the reply's).
    public var options: LayoutOptions

    public init(blocks: [Block], options: LayoutOptions) {
        self.blocks = blocks
        self.options = options
    }
}

/// One node of the document tree.
public enum Block: Sendable {
    /// A leaf: one paragraph of text with a role.
    case text(Role, String)
    /// A numbered section with its heading and content.
    case section(Section)
    /// An enumeration of measures (一是…二是…, （1）…).
    case list(ItemList)
    /// A row of an annex table.
    case row(header: Bool, [String])
}

/// A numbered section (一、 （一） 1. （1）).
public struct Section: Sendable {
    /// 1–4.
    public var level: Int
    public var heading: String
    /// Computed by the Numberer, e.g. （二）.
    public var label: String = ""
    public var children: [Block] = []

    public init(level: Int, heading: String) {
        self.level = level
        self.heading = heading
    }
}

/// An enumeration of measures, numbered from 1 wherever it stands.
public struct ItemList: Sendable {
    /// The numbering pattern, when the template or the reply chose one for this list.
    public var pattern: NumberPattern?
    public var items: [Item] = []

    public init(pattern: NumberPattern?) { self.pattern = pattern }
}

/// One enumerated measure: a lead phrase and its text.
public struct Item: Sendable {
    /// Computed by the Numberer, e.g. 二是.
    public var label: String = ""
    public var lead: String
    public var text: String

    public init(lead: String, text: String) {
        self.lead = lead
        self.text = text
    }
}
