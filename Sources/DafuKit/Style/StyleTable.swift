/// The style table of a layout: page, grid, fonts, sizes, colours and signature mode, read from
/// `Templates/default.style.yaml` and overridden by `Templates/<layout>.style.yaml`, so a
/// template author changes how replies look without Swift. Values default to GB/T 9704-2012.
///
/// It describes the page, not a file format: every renderer takes what it needs — plain text
/// the characters per line, the DOCX writer everything, the HTML page its CSS.
public struct StyleTable: Equatable, Sendable {
    /// A font and the family Word and LibreOffice fall back to when it is not installed.
    public struct Font: Equatable, Sendable {
        /// The font's name as Word knows it, e.g. 仿宋_GB2312.
        public var name: String
        /// The family to use where it is not installed.
        public var fallback: String
    }

    // Page, in twips (1/1440 inch).
    /// The page: A4 (11906 × 16838 twips) and the GB/T 9704 margins.
    public var pageWidth = 11906
    /// Page height in twips.
    public var pageHeight = 16838
    /// 天头 in twips.
    public var marginTop = 2098
    /// Bottom margin in twips.
    public var marginBottom = 1984
    /// 订口 in twips.
    public var marginLeft = 1587
    /// Right margin in twips.
    public var marginRight = 1474
    /// Distance from the page's bottom edge to the footer's: the page number's 一字线 stands 7 mm
    /// under the type area (measured on LibreOffice's page; docs/docx-layout.md).
    public var footerDistance = 1383
    // The type area's grid: 22 lines of 28 characters.
    /// Lines of the grid per page (the line pitch follows from it).
    public var linesPerPage = 22
    /// Characters of the grid per line.
    public var charsPerLine = 28

    /// 正文: 仿宋.
    public var bodyFont = Font(name: "仿宋_GB2312", fallback: "FangSong")
    /// 标题: 小标宋.
    public var titleFont = Font(name: "方正小标宋简体", fallback: "SimSun")
    /// Headings of levels 1–4: 黑体, 楷体, 仿宋, 仿宋.
    public var headingFonts = [Font(name: "黑体", fallback: "SimHei"), Font(name: "楷体_GB2312", fallback: "KaiTi"),
                               Font(name: "仿宋_GB2312", fallback: "FangSong"), Font(name: "仿宋_GB2312", fallback: "FangSong")]
    /// 签发人姓名: 楷体.
    public var signerNameFont = Font(name: "楷体_GB2312", fallback: "KaiTi")
    /// 页码: 宋体.
    public var pageNumberFont = Font(name: "宋体", fallback: "SimSun")
    /// 发文机关标志: 小标宋.
    public var letterheadFont = Font(name: "方正小标宋简体", fallback: "SimSun")
    /// Font for Arabic digits and Latin letters; nil keeps them in each style's Chinese font.
    public var latinFont: String?

    // Sizes in half-points: 三号 32, 二号 44, 四号 28.
    /// Sizes in half-points: body 三号, title 二号, headings 三号, page numbers and 版记 四号, letterhead 小初.
    public var bodySize = 32
    /// Title size in half-points.
    public var titleSize = 44
    /// Heading size in half-points.
    public var headingSize = 32
    /// Page-number size in half-points.
    public var pageNumberSize = 28
    /// 版记 size in half-points.
    public var ccSize = 28
    /// Letterhead size in half-points.
    public var letterheadSize = 72

    /// RGB hex, e.g. FF0000.
    public var letterheadColor = "FF0000"
    /// The red rule under the header.
    public var ruleColor = "FF0000"
    /// 署名 and 成文日期 placed for a sealed or an unsealed document.
    public var signature = SignatureMode.unsealed

    /// The GB/T 9704 defaults.
    public init() {}

    /// Width of the type area (版心) in twips.
    public var textWidth: Int { pageWidth - marginLeft - marginRight }
    /// Height of the type area in twips.
    public var textHeight: Int { pageHeight - marginTop - marginBottom }
    /// One line of the grid in twips: the type area's height over the lines per page.
    public var linePitch: Int { textHeight / linesPerPage }
    /// One character of the grid in twips: the type area's width over the characters per line.
    public var charWidth: Int { textWidth / charsPerLine }
    /// Characters of the title's size a line holds (a digit counts half): where long titles break.
    public var titleCharactersPerLine: Double { (Double(textWidth) / Double(titleSize * 10)).rounded(.down) }

    /// Character spacing (twentieths of a point) that makes exactly `charsPerLine` body
    /// characters fill a line: 三号 is 16 pt but the line is 442 pt / 28 = 15.79 pt per
    /// character, so characters are tightened (GB/T 9704: 每行排28个字). One twentieth more
    /// than the bare minimum leaves room for a compressed full stop after the 28th character:
    /// without it LibreOffice hangs that stop in the margin and loses it from the page.
    public var bodyCharacterSpacing: Int {
        let pitch = Double(textWidth) / 20 / Double(charsPerLine)
        let minimum = Int(((pitch - Double(bodySize) / 2) * 20).rounded(.down))
        return min(0, minimum - 1)
    }
}
