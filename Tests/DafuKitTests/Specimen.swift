import Foundation
import XCTest
@testable import DafuKit

/// A reply laid out by dafu, written as a .docx in one signature mode, and the pages LibreOffice
/// made of it: where the blocks say an element is, and where it landed, in characters of the
/// type area (版心) and lines of its grid.
struct Specimen {
    let name: String
    let blocks: [LayoutBlock]
    let style: StyleTable
    let date: ReplyDate?
    private(set) var pdf = ""
    private(set) var pages: [[TextLine]] = []

    /// The reply in each signature mode (GB/T 9704 7.3.5.1 and 7.3.5.2).
    static func bothModes(name: String, rendered: RenderedReply) throws -> [Specimen] {
        [SignatureMode.unsealed, .sealed].map { mode in
            var style = rendered.layout.style
            style.signature = mode
            return Specimen(name: "\(name)-\(mode.rawValue)", blocks: rendered.blocks, style: style, date: rendered.reply.date?.value)
        }
    }

    /// The .docx dafu writes for the reply in this mode.
    func docx() throws -> Data { try DocxPackager.package(WordprocessingWriter(style: style).parts(blocks, date: date)) }

    /// Reads the pages of the PDF LibreOffice made of the .docx.
    mutating func measure(_ pdf: String) throws {
        self.pdf = pdf
        pages = try OfficeSuite.pages(pdf)
    }

    // MARK: The type area

    /// One character of the grid, in points.
    var char: Double { Double(style.charWidth) / 20 }
    /// One line of the grid, in points.
    var pitch: Double { Double(style.linePitch) / 20 }
    /// The type area's edges, in points from the page's top-left corner.
    var left: Double { Double(style.marginLeft) / 20 }
    var right: Double { Double(style.pageWidth - style.marginRight) / 20 }
    var bottom: Double { Double(style.pageHeight - style.marginBottom) / 20 }

    /// Characters from the type area's left edge to `x`.
    func fromLeft(_ x: Double) -> Double { (x - left) / char }
    /// Characters from `x` to the type area's right edge.
    func fromRight(_ x: Double) -> Double { (right - x) / char }
    /// Characters from the type area's centre line to the box's centre.
    func offCentre(_ box: Box) -> Double { ((box.xMin + box.xMax) / 2 - (left + right) / 2) / char }
    /// Lines of the grid from `upper`'s top to `lower`'s top.
    func lines(from upper: Box, to lower: Box) -> Double { (lower.yMin - upper.yMin) / pitch }
    /// ±0.3 character, in lines.
    var verticalTolerance: Double { PagePositionTests.tolerance * char / pitch }

    /// A measurement of a distance in lines (its tolerance converted from characters).
    func vertical(_ rule: String, _ value: Double, _ expected: Double) -> Measurement {
        Measurement(rule: rule, value: value, expected: expected, tolerance: verticalTolerance)
    }

    /// A yes-or-no fact of the standard as a measurement: 1 when it holds.
    func holds(_ rule: String, _ fact: Bool) -> Measurement { Measurement(rule: rule, value: fact ? 1 : 0, expected: 1, tolerance: 0) }

    // MARK: Finding text on the pages

    /// A paragraph on the pages: its page (0-based) and its lines, in order.
    struct Found {
        var page: Int
        var index: Int
        var lines: [TextLine]
        var first: TextLine { lines[0] }
    }

    /// Where `text` stands (wrapped or not): the first occurrence, or the last when `last`.
    func find(_ text: String, last: Bool = false) -> Found? {
        let starts = pages.indices.flatMap { page in pages[page].indices.map { (page, $0) } }
        for (page, index) in last ? starts.reversed() : starts {
            var lines: [TextLine] = [], read = ""
            for line in pages[page][index...] {
                guard !line.text.isEmpty, text.hasPrefix(read + line.text) else { break }
                read += line.text
                lines.append(line)
                if read == text { return Found(page: page, index: index, lines: lines) }
            }
        }
        return nil
    }

    /// The line before a found paragraph on its page.
    func line(before found: Found) -> TextLine? { found.index > 0 ? pages[found.page][found.index - 1] : nil }

    /// Where the character at `offset` of a line starts, in points: at a word's start, or inside
    /// a word when the characters after it there are full-width (each as wide as `size`'s
    /// characters are set: the size in half-points plus the character spacing).
    func x(ofCharacter offset: Int, in line: TextLine, size: Int? = nil) -> Double? {
        let advance = Double((size ?? style.bodySize) * 10 + style.bodyCharacterSpacing) / 20
        var start = 0
        for word in line.words {
            let count = word.text.count
            if offset == start { return word.box.xMin }
            if offset < start + count {
                let after = word.text.dropFirst(offset - start)
                guard after.unicodeScalars.allSatisfy(DisplayWidth.isWide) else { return nil }
                return word.box.xMax - Double(after.count) * advance
            }
            start += count
        }
        return nil
    }
}
