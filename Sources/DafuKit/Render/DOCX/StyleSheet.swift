import Foundation
import Yams

/// The style table of a layout: fonts, sizes, page, grid, colours and signature mode, read
/// from `Templates/default.style.yaml` and overridden by `Templates/<layout>.style.yaml`, so a
/// template author changes the DOCX layout without Swift. Values default to GB/T 9704-2012.
public struct StyleSheet: Equatable, Sendable {
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
    // Document grid: 22 lines of 28 characters.
    public var linesPerPage = 22
    public var charsPerLine = 28
    public var linePitch = 579

    public var bodyFont = Font(name: "仿宋_GB2312", fallback: "FangSong")
    public var titleFont = Font(name: "方正小标宋简体", fallback: "SimSun")
    public var headingFonts = [Font(name: "黑体", fallback: "SimHei"), Font(name: "楷体_GB2312", fallback: "KaiTi"),
                               Font(name: "仿宋_GB2312", fallback: "FangSong"), Font(name: "仿宋_GB2312", fallback: "FangSong")]
    public var signerNameFont = Font(name: "楷体_GB2312", fallback: "KaiTi")
    public var pageNumberFont = Font(name: "宋体", fallback: "SimSun")
    public var letterheadFont = Font(name: "方正小标宋简体", fallback: "SimSun")
    /// Font for Arabic digits and Latin letters; nil keeps them in each style's Chinese font.
    public var latinFont: String?

    // Sizes in half-points (w:sz): 三号 32, 二号 44, 四号 28.
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

    /// Width of the type area in twips.
    public var textWidth: Int { pageWidth - marginLeft - marginRight }
    /// One character of the grid in twips (the type area width over the characters per line).
    public var charWidth: Int { textWidth / charsPerLine }

    /// Character spacing (w:spacing, twentieths of a point) that makes exactly `charsPerLine`
    /// body characters fill a line: 三号 is 16 pt but the line is 442 pt / 28 = 15.79 pt per
    /// character, so characters are tightened (GB/T 9704: 每行排28个字). One twentieth more
    /// than the bare minimum leaves room for a compressed full stop after the 28th character:
    /// without it LibreOffice hangs that stop in the margin and loses it from the page.
    public var bodyCharacterSpacing: Int {
        let pitch = Double(textWidth) / 20 / Double(charsPerLine)
        let minimum = Int(((pitch - Double(bodySize) / 2) * 20).rounded(.down))
        return min(0, minimum - 1)
    }
}

extension StyleSheet {
    static let fontSchema = Schema("字体", [FieldName("name", "字体名"), FieldName("fallback", "替代字体")])
    static let schema = Schema("样式表", [
        FieldName("page", "页面", aliases: ["页面"]), FieldName("grid", "版心网格", aliases: ["网格"]),
        FieldName("fonts", "字体", aliases: ["字体"]), FieldName("sizes", "字号", aliases: ["字号"]),
        FieldName("colors", "颜色", aliases: ["颜色"]), FieldName("signature", "署名方式", aliases: ["署名方式"]),
    ])
    static let pageSchema = Schema("页面", ["width", "height", "margin_top", "margin_bottom", "margin_left", "margin_right", "footer"]
        .map { FieldName($0, $0) })
    static let gridSchema = Schema("网格", ["lines_per_page", "chars_per_line", "line_pitch"].map { FieldName($0, $0) })
    static let fontsSchema = Schema("字体", ["body", "title", "heading1", "heading2", "heading3", "heading4", "signer_name",
                                           "page_number", "letterhead", "latin"].map { FieldName($0, $0) })
    static let sizesSchema = Schema("字号", ["body", "title", "heading", "page_number", "cc", "letterhead"].map { FieldName($0, $0) })
    static let colorsSchema = Schema("颜色", ["letterhead", "rule"].map { FieldName($0, $0) })

    /// Chinese size names in half-points.
    static let sizeNames: [String: Int] = ["初号": 84, "小初": 72, "一号": 52, "小一": 48, "二号": 44, "小二": 36,
                                           "三号": 32, "小三": 30, "四号": 28, "小四": 24, "五号": 21, "小五": 18]

    /// `base` with the style files in `paths` applied in order (missing files skipped).
    static func load(_ paths: [String], base: StyleSheet) -> (StyleSheet, [Diagnostic]) {
        var sheet = base
        var diagnostics: [Diagnostic] = []
        for path in paths where FileManager.default.fileExists(atPath: path) {
            let reader = NodeReader(file: path)
            do {
                let data = try FileInput.read(path, limit: Limits.templateBytes)
                guard let text = String(data: data, encoding: .utf8) else {
                    throw FileInput.unreadable(path, cause: "不是 UTF-8 编码")
                }
                if let tooDeep = NestingGuard.check(text, file: path) { throw tooDeep }
                if let node = try Yams.compose(yaml: text, Resolver.basic) { sheet.apply(node, reader: reader) }
            } catch let diagnostic as Diagnostic {
                reader.report(diagnostic)
            } catch {
                reader.report(YAMLErrors.diagnostic(for: error, file: path))
            }
            diagnostics += reader.diagnostics
        }
        return (sheet, diagnostics)
    }

