import Foundation

/// Writes a reply as one self-contained HTML5 page (主动公开 web publication): inline CSS from
/// the style table, no scripts, nothing fetched from outside the file. Semantic: the title an
/// `h1`, headings `h2`–`h5` with their Chinese labels as text, paragraphs `p`, the annex table a
/// `table` with `th`, the signature and the 版记 as footers.
///
/// A mapping over the blocks, like the other renderers; the signature is placed by the rule
/// itself (the date starts two characters right of the issuer's start), not by width arithmetic.
public struct HTMLRenderer: Sendable {
    public let style: StyleTable
    /// The page's style sheets, without and with the 印发 line's rules, each written once per
    /// renderer (once per layout in a batch).
    private let styleSheets = (plain: Once<String>(), printing: Once<String>())

    /// A renderer for the page of `style`.
    public init(style: StyleTable = StyleTable()) {
        self.style = style
    }

    private func styleSheet(printing: Bool) -> String {
        (printing ? styleSheets.printing : styleSheets.plain).value { HTMLWriter.escapedCSS(HTMLStyle.css(style, printing: printing)) }
    }

    /// The page for `blocks`.
    public func render(_ blocks: [LayoutBlock]) -> String {
        HTMLWriter.document { html in
            html.element("meta", ["name": "generator", "content": "dafu"])
            html.element("title", text: Self.title(of: blocks))
            let printing = blocks.contains { if case .imprint(let imprint) = $0 { imprint.hasPrinting } else { false } }
            html.styleSheet(escaped: styleSheet(printing: printing))
        } body: { html in
            html.element("article", ["class": "reply"]) {
                html.newline()
                let writer = HTMLBlockWriter(html: html, style: style)
                for block in blocks { writer.write(block) }
            }
        }
    }

    /// The page's title: the reply's title, else its first line.
    static func title(of blocks: [LayoutBlock]) -> String {
        for block in blocks {
            if case .title(let title) = block { return title.lines.joined() }
        }
        for block in blocks {
            if case .text(let paragraphs) = block, let first = paragraphs.first { return first.text }
        }
        return "答复"
    }
}

/// Writes each kind of block as HTML.
private struct HTMLBlockWriter {
    let html: HTMLWriter
    let style: StyleTable

    func write(_ block: LayoutBlock) {
        switch block {
        case .header(let header): write(header)
        case .title(let title): writeTitle(title.lines, attributes: [:])
        case .text(let paragraphs): paragraphs.forEach(write)
        case .attachments(let lines):
            html.element("section", ["class": "attachments", "aria-label": "附件说明"]) {
                html.newline()
                for (index, line) in lines.enumerated() { html.element("p", ["class": index == 0 ? "" : "continued"], text: line.text) }
            }
        case .signature(let signature): write(signature)
        case .imprint(let imprint):
            html.element("footer", ["class": "imprint"]) {
                html.newline()
                if let copyTo = imprint.copyTo { html.element("p", ["class": "cc"], text: copyTo) }
                if imprint.hasPrinting {
                    html.element("p", ["class": "printing"]) {
                        html.inline("span", ["class": "printer"], text: imprint.printer ?? "")
                        html.inline("span", ["class": "print-date"], text: imprint.printDate ?? "")
                    }
                }
            }
        case .annex(let annex): write(annex)
        case .table(let table): write(table)
        }
    }

    private func write(_ header: HeaderBlock) {
        html.element("header", ["class": header.ruled ? "header ruled" : "header"]) {
            html.newline()
            for line in header.lines {
                switch line {
                case .letterhead(let text): html.element("p", ["class": "letterhead"], text: text)
                case .resultClass(let text): html.element("p", ["class": "result-class"], text: text)
                case .signer(let text): html.element("p", ["class": "signer-alone"], block: false) { signer(text) }
                case .docNumber(let number, nil): html.element("p", ["class": "doc-number"], text: number)
                case .docNumber(let number, let signer?):
                    html.element("p", ["class": "doc-number paired"]) {
                        html.inline("span", text: number)
                        html.element("span", ["class": "signer"], block: false) { self.signer(signer) }
                    }
                }
            }
        }
    }

    /// 签发人: the label as text, the name in its own font.
    private func signer(_ text: String) {
        let (label, name) = HeaderBlock.signerParts(text)
        html.text(label)
        html.inline("span", ["class": "signer-name"], text: name)
    }

    private func writeTitle(_ lines: [String], attributes: KeyValuePairs<String, String>) {
        html.element("h1", attributes) {
            for (index, line) in lines.enumerated() {
                if index > 0 { html.element("br", block: false) }
                html.text(line)
            }
        }
    }

    private func write(_ paragraph: Paragraph) {
        let runs = { (html: HTMLWriter) in
            for run in paragraph.runs {
                switch (run.style, paragraph.kind) {
                case (.plain, _), (.heading, .heading): html.text(run.text)
                case (.heading(let level), _): html.inline("span", ["class": "run-in level-\(level)"], text: run.text)
                }
            }
        }
        switch paragraph.kind {
        case .addressee: html.element("p", ["class": "addressee"]) { runs(html) }
        case .body: html.element("p") { runs(html) }
        case .heading(let level): html.element("h\(min(6, level + 1))") { runs(html) }
        case .flushLeft: html.element("p", ["class": "flush-left"]) { runs(html) }
        }
    }

    /// 7.3.5: unsealed — the pair right-aligned two characters in, the date indented two
    /// characters from the issuer's start; sealed — the date four characters in, the issuer
    /// centred over it. A lone issuer or date stands at the mode's right gap.
    private func write(_ signature: SignatureBlock) {
        html.element("footer", ["class": "signature \(style.signature.rawValue)"]) {
            html.newline()
            if let issuer = signature.issuer, let date = signature.date {
                html.element("div", ["class": "pair"]) {
                    html.newline()
                    html.element("p", ["class": "issuer"], text: issuer)
                    html.element("p", ["class": "date"]) { time(date) }
                }
            } else if let issuer = signature.issuer {
                html.element("p", ["class": "issuer alone"], text: issuer)
            } else if let date = signature.date {
                html.element("p", ["class": "date alone"]) { time(date) }
            }
            if !signature.notes.isEmpty {
                html.element("div", ["class": "notes"]) {
                    html.newline()
                    for note in signature.notes { html.element("p", ["class": "note"], text: note) }
                }
            }
        }
    }

    /// A date in a `time` element when it reads as one (2025年6月20日 → 2025-06-20).
    private func time(_ date: String) {
        guard let iso = ReplyDate(written: date)?.iso else { return html.text(date) }
        html.inline("time", ["datetime": iso], text: date)
    }

    private func write(_ annex: AnnexBlock) {
        html.element("section", ["class": "annex"]) {
            html.newline()
            html.element("p", ["class": "annex-label"], text: annex.label)
            if !annex.title.isEmpty { writeTitle(annex.title, attributes: ["class": "annex-title"]) }
            if let table = annex.table { write(table) }
        }
    }

    private func write(_ table: Table) {
        html.element("table") {
            html.newline()
            let columns = table.columns
            func row(_ cells: [String], tag: String) {
                html.element("tr") {
                    for column in 0..<columns { html.inline(tag, text: column < cells.count ? cells[column] : "") }
                }
            }
            if table.headerRows > 0 {
                html.element("thead") {
                    html.newline()
                    for cells in table.rows.prefix(table.headerRows) { row(cells, tag: "th") }
                }
            }
            html.element("tbody") {
                html.newline()
                for cells in table.rows.dropFirst(table.headerRows) { row(cells, tag: "td") }
            }
        }
    }
}
