import Foundation

extension ReplyReport {
    /// The report as a GB/T 9704 table document: the title in 小标宋, the table on A4
    /// landscape pages with its header row repeated on each page, the totals as body text
    /// under it. Written by the same WordprocessingWriter and packager as a reply.
    func docx() throws -> Data {
        let columns = Self.columns.count - 1            // 文件 is left out: the page is for the leaders.
        let table = Table(rows: self.table.map { Array($0.prefix(columns)) }, headerRows: 1,
                          columnWeights: [4, 12, 6, 5, 5, 4, 10, 6], repeatsHeader: true)
        var style = StyleTable.landscape
        // 小四 in the cells, the header in 小四 黑体: eight columns side by side.
        (style.ccSize, style.headingSize) = (24, 24)
        let blocks: [LayoutBlock] = [
            .title(TitleBlock(lines: TitleLines.split(title, capacity: style.titleCharactersPerLine), underHeader: false)),
            .table(table),
            .text(totals.sentences.map { Paragraph(.body, [Run($0)]) }),
        ]
        return try DocxPackager.package(WordprocessingWriter(style: style).parts(blocks))
    }
}

extension StyleTable {
    /// The GB/T 9704 page turned to landscape for a wide table: A4 on its side, the margins
    /// turned with it, the same character size and line pitch (40 characters × 15 lines).
    static var landscape: StyleTable {
        var style = StyleTable()
        let (charWidth, linePitch) = (style.charWidth, style.linePitch)
        (style.pageWidth, style.pageHeight) = (style.pageHeight, style.pageWidth)
        (style.marginTop, style.marginRight, style.marginBottom, style.marginLeft) =
            (style.marginLeft, style.marginTop, style.marginRight, style.marginBottom)
        style.charsPerLine = style.textWidth / charWidth
        style.linesPerPage = style.textHeight / linePitch
        return style
    }
}
