/// The style table of a layout: page, grid, fonts, sizes, colours and signature mode, read from
/// `Templates/default.style.yaml` and overridden by `Templates/<layout>.style.yaml`, so a
/// template author changes how replies look without Swift. Values default to GB/T 9704-2012.
///
/// It describes the page, not a file format: every renderer takes what it needs — plain text
/// the characters per line, the DOCX writer everything, the HTML page its CSS.
public struct StyleTable: Equatable, Sendable {
    /// A font and the family Word and LibreOffice fall back to when it is not installed.
    public struct Font: Equatable, Sendable {
        public var name: String
        public var fallback: String
    }

    // Page, in twips (1/1440 inch).
    public var pageWidth = 11906
    public var pageHeight = 16838
    public var marginTop = 2098
    public var marginBottom = 1984
    public var marginLeft = 1587
    public var marginRight = 1474
    /// Distance from the page's bottom edge to the footer (page numbers 7 mm under the type area).
    public var footerDistance = 1304
    // The type area's grid: 22 lines of 28 characters.
    public var linesPerPage = 22
    public var charsPerLine = 28

    public var bodyFont = Font(name: "仿宋_GB2312", fallback: "FangSong")
    public var titleFont = Font(name: "方正小标宋简体", fallback: "SimSun")
    public var headingFonts = [Font(name: "黑体", fallback: "SimHei"), Font(name: "楷体_GB2312", fallback: "KaiTi"),
                               Font(name: "仿宋_GB2312", fallback: "FangSong"), Font(name: "仿宋_GB2312", fallback: "FangSong")]
    public var signerNameFont = Font(name: "楷体_GB2312", fallback: "KaiTi")
    public var pageNumberFont = Font(name: "宋体", fallback: "SimSun")
    public var letterheadFont = Font(name: "方正小标宋简体", fallback: "SimSun")
    /// Font for Arabic digits and Latin letters; nil keeps them in each style's Chinese font.
    public var latinFont: String?

    // Sizes in half-points: 三号 32, 二号 44, 四号 28.
    public var bodySize = 32
    public var titleSize = 44
    public var headingSize = 32
    public var pageNumberSize = 28
    public var ccSize = 28
    public var letterheadSize = 72

    /// RGB hex, e.g. FF0000.
    public var letterheadColor = "FF0000"
    public var ruleColor = "FF0000"
    public var signature = SignatureMode.unsealed

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
}
