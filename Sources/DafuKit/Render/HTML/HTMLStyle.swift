import Foundation

/// The CSS of an HTML reply, from the same style table as the DOCX: on paper (`@page`) A4 with
/// the GB/T 9704 margins, the body size and font, the line pitch and the character spacing
/// that set 22 lines of 28 characters, page numbers "— N —" right on odd pages and left on
/// even ones; on screen the same page look, reflowing below a page's width.
enum HTMLStyle {
    /// - Parameter printing: the page has a 版记 with 印发机关 or 印发日期 (their rules are added
    ///   only then, so pages without one keep their CSS).
    static func css(_ style: StyleTable, printing: Bool = false) -> String {
        let css = css(style)
        guard printing else { return css }
        return css + """

        .imprint p.cc + p.printing { border-top: 0.7pt solid #000; }
        .imprint p.printing { display: flex; justify-content: space-between; text-indent: 0; padding-left: 1em; }
        """
    }

    private static func css(_ style: StyleTable) -> String {
        let body = pt(style.bodySize), pitch = Double(style.linePitch) / 20
        let spacing = Double(style.bodyCharacterSpacing) / 20
        return """
        @page { size: \(mm(style.pageWidth)) \(mm(style.pageHeight)); margin: \(mm(style.marginTop)) \(mm(style.marginRight)) \(mm(style.marginBottom)) \(mm(style.marginLeft)); }
        @page :right { @bottom-right { content: "— " counter(page) " —"; \(pageNumber(style)) padding-right: 1em; } }
        @page :left { @bottom-left { content: "— " counter(page) " —"; \(pageNumber(style)) padding-left: 1em; } }
        html { font-family: \(stack(style.bodyFont)); font-size: \(body); line-height: \(format(pitch))pt; color: #000; }
        body { margin: 0; letter-spacing: \(format(spacing))pt; }
        .reply { width: \(mm(style.textWidth)); margin: 0 auto; }
        p, h1, h2, h3, h4, h5 { margin: 0; font-size: \(body); font-weight: normal; text-align: justify; }
        p, h2, h3, h4, h5 { text-indent: 2em; }
        h1 { font-family: \(stack(style.titleFont)); font-size: \(pt(style.titleSize)); line-height: \(format(pitch * Double(style.titleSize) / Double(style.bodySize)))pt; text-align: center; text-indent: 0; margin: 0 0 \(format(pitch))pt; }
        header + h1 { margin-top: \(format(2 * pitch))pt; }
        \(headings(style))
        .header.ruled { border-bottom: 1pt solid #\(style.ruleColor); padding-bottom: 4mm; }
        .letterhead { font-family: \(stack(style.letterheadFont)); font-size: \(pt(style.letterheadSize)); line-height: 1.2; color: #\(style.letterheadColor); text-align: center; text-indent: 0; }
        .result-class, .signer-alone { text-align: right; text-indent: 0; margin-right: 1em; }
        .doc-number { text-align: center; text-indent: 0; }
        .doc-number.paired { display: flex; justify-content: space-between; margin: 0 1em; }
        .signer-name { font-family: \(stack(style.signerNameFont)); }
        .addressee, .flush-left { text-indent: 0; text-align: left; }
        .attachments { margin-top: \(format(pitch))pt; }
        .attachments p { text-indent: -3em; padding-left: 5em; text-align: left; }
        .attachments p.continued { text-indent: 0; }
        .signature { margin-top: \(format(pitch))pt; text-align: right; }
        .signature .pair { display: inline-block; text-align: left; }
        .signature p { text-indent: 0; text-align: left; white-space: nowrap; }
        .signature.unsealed .pair { margin-right: 2em; }
        .signature.unsealed .date { padding-left: 2em; }
        .signature.sealed .pair { margin-right: 4em; position: relative; margin-top: \(format(pitch))pt; }
        .signature.sealed .issuer { position: absolute; bottom: 100%; left: 50%; transform: translateX(-50%); }
        .signature .alone { margin-right: \(style.signature == .sealed ? 4 : 2)em; }
        .notes p { text-indent: 2em; text-align: left; }
        .imprint { margin-top: \(format(pitch))pt; border-top: 1pt solid #000; border-bottom: 1pt solid #000; font-size: \(pt(style.ccSize)); }
        .imprint p { font-size: \(pt(style.ccSize)); text-indent: -3em; padding-left: 4em; padding-right: 1em; }
        .annex { break-before: page; margin-top: \(format(pitch))pt; }
        .annex-label { font-family: \(stack(style.headingFonts[0])); text-indent: 0; }
        table { width: 100%; border-collapse: collapse; font-size: \(pt(style.ccSize)); letter-spacing: normal; }
        th, td { border: 0.5pt solid #000; padding: 0 0.3em; text-align: left; font-weight: normal; }
        th { font-family: \(stack(style.headingFonts[0])); text-align: center; }
        @media screen {
          body { background: #e9e9e6; padding: 1em 0; }
          .reply { background: #fff; padding: \(mm(style.marginTop)) \(mm(style.marginRight)) \(mm(style.marginBottom)) \(mm(style.marginLeft)); min-height: \(mm(style.textHeight)); box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
        }
        @media screen and (max-width: \(mm(style.pageWidth))) {
          body { padding: 0; background: #fff; letter-spacing: normal; }
          .reply { width: auto; min-height: 0; padding: 1em; box-shadow: none; }
          .signature p { white-space: normal; }
        }
        """
    }

