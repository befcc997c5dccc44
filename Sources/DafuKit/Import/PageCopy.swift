/// A letter as copied from the web page that published it: the page's information table
/// (索引号 | 发文字号 | 发文机关 …) and its chrome (breadcrumbs, font-size and print buttons, view
/// counts, share links, site names) are taken out before the letter is read. The table's
/// values are kept as `PageMetadata`; every line taken out is listed with its reason.
struct PageCopy {
    /// A line of the source that belongs to the letter, with its 1-based line number.
    struct Line {
        var number: Int
        var text: String
    }

    private(set) var lines: [Line] = []
    private(set) var metadata = PageMetadata()
    /// Lines taken out: line number, text, and whether they were table data (else chrome).
    private(set) var dropped: [(number: Int, text: String, isData: Bool)] = []

    init(_ raw: [String]) {
        let trimmed = raw.map { TextFolding.trimmed($0.replacingOccurrences(of: "\r", with: "")) }
        // The page's top: lines before the letter's first sentence or section label, where
        // weaker labels (时间, 来源, 作者) are the page's too.
        let top = trimmed.firstIndex { $0.contains("。") || LabelPatterns.heading(at: $0) != nil } ?? trimmed.count
        let site = PageChrome.siteNameLines(trimmed)
        for (index, line) in raw.enumerated() {
            let text = trimmed[index]
            if !text.isEmpty, site.contains(index) || PageChrome.isChrome(text) {
                dropped.append((index + 1, text, false))
            } else if !text.isEmpty, PageMetadata.isDataLine(text, nearTop: index < top) {
                metadata.read(text)
                dropped.append((index + 1, text, true))
            } else {
                lines.append(Line(number: index + 1, text: line))
            }
        }
        stripHeadingRepeats()
    }

    /// A page shows the letter's title above the letter, often twice (as its heading and as the
    /// letter's first line): the second copy, right after the first, is dropped.
    private mutating func stripHeadingRepeats() {
        guard let first = lines.prefix(12).firstIndex(where: { TitleText.endsTitle(TextFolding.trimmed($0.text)) }),
              first + 1 < lines.count, TextFolding.trimmed(lines[first + 1].text) == TextFolding.trimmed(lines[first].text) else { return }
        dropped.append((lines[first + 1].number, TextFolding.trimmed(lines[first + 1].text), false))
        lines.remove(at: first + 1)
    }
}

/// Words and shapes of the page around a letter.
enum PageChrome {
    /// Lines holding any of these are page furniture.
    static let words = ["字体大小", "字号：", "【大】", "【字体", "字体：", "当前位置", "您现在的位置", "您好，欢迎", "欢迎访问", "打印本页", "关闭窗口",
                        "【打印】", "【关闭】", "分享到", "扫一扫", "返回顶部", "网站标识码", "ICP备", "版权所有", "主办：", "主办:",
                        "上一篇", "下一篇", "浏览次数", "阅读次数", "访问次数", "【收藏】", "手机版"]

    static func isChrome(_ text: String) -> Bool {
        if text.allSatisfy({ "|｜-—=·>» \u{3000}".contains($0) }) { return true }
        // A paragraph of the letter may mention these words; page furniture is short.
        if text.count <= 80, !text.contains("。"), words.contains(where: { text.contains($0) }) { return true }
        return isBreadcrumb(text)
    }

    /// 首页 > 政务公开 > …, 首页/ 政府信息公开 / …, 首页 >> 通知公告.
    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.hasPrefix("首页") || text.hasPrefix("网站首页") else { return false }
        return text.count <= 80 && (text.contains(">") || text.contains("/") || text.contains("》") || text.contains("→"))
    }

    /// The site's name: short lines with no sentence in them above the first chrome line at the
    /// top of the page (青川市人民政府门户网站, 南屏省教育厅), when chrome follows them.
    static func siteNameLines(_ lines: [String]) -> Set<Int> {
        var found: Set<Int> = []
        var index = 0
        while index < lines.count, index < 3 {
            let text = lines[index]
            if text.isEmpty || isChrome(text) || PageMetadata.isDataLine(text, nearTop: true) { index += 1; continue }
            let nextFurniture = lines[(index + 1)...].first { !$0.isEmpty }.map { isChrome($0) || PageMetadata.isDataLine($0, nearTop: true) } ?? false
            guard nextFurniture, text.count <= 30, !text.contains(where: { "。，：:；".contains($0) }),
                  !text.hasSuffix("答复"), !text.hasSuffix("报告"), !text.hasSuffix("意见"), !text.hasSuffix("摘要") else { break }
            found.insert(index)
            index += 1
        }
        return found
    }
}
