/// A reply laid out for every renderer: the page's blocks in order, each decided once by
/// `Layout` — which lines pair up, where a title breaks, what a table holds, what stands on a
/// new page. A renderer is a mapping over this closed set: it switches over the blocks and
/// never looks ahead or behind, so a new kind of block fails to compile in every renderer
/// until it is handled.
public enum LayoutBlock: Equatable, Sendable {
    /// 版头: the lines above the title.
    case header(HeaderBlock)
    /// 标题, broken into lines.
    case title(TitleBlock)
    /// 主送, 正文 and headings.
    case text([Paragraph])
    /// 附件说明, labelled (附件：1.…).
    case attachments([AttachmentLine])
    /// 署名, 成文日期 and 附注.
    case signature(SignatureBlock)
    /// 版记: 抄送, 印发机关 and 印发日期 between rules at the foot of the last page.
    case imprint(ImprintBlock)
    /// 附件 on a page of its own: its label, title and table.
    case annex(AnnexBlock)
    /// A table outside an annex.
    case table(Table)
}

/// The header lines in the order the template wrote them.
public struct HeaderBlock: Equatable, Sendable {
    /// One line of the header block.
    public enum Line: Equatable, Sendable {
        /// 发文机关标志
        case letterhead(String)
        /// 办理结果：A类
        case resultClass(String)
        /// 发文字号, with 签发人 on the same line when it follows (上行文: 发文字号 居左空一字,
        /// 签发人 居右空一字).
        case docNumber(String, signer: String?)
        /// 签发人 on its own line.
        case signer(String)

        var isLetterhead: Bool {
            if case .letterhead = self { return true }
            return false
        }
    }

    /// A 签发人 line cut into its label — up to and with the first full-width colon, as the
    /// template wrote it (签发人：) — and the name, which every renderer sets in its own font
    /// (GB/T 9704 7.2.4: 签发人姓名用 3 号楷体). No colon: all of it is the name.
    public static func signerParts(_ text: String) -> (label: String, name: String) {
        guard let colon = text.firstIndex(of: "：") else { return ("", text) }
        let end = text.index(after: colon)
        return (String(text[..<end]), String(text[end...]))
    }

    /// The lines, in the template's order.
    public var lines: [Line]
    /// Whether a red rule (版头中的分隔线) runs under the last line: there is a letterhead.
    public var ruled: Bool
}

/// A title, broken into balanced lines (GB/T 9704 7.3.1).
public struct TitleBlock: Equatable, Sendable {
    /// The title's lines, shorter above (a trapezoid).
    public var lines: [String]
    /// Whether the title stands under the header block (红色分隔线下空二行).
    public var underHeader: Bool
}

/// 署名, 成文日期 and the 附注 under them (GB/T 9704 7.3.5, 7.3.6). The issuer and the date
/// are placed as a pair when both are there; each renderer places them by the style's
/// signature mode.
public struct SignatureBlock: Equatable, Sendable {
    /// 署名
    public var issuer: String?
    /// 成文日期, in Chinese form (2025年5月14日).
    public var date: String?
    /// 附注 lines, each in parentheses.
    public var notes: [String] = []
}

/// 版记 (GB/T 9704 7.4): 抄送, then 印发机关 (左空一字) and 印发日期 (右空一字) on one line, between
/// a rule above and a rule below as wide as the type area (a thin rule between the two parts).
public struct ImprintBlock: Equatable, Sendable {
    /// 抄送：…。
    public var copyTo: String?
    /// 印发机关
    public var printer: String?
    /// 印发日期, with 印发 (2025年5月14日印发).
    public var printDate: String?
    /// Whether the 版记 stands alone on an even last page (封四), that page and a blank page
    /// before it left without a page number (7.5); else it stands at the foot of the last page.
    public var evenPage = false

    /// A 版记 of these parts.
    public init(copyTo: String? = nil, printer: String? = nil, printDate: String? = nil, evenPage: Bool = false) {
        (self.copyTo, self.printer, self.printDate, self.evenPage) = (copyTo, printer, printDate, evenPage)
    }

    /// Whether it has a 印发机关 or 印发日期 line.
    public var hasPrinting: Bool { printer != nil || printDate != nil }
}

/// One line of the 附件说明 (GB/T 9704 7.3.4): 附件：名称 for one attachment; 附件：1.名称,
/// then 2.名称 … for several.
public struct AttachmentLine: Equatable, Sendable {
    /// 附件： on the first line, empty on the others.
    public var label: String
    /// The 顺序号 (1.) when there are several attachments, else empty.
    public var number: String
    /// The attachment's name.
    public var name: String

    /// The line as it reads.
    public var text: String { label + number + name }
}

/// An annex: its 附件 label on a new page, its title lines and its table.
public struct AnnexBlock: Equatable, Sendable {
    /// The label, e.g. 附件.
    public var label: String
    /// The annex's title lines.
    public var title: [String]
    /// The annex's table, when it has one.
    public var table: Table?
}

/// A table: rows of cells, the first `headerRows` of them a header.
public struct Table: Equatable, Sendable {
    /// The rows, each a list of cells.
    public var rows: [[String]]
    /// How many of the first rows are header rows.
    public var headerRows: Int
    /// The columns' widths relative to each other (nil: all alike).
    public var columnWeights: [Int]? = nil
    /// Whether the header rows are repeated at the top of every page the table runs over.
    public var repeatsHeader = false

    /// The number of columns: the longest row's.
    public var columns: Int { rows.map(\.count).max() ?? 0 }
}

/// A paragraph of the text block.
public struct Paragraph: Equatable, Sendable {
    /// What the paragraph is.
    public enum Kind: Equatable, Sendable {
        /// 主送: flush left, with its colon.
        case addressee
        /// 正文: first line indented two characters.
        case body
        /// A stand-alone heading of level 1–4.
        case heading(Int)
        /// A line flush left that is not a salutation (此致, 敬礼！).
        case flushLeft
    }

    /// What the paragraph is.
    public var kind: Kind
    /// The paragraph's runs, in order.
    public var runs: [Run]

    /// A paragraph of `kind` made of `runs`.
    public init(_ kind: Kind, _ runs: [Run]) {
        self.kind = kind
        self.runs = runs
    }

    /// The paragraph's text without styles.
    public var text: String { runs.map(\.text).joined() }

    /// Adds a run, merging it into the last one when the style is the same.
    mutating func append(_ run: Run) {
        guard !run.text.isEmpty else { return }
        if let last = runs.last, last.style == run.style {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }
}

/// A run of text with one style: heading runs take the heading font of their level, even
/// inside a body paragraph (a run-in heading).
public struct Run: Equatable, Sendable {
    /// The run's look: plain text, or a heading of a level.
    public enum Style: Equatable, Sendable {
        case plain
        case heading(Int)
    }

    /// The run's text.
    public var text: String
    /// The run's look.
    public var style: Style

    /// A run of `text` in `style`.
    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
