import Foundation
import XCTest
@testable import DafuKit

/// The rules about the page around the body: 附件说明, page numbers, the header lines and
/// title, the 版记.
extension Specimen {
    /// 7.3.4: 附件说明 正文下空一行左空二字; several names numbered 1. 2. …, names without
    /// punctuation after them, aligned after 附件：, a wrapped name aligned with its first character.
    func attachments() throws -> [Measurement] {
        guard let lines = blocks.lazy.compactMap({ if case .attachments(let lines) = $0 { lines } else { nil } }).first else { return [] }
        var out: [Measurement] = [], nameColumn: Double?
        for (index, line) in lines.enumerated() {
            let found = try XCTUnwrap(find(line.text), "\(name): 附件说明 \(line.text) not on the page")
            let prefix = (index == 0 ? "附件：" : "") + (lines.count > 1 ? "\(index + 1)." : "")
            out.append(holds("附件说明 \(index + 1) reads \(prefix)name (7.3.4)", line.label + line.number == prefix))
            out.append(holds("附件名称后不加标点符号 (7.3.4)", !"。，；：、.,;:".contains(line.name.last ?? "。")))
            if index == 0 {
                out.append(Measurement(rule: "附件左空二字 (7.3.4)", value: fromLeft(found.first.box.xMin), expected: 2))
                if let above = self.line(before: found) {
                    out.append(vertical("正文下空一行 (7.3.4), lines", self.lines(from: above.box, to: found.first.box), 2))
                }
            }
            let start = try XCTUnwrap(x(ofCharacter: prefix.count, in: found.first), "\(name): where \(line)'s name starts")
            nameColumn = nameColumn ?? fromLeft(start)
            out.append(Measurement(rule: "附件名称对齐 (7.3.4): name \(index + 1)", value: fromLeft(start), expected: nameColumn!))
            for wrapped in found.lines.dropFirst() {
                out.append(Measurement(rule: "附件名称回行与首字对齐 (7.3.4)", value: fromLeft(wrapped.box.xMin), expected: nameColumn!))
            }
        }
        return out
    }

    /// 7.5: "— N —" with a 一字线 each side, odd pages 右空一字, even pages 左空一字, the dashes
    /// 7 mm under the type area (measured on the ink of the first two pages).
    func pageNumbers() throws -> [Measurement] {
        var out: [Measurement] = []
        for index in numberedPages {
            let page = pages[index], number = index + 1
            let line = try XCTUnwrap(page.first { $0.text == "—\(number)—" }, "\(name): no page number on page \(number)")
            out.append(holds("页码两侧各一条一字线 (7.5), page \(number)", line.words.first?.text == "—" && line.words.last?.text == "—"))
            out.append(number % 2 == 1
                       ? Measurement(rule: "单页码居右空一字 (7.5)", value: fromRight(line.box.xMax), expected: 1)
                       : Measurement(rule: "双页码居左空一字 (7.5)", value: fromLeft(line.box.xMin), expected: 1))
            guard number <= 2, let dash = line.words.first?.box else { continue }
            let ink = try PageInk(pdf, page: number, box: Box(xMin: dash.xMin, xMax: dash.xMax, yMin: bottom + 2, yMax: dash.yMax + 4))
            let top = try XCTUnwrap(ink.firstInkRow(from: dash.xMin, to: dash.xMax), "\(name): no dash drawn on page \(number)")
            let millimetre = 72 / 25.4
            out.append(Measurement(rule: "一字线上距版心下边缘7mm (7.5), mm, page \(number)", value: (top - bottom) / millimetre,
                                   expected: 7, tolerance: PagePositionTests.tolerance * char / millimetre))
        }
        return out
    }

    /// 7.2.5, 7.2.6, 7.3.1: 发文字号 centred, or 左空一字 with 签发人 右空一字 on its line;
    /// 办理结果 右空一字; the title's lines centred.
    func header() throws -> [Measurement] {
        var out: [Measurement] = []
        for block in blocks {
            switch block {
            case .header(let header):
                out += try header.lines.flatMap(measure(_:))
            case .title(let title) where !title.lines.isEmpty:
                for text in title.lines {
                    let line = try XCTUnwrap(find(text), "\(name): title line \(text) not on the page")
                    out.append(Measurement(rule: "标题居中 (7.3.1)", value: offCentre(line.first.box), expected: 0))
                }
            default:
                break
            }
        }
        return out
    }