    private mutating func apply(_ node: Node, reader: NodeReader) {
        guard let root = reader.mapping(node, schema: Self.schema, field: "样式表") else { return }
        if let page = reader.submapping(root, "page", Self.pageSchema) {
            reader.twips(page["width"], 1000...40000).map { pageWidth = $0 }
            reader.twips(page["height"], 1000...40000).map { pageHeight = $0 }
            reader.twips(page["margin_top"], 0...10000).map { marginTop = $0 }
            reader.twips(page["margin_bottom"], 0...10000).map { marginBottom = $0 }
            reader.twips(page["margin_left"], 0...10000).map { marginLeft = $0 }
            reader.twips(page["margin_right"], 0...10000).map { marginRight = $0 }
            reader.twips(page["footer"], 0...10000).map { footerDistance = $0 }
        }
        if let grid = reader.submapping(root, "grid", Self.gridSchema) {
            reader.twips(grid["lines_per_page"], 1...100).map { linesPerPage = $0 }
            reader.twips(grid["chars_per_line"], 1...100).map { charsPerLine = $0 }
            reader.twips(grid["line_pitch"], 100...2000).map { linePitch = $0 }
        }
        if let fonts = reader.submapping(root, "fonts", Self.fontsSchema) {
            reader.font(fonts["body"]).map { bodyFont = $0 }
            reader.font(fonts["title"]).map { titleFont = $0 }
            for level in 1...4 { reader.font(fonts["heading\(level)"]).map { headingFonts[level - 1] = $0 } }
            reader.font(fonts["signer_name"]).map { signerNameFont = $0 }
            reader.font(fonts["page_number"]).map { pageNumberFont = $0 }
            reader.font(fonts["letterhead"]).map { letterheadFont = $0 }
            if let latin = fonts["latin"] { latinFont = reader.text(latin)?.value }
        }
        if let sizes = reader.submapping(root, "sizes", Self.sizesSchema) {
            reader.size(sizes["body"]).map { bodySize = $0 }
            reader.size(sizes["title"]).map { titleSize = $0 }
            reader.size(sizes["heading"]).map { headingSize = $0 }
            reader.size(sizes["page_number"]).map { pageNumberSize = $0 }
            reader.size(sizes["cc"]).map { ccSize = $0 }
            reader.size(sizes["letterhead"]).map { letterheadSize = $0 }
        }
        if let colors = reader.submapping(root, "colors", Self.colorsSchema) {
            reader.color(colors["letterhead"]).map { letterheadColor = $0 }
            reader.color(colors["rule"]).map { ruleColor = $0 }
        }
        reader.choice(root["signature"], ["unsealed": SignatureMode.unsealed, "不加盖印章": .unsealed,
                                          "sealed": .sealed, "加盖印章": .sealed]).map { signature = $0.value }
    }
}

extension NodeReader {
    /// A whole number in `range` (twips, counts), E018 otherwise.
    func twips(_ entry: MappingView.Entry?, _ range: ClosedRange<Int>) -> Int? {
        guard let entry, let text = text(entry) else { return nil }
        guard let value = Int(text.value), range.contains(value) else {
            report(.badStyleNumber(entry.writtenKey, text.value, range: range, at: text.location))
            return nil
        }
        return value
    }

    /// A font: a name, or a mapping with `name` and `fallback`.
    func font(_ entry: MappingView.Entry?) -> StyleSheet.Font? {
        guard let entry else { return nil }
        if case .mapping = entry.value {
            guard let view = mapping(entry.value, schema: StyleSheet.fontSchema, field: entry.writtenKey, introducedAt: entry.keyLocation),
                  let name = requiredText(view, "name") else { return nil }
            return StyleSheet.Font(name: name.value, fallback: text(view["fallback"])?.value ?? name.value)
        }
        return text(entry).map { StyleSheet.Font(name: $0.value, fallback: $0.value) }
    }

    /// A size: a Chinese size name (三号) or points (16, 10.5).
    func size(_ entry: MappingView.Entry?) -> Int? {
        guard let entry, let text = text(entry) else { return nil }
        if let halfPoints = StyleSheet.sizeNames[text.value] { return halfPoints }
        let points = text.value.hasSuffix("pt") ? String(text.value.dropLast(2)) : text.value
        if let value = Double(points), value >= 5, value <= 100, (value * 2).rounded() == value * 2 { return Int(value * 2) }
        report(.badFontSize(text.value, at: text.location))
        return nil
    }

    /// An RGB colour in hex.
    func color(_ entry: MappingView.Entry?) -> String? {
        guard let entry, let text = text(entry) else { return nil }
        let hex = text.value.hasPrefix("#") ? String(text.value.dropFirst()) : text.value
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else {
            report(.badColor(text.value, at: text.location))
            return nil
        }
        return hex.uppercased()
    }
}
