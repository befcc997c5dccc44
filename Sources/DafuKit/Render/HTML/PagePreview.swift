/// The reply as A4 pages for the desk's preview. A browser lays out a flowing page but does not
/// paginate it on screen, so the pages are made here, on the GB/T 9704 grid the DOCX is set
/// on: 22 lines of 28 characters, the DOCX's spacing (two lines under the header, one after
/// the title, one before attachments and the signature), the 版记 at the foot of the last page,
/// an annex on a page of its own, page numbers "— N —" right on odd pages and left on even
/// ones. Lines are broken by `GridLines`; the figure is close to LibreOffice's, not exact.
package struct PagePreview {
    /// One line of a page.
    struct Line {
        /// A CSS class saying what the line is (body, heading-1, title, signature …).
        var kind: String
        /// Cells before the text.
        var indent: Double = 0
        var runs: [Run]
        /// Whether the line is full and is spread to the margins.
        var justified = false
        /// Whether the text keeps its spaces (lines placed by full-width spaces).
        var preformatted = false
    }

    let style: StyleTable
    private var pages: [[Line]] = [[]]
    private let text: PlainTextRenderer

    package init(style: StyleTable) {
        self.style = style
        text = PlainTextRenderer(style: style)
    }

    /// The pages of `blocks`, as lines.
    static func pages(_ blocks: [LayoutBlock], style: StyleTable) -> [[Line]] {
        var preview = PagePreview(style: style)
        for block in blocks { preview.add(block) }
        return preview.pages.filter { !$0.isEmpty }
    }

    private var width: Double { Double(style.charsPerLine) }

    private mutating func append(_ line: Line) {
        if pages[pages.count - 1].count >= style.linesPerPage { pages.append([]) }
        pages[pages.count - 1].append(line)
    }

    /// Blank lines, dropped at the top of a page (spacing does not carry over a page break).
    private mutating func space(_ lines: Int) {
        for _ in 0..<lines where !pages[pages.count - 1].isEmpty && pages[pages.count - 1].count < style.linesPerPage {
            append(Line(kind: "blank", runs: []))
        }
    }

    private mutating func add(_ block: LayoutBlock) {
        switch block {
        case .header(let header):
            for (index, line) in header.lines.enumerated() {
                let kind = header.ruled && index == header.lines.count - 1 ? "header ruled" : "header"
                switch line {
                case .letterhead(let text): append(Line(kind: "letterhead", runs: [Run(text)]))
                case .docNumber(let number, nil): append(Line(kind: kind + " centred", runs: [Run(number)]))
                default: for placed in text.lines(of: .header(HeaderBlock(lines: [line], ruled: false))) { self.placed(placed, kind: kind) }
                }
            }
        case .title(let title):
            space(title.underHeader ? 2 : 0)
            for line in title.lines { append(Line(kind: "title", runs: [Run(line)])) }
            space(1)
        case .text(let paragraphs):
            for paragraph in paragraphs { add(paragraph) }
        case .attachments:
            space(1)
            for line in text.lines(of: block) { placed(line, kind: "attachment") }
        case .signature:
            space(1)
            for line in text.lines(of: block) { placed(line, kind: "signature") }
        case .imprint(let imprint):
            addImprint(imprint)
        case .annex(let annex):
            if !pages[pages.count - 1].isEmpty { pages.append([]) }
            append(Line(kind: "annex-label", runs: [Run(annex.label)]))
            for line in annex.title { append(Line(kind: "title", runs: [Run(line)])) }
            if let table = annex.table { for line in text.table(table.rows) { placed(line, kind: "table") } }
        case .table(let table):
            for line in text.table(table.rows) { placed(line, kind: "table") }
        }
    }

    /// A paragraph broken into grid lines: body and headings indented two characters.
    private mutating func add(_ paragraph: Paragraph) {
        let kind: String, indent: Double
        switch paragraph.kind {
        case .addressee: (kind, indent) = ("addressee", 0)
        case .flushLeft: (kind, indent) = ("flush-left", 0)
        case .body: (kind, indent) = ("body", 2)
        case .heading(let level): (kind, indent) = ("heading-\(level)", 2)
        }
        let lines = GridLines.lines(GridLines.cells(paragraph.runs), width: width, firstIndent: indent, indent: 0)
        for (index, line) in lines.enumerated() {
            append(Line(kind: kind, indent: line.indent, runs: Self.runs(line.cells), justified: index < lines.count - 1))
        }
    }

    /// A line the text renderer placed with full-width spaces, broken when it is too long.
    private mutating func placed(_ line: String, kind: String) {
        for piece in GridLines.lines(GridLines.cells([Run(line)]), width: width, firstIndent: 0, indent: 0) {
            append(Line(kind: kind, runs: Self.runs(piece.cells), preformatted: true))
        }
    }

    /// 版记 between rules on the last lines of the last page: 抄送, then the 印发 line; alone on
    /// an even page (after a blank one when needed) when the layout asks for it.
    private mutating func addImprint(_ imprint: ImprintBlock) {
        var lines: [Line] = []
        if let copyTo = imprint.copyTo {
            for line in GridLines.lines(GridLines.cells([Run(copyTo)]), width: width - 1, firstIndent: 1, indent: 4) {
                lines.append(Line(kind: "copy-to", indent: line.indent, runs: Self.runs(line.cells)))
            }
        }
        if imprint.hasPrinting {
            let printing = text.imprint(ImprintBlock(printer: imprint.printer, printDate: imprint.printDate)).joined()
            lines.append(Line(kind: "printing", runs: [Run(printing)], preformatted: true))
        }
        if imprint.evenPage {
            // Alone on an even page; a blank page before it when the body ends on an even one.
            // Neither is numbered (a page of blank lines, or one holding an "alone" 版记).
            lines = lines.map { Line(kind: $0.kind + " alone", indent: $0.indent, runs: $0.runs, preformatted: $0.preformatted) }
            if pages.count % 2 == 0 { pages.append([Line(kind: "blank", runs: [])]) }
            pages.append([])
        }
        if pages[pages.count - 1].count + lines.count > style.linesPerPage { pages.append([]) }
        while pages[pages.count - 1].count + lines.count < style.linesPerPage { append(Line(kind: "blank", runs: [])) }
        for line in lines { append(line) }
    }

    /// Cells back into runs of one style each.
    private static func runs(_ cells: [GridLines.Cell]) -> [Run] {
        var paragraph = Paragraph(.body, [])
        for cell in cells { paragraph.append(Run(String(cell.character), cell.style)) }
        return paragraph.runs
    }

    /// The pages as one HTML document for the desk's preview frame (no scripts, no requests).
    package static func html(_ blocks: [LayoutBlock], style: StyleTable) -> String {
        HTMLWriter.document(viewport: false) { html in
            html.element("title", text: HTMLRenderer.title(of: blocks))
            html.css(css(style))
        } body: { html in
            for (index, page) in pages(blocks, style: style).enumerated() { write(page, number: index + 1, html: html) }
        }
    }

    private static func write(_ page: [Line], number: Int, html: HTMLWriter) {
        html.element("section", ["class": "page", "aria-label": "第\(number)页"]) {
            html.newline()
            html.element("div", ["class": "area"]) {
                html.newline()
                for line in page { write(line, html: html) }
            }
            let unnumbered = page.allSatisfy { $0.kind == "blank" } || page.contains { $0.kind.hasSuffix(" alone") }
            if !unnumbered { html.element("p", ["class": number % 2 == 1 ? "folio odd" : "folio even"], text: "— \(number) —") }
        }
    }

    private static func write(_ line: Line, html: HTMLWriter) {
        var classes = ["line", line.kind]
        if line.justified { classes.append("full") }
        if line.preformatted { classes.append("pre") }
        let indent = line.indent > 0 ? "padding-left: \(HTMLStyle.format(line.indent))em" : ""
        html.element("div", ["class": classes.joined(separator: " "), "style": indent]) {
            for run in line.runs {
                switch run.style {
                case .plain: html.text(run.text)
                case .heading(let level): html.inline("span", ["class": "h\(level)"], text: run.text)
                }
            }
        }
    }

    private static func css(_ style: StyleTable) -> String {
        let pitch = HTMLStyle.format(Double(style.linePitch) / 20)
        return """
        html { background: #e9e9e6; }
        body { margin: 0; padding: 8px; font-family: \(HTMLStyle.stack(style.bodyFont)); font-size: \(HTMLStyle.pt(style.bodySize)); letter-spacing: \(HTMLStyle.format(Double(style.bodyCharacterSpacing) / 20))pt; }
        .page { position: relative; box-sizing: border-box; width: \(HTMLStyle.mm(style.pageWidth)); height: \(HTMLStyle.mm(style.pageHeight)); margin: 0 auto 8px; padding: \(HTMLStyle.mm(style.marginTop)) \(HTMLStyle.mm(style.marginRight)) \(HTMLStyle.mm(style.marginBottom)) \(HTMLStyle.mm(style.marginLeft)); background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
        .area { height: \(HTMLStyle.mm(style.textHeight)); }
        .line { height: \(pitch)pt; line-height: \(pitch)pt; white-space: nowrap; }
        .line.pre { white-space: pre; }
        .line.full { text-align: justify; text-align-last: justify; }
        .title { font-family: \(HTMLStyle.stack(style.titleFont)); font-size: \(HTMLStyle.pt(style.titleSize)); text-align: center; letter-spacing: 0; }
        .letterhead { font-family: \(HTMLStyle.stack(style.letterheadFont)); font-size: \(HTMLStyle.pt(style.letterheadSize)); color: #\(style.letterheadColor); text-align: center; }
        .centred { text-align: center; }
        .ruled { border-bottom: 1pt solid #\(style.ruleColor); }
        .annex-label { font-family: \(HTMLStyle.stack(style.headingFonts[0])); }
        \((1...4).map { ".heading-\($0), .h\($0) { font-family: \(HTMLStyle.stack(style.headingFonts[$0 - 1])); }" }.joined(separator: "\n"))
        .copy-to { font-size: \(HTMLStyle.pt(style.ccSize)); border-top: 1pt solid #000; border-bottom: 1pt solid #000; }
        .printing { font-size: \(HTMLStyle.pt(style.ccSize)); border-top: 0.7pt solid #000; border-bottom: 1pt solid #000; }
        .folio { position: absolute; bottom: calc(\(HTMLStyle.mm(style.marginBottom)) - 7mm - 1.2em); margin: 0; font-family: \(HTMLStyle.stack(style.pageNumberFont)); font-size: \(HTMLStyle.pt(style.pageNumberSize)); letter-spacing: 0; }
        .folio.odd { right: calc(\(HTMLStyle.mm(style.marginRight)) + 1em); }
        .folio.even { left: calc(\(HTMLStyle.mm(style.marginLeft)) + 1em); }
        @media (max-width: 820px) { body { zoom: 0.85; } }
        @media (max-width: 700px) { body { zoom: 0.72; } }
        @media (max-width: 600px) { body { zoom: 0.6; } }
        @media (max-width: 500px) { body { zoom: 0.48; } }
        @media (max-width: 400px) { body { zoom: 0.38; } }
        """
    }
}