    private func measure(_ line: HeaderBlock.Line) throws -> [Measurement] {
        func box(_ text: String) throws -> Box { try XCTUnwrap(find(text), "\(name): \(text) not on the page").first.box }
        switch line {
        case .docNumber(let number, nil):
            return [Measurement(rule: "发文字号居中 (7.2.5)", value: offCentre(try box(number)), expected: 0)]
        case .docNumber(let number, let signer?):
            let (left, right) = (try box(number), try box(signer))
            return [Measurement(rule: "发文字号居左空一字 (7.2.5)", value: fromLeft(left.xMin), expected: 1),
                    Measurement(rule: "签发人居右空一字 (7.2.6)", value: fromRight(right.xMax), expected: 1),
                    vertical("签发人与发文字号同一行, lines", lines(from: left, to: right), 0)]
        case .resultClass(let text), .signer(let text):
            return [Measurement(rule: "\(text) 右空一字", value: fromRight(try box(text).xMax), expected: 1)]
        case .letterhead(let text):
            return [Measurement(rule: "发文机关标志居中 (7.2.4)", value: offCentre(try box(text)), expected: 0)]
        }
    }
}

extension Specimen {
    /// The 版记 the blocks hold, if any.
    var imprint: ImprintBlock? {
        blocks.lazy.compactMap { if case .imprint(let imprint) = $0 { imprint } else { nil } }.last
    }

    /// 7.4: 抄送 左右各空一字, wrapped lines aligned after 抄送：; 印发机关 左空一字 and 印发日期 右空一字
    /// on one line under it; a rule above and a rule below, each as wide as the type area and
    /// 0.35 mm thick, the last on the type area's bottom edge, and a 0.25 mm rule between 抄送
    /// and the 印发 line.
    func copyTo() throws -> [Measurement] {
        guard let imprint else { return [] }
        var out: [Measurement] = [], first: Found?, last: TextLine?
        if let text = imprint.copyTo {
            let found = try XCTUnwrap(find(text, last: true), "\(name): 抄送 not on the page")
            let afterColon = try XCTUnwrap(x(ofCharacter: 3, in: found.first, size: style.ccSize), "\(name): where 抄送's names start")
            out.append(Measurement(rule: "抄送左空一字 (7.4.2)", value: fromLeft(found.first.box.xMin), expected: 1))
            for line in found.lines {
                out.append(Measurement(rule: "抄送右空一字 (7.4.2): at least", value: min(1, fromRight(line.box.xMax)), expected: 1))
            }
            for wrapped in found.lines.dropFirst() {
                out.append(Measurement(rule: "抄送回行与冒号后首字对齐 (7.4.2)", value: fromLeft(wrapped.box.xMin), expected: fromLeft(afterColon)))
            }
            (first, last) = (found, found.lines.last)
        }
        var printing: TextLine?
        if imprint.hasPrinting {
            let (left, right) = try printingLine(imprint)
            out += [Measurement(rule: "印发机关左空一字 (7.4.3)", value: fromLeft(left.box.xMin), expected: 1),
                    Measurement(rule: "印发日期右空一字 (7.4.3)", value: fromRight(right.box.xMax), expected: 1)]
            printing = left
            first = first ?? find(left.text, last: true)
            last = left
        }
        guard let first, let last else { return out }
        return out + (try rules(first: first, last: last, printing: printing))
    }

    /// The 印发 line's first and last words (印发机关, 印发日期) on the last page they stand on.
    private func printingLine(_ imprint: ImprintBlock) throws -> (TextLine, TextLine) {
        let printer = imprint.printer ?? "", date = imprint.printDate ?? ""
        for page in pages.reversed() {
            let left = page.last { !printer.isEmpty && $0.text == printer }
            let right = page.last { !date.isEmpty && $0.text == date }
            if let line = left ?? right { return (line, right ?? line) }
            // pdftotext may read the two ends as one line.
            if let both = page.last(where: { $0.text == printer + date }) { return (both, both) }
        }
        throw XCTSkip("\(name): 印发 line not on the page")
    }