    static func headings(_ style: StyleTable) -> String {
        (1...4).map { level in
            let font = stack(style.headingFonts[level - 1])
            return "h\(level + 1), .run-in.level-\(level) { font-family: \(font); font-size: \(pt(style.headingSize)); }"
        }.joined(separator: "\n")
    }

    private static func pageNumber(_ style: StyleTable) -> String {
        "font-family: \(stack(style.pageNumberFont)); font-size: \(pt(style.pageNumberSize)); vertical-align: top; padding-top: 7mm; letter-spacing: normal;"
    }

    /// A font stack: the style table's font, its fallback, then the families that stand for it
    /// on other systems (macOS, Noto CJK on Linux) and the generic family.
    static func stack(_ font: StyleTable.Font) -> String {
        let family = families.first { font.name.contains($0.key) || font.fallback.contains($0.key) }?.value ?? ["serif"]
        var names: [String] = []
        for name in [font.name, font.fallback] + family where !names.contains(name) { names.append(name) }
        return names.map { ["serif", "sans-serif"].contains($0) ? $0 : quoted($0) }.joined(separator: ", ")
    }

    /// Stand-ins by the family a font belongs to (仿宋, 楷体, 黑体, 宋体 and 小标宋).
    private static let families: KeyValuePairs<String, [String]> = [
        "FangSong": ["FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "serif"],
        "仿宋": ["FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "serif"],
        "KaiTi": ["KaiTi", "STKaiti", "Noto Serif CJK SC", "serif"],
        "楷体": ["KaiTi", "STKaiti", "Noto Serif CJK SC", "serif"],
        "SimHei": ["SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "sans-serif"],
        "黑体": ["SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "sans-serif"],
        "小标宋": ["SimSun", "STSong", "Noto Serif CJK SC", "serif"],
        "SimSun": ["SimSun", "STSong", "Noto Serif CJK SC", "serif"],
        "宋体": ["SimSun", "STSong", "Noto Serif CJK SC", "serif"],
    ]

    /// A CSS string: quotes and backslashes escaped, characters that could end a rule dropped
    /// (font names come from style tables, which template authors write).
    static func quoted(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { !"\"\\{};<>\n\r".unicodeScalars.contains($0) }
        return "\"" + String(String.UnicodeScalarView(kept)) + "\""
    }

    static func pt(_ halfPoints: Int) -> String { format(Double(halfPoints) / 2) + "pt" }

    /// Millimetres to a tenth (twips are finer than paper).
    static func mm(_ twips: Int) -> String { format((Double(twips) / 1440 * 254).rounded() / 10) + "mm" }

    /// A number with at most two decimals, no trailing zeros.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%g", rounded)
    }
}