    /// 7.4.1: the 版记's rules, measured on the ink around its text.
    private func rules(first: Found, last: TextLine, printing: TextLine?) throws -> [Measurement] {
        let region = Box(xMin: left - 20, xMax: right + 20, yMin: first.first.box.yMin - 2 * pitch,
                         yMax: min(bottom + pitch, first.first.box.yMin + 20 * pitch))
        let rules = try PageInk(pdf, page: first.page + 1, box: region).rules(atLeast: (right - left) / 2)
        var out = [holds("版记分隔线在版记之上和之下 (7.4.1)", rules.count >= 2 && rules.first!.yMax <= first.first.box.yMin
                         && rules.last!.yMin >= last.box.yMax)]
        let millimetre = 72 / 25.4
        for (index, rule) in rules.enumerated() {
            out.append(Measurement(rule: "版记分隔线与版心等宽 (7.4.1): left end", value: fromLeft(rule.xMin), expected: 0))
            out.append(Measurement(rule: "版记分隔线与版心等宽 (7.4.1): right end", value: fromRight(rule.xMax), expected: 0))
            let outer = index == 0 || index == rules.count - 1
            out.append(Measurement(rule: outer ? "首条和末条分隔线 0.35 mm (7.4.1), mm" : "中间的分隔线 0.25 mm (7.4.1), mm",
                                   value: (rule.yMax - rule.yMin) / millimetre, expected: outer ? 0.35 : 0.25, tolerance: 0.1))
        }
        if let printing, imprint?.copyTo != nil {
            out.append(holds("抄送与印发之间一条细分隔线 (7.4.1)", rules.count == 3 && rules[1].yMin >= first.lines.last!.box.yMax
                             && rules[1].yMax <= printing.box.yMin))
        }
        if let last = rules.last {
            out.append(Measurement(rule: "末条分隔线与版心下边缘重合 (7.4.1)", value: (bottom - last.yMax) / char, expected: 0))
        }
        return out
    }

    /// 7.4, 7.5: a 版记 the layout puts on an even page stands alone on the last page, which is
    /// even; a page before it is blank when the body ends on an even page; neither is numbered.
    func imprintPage() throws -> [Measurement] {
        guard let imprint, imprint.evenPage else { return [] }
        let lastPage = pages.count - 1
        let holdsImprint = { (page: Int) in self.pages[page].contains { line in
            line.text.hasPrefix("抄送：") || (imprint.printer.map { line.text.hasPrefix($0) } ?? false)
        } }
        var out = [holds("版记页是最后一页且为双页 (7.4): \(pages.count) pages", pages.count % 2 == 0 && holdsImprint(lastPage)),
                   holds("版记页不编排页码 (7.5)", !pages[lastPage].contains { $0.text.hasPrefix("—") && $0.text.hasSuffix("—") })]
        if lastPage >= 2, !holdsImprint(lastPage - 1), pages[lastPage - 1].allSatisfy({ $0.text.isEmpty }) {
            out.append(holds("版记页前的空白页不编排页码 (7.5)", pages[lastPage - 1].isEmpty))
        }
        out.append(holds("版记页只有版记 (封四)", pages[lastPage].allSatisfy { line in
            !line.text.isEmpty && (line.text.hasPrefix("抄送") || imprint.copyTo?.contains(line.text) == true
                                   || [imprint.printer, imprint.printDate].contains(line.text) || line.text == (imprint.printer ?? "") + (imprint.printDate ?? ""))
        }))
        return out
    }

    /// The pages that carry a page number: all but a 版记 page of its own and a blank page before it.
    var numberedPages: Range<Int> {
        guard imprint?.evenPage == true else { return pages.indices }
        var end = pages.count - 1
        if end > 0, pages[end - 1].isEmpty { end -= 1 }
        return 0..<end
    }
}
