import Foundation
import XCTest
import ZIPFoundation
@testable import DafuKit

/// Spreadsheets as an office program wrote them (LibreOffice saved the fixtures; see
/// Fixtures/intake/make-fixtures.py): cells as shown, merges filled, dates and padded numbers,
/// several sheets, CSV in UTF-8 and GBK; and workbooks built to hurt.
final class SpreadsheetReadingTests: XCTestCase {
    static let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/DafuKitTests/Fixtures/intake")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    func testMergedHeaderCellsNameEveryColumnTheyCover() throws {
        let sheet = try ListFile.read(Self.fixture("merged.xlsx"), sheet: nil)
        XCTAssertEqual(sheet.name, "Sheet1")
        XCTAssertEqual(sheet.cell(1, 8), "市十四届人大三次会议代表建议交办清单")
        XCTAssertEqual((1...8).map { sheet.cell(3, $0) }, ["序号", "建议号", "标题", "代表", "代表", "主办单位", "会办单位", "办理时限"])
        XCTAssertEqual((1...8).map { sheet.cell(4, $0) }, ["序号", "建议号", "标题", "领衔人", "附议人", "主办单位", "会办单位", "办理时限"])
    }

    func testNumbersShowTheirFormatAndSerialDatesReadAsDates() throws {
        let sheet = try ListFile.read(Self.fixture("merged.xlsx"), sheet: nil)
        XCTAssertEqual(sheet.cell(5, 2), "0257")
        XCTAssertEqual(sheet.cell(5, 8), "2025-06-30")
        XCTAssertEqual(sheet.rows[5], [], "row 6 is blank")
        let plain = try ListFile.read(Self.fixture("title-rows.xlsx"), sheet: nil)
        XCTAssertEqual(plain.cell(4, 1), "257")
        XCTAssertEqual(plain.cell(5, 6), "2025-07-31")
    }

    func testSheetsAreChosenByNameAndTheFirstIsTheDefault() throws {
        let path = Self.fixture("sheets.xlsx")
        XCTAssertEqual(try WorkbookReader.sheetNames(Data(contentsOf: URL(fileURLWithPath: path)), file: path), ["说明", "建议", "提案"])
        XCTAssertEqual(try ListFile.read(path, sheet: nil).name, "说明")
        XCTAssertEqual(try ListFile.read(path, sheet: "提案").cell(2, 3), "关于发展银发经济的提案")
        XCTAssertThrowsError(try ListFile.read(path, sheet: "提按")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.code, .sheetNotFound)
            XCTAssertEqual(diagnostic?.help, "是否想写“提案”？")
        }
    }

    func testGBKAndUTF8CSVReadTheSame() throws {
        let gbk = try ListFile.read(Self.fixture("gbk.csv"), sheet: nil)
        XCTAssertEqual(gbk.rows[1], ["0031", "关于规范校外培训机构的建议", "林静", "市市场监管局、市教育局", "建议"])
        let folder = TestSupport.temporaryDirectory(self)
        let bom = folder.appendingPathComponent("bom.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + Data("编号,标题\n\"0031\",\"关于甲，乙的建议\"\n".utf8)).write(to: bom)
        XCTAssertEqual(try ListFile.read(bom.path, sheet: nil).rows, [["编号", "标题"], ["0031", "关于甲，乙的建议"]])
        let tabs = folder.appendingPathComponent("tabs.txt")
        try Data("编号\t标题\n7\t关于丙的建议\n".utf8).write(to: tabs)
        XCTAssertEqual(try ListFile.read(tabs.path, sheet: nil).rows, [["编号", "标题"], ["7", "关于丙的建议"]])
    }

    /// A cell that opens a quote and never closes it would swallow the rest of the list: refused
    /// at the quote (E078). Quotes that close, doubled quotes, a quoted line break and a quote in
    /// the middle of a cell are all fine.
    func testAnUnclosedQuoteIsRefusedWhereItOpens() throws {
        let broken = "编号,标题,领衔人\n1,\"关于放管服改革的建议,王丽\n2,关于养老的建议,张伟\n3,关于教育的建议,李娜\n"
        XCTAssertThrowsError(try CSVSheet.read(Data(broken.utf8), file: "q.csv")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.code, .unclosedQuote)
            XCTAssertEqual(diagnostic?.message, "B2 格以英文双引号开头，却没有闭合：其后 2 行都被读进了这一格，未生成任何骨架")
            XCTAssertEqual(diagnostic?.location, SourceLocation(file: "q.csv", line: 2, column: 3))
        }
        let fine = "编号,标题\n1,\"关于\"\"放管服\"\"的建议\"\n2,\"关于\n换行的建议\"\n3,关于\"养老\"的建议\n"
        let sheet = try CSVSheet.read(Data(fine.utf8), file: "ok.csv")
        XCTAssertEqual(sheet.rows.map { $0.last ?? "" }, ["标题", "关于\"放管服\"的建议", "关于\n换行的建议", "关于\"养老\"的建议"])
    }

    /// Blank lines cannot grow a sheet past its row cap; a value past it is refused.
    func testBlankCSVLinesPastTheRowCapAreDropped() throws {
        let blank = String(repeating: ",\n", count: Limits.sheetRows + 5_000)
        let sheet = try CSVSheet.read(Data(("编号,标题\n" + blank).utf8), file: "blank.csv")
        XCTAssertEqual(sheet.rows, [["编号", "标题"]])
        XCTAssertThrowsError(try CSVSheet.read(Data(("编号,标题\n" + blank + "7,关于丙的建议\n").utf8), file: "far.csv")) {
            XCTAssertTrue(($0 as? Diagnostic)?.message.contains("超过 \(Limits.sheetRows) 行") ?? false, "\($0)")
        }
    }

    func testSerialDatesFollowExcelsCalendar() {
        XCTAssertEqual(CellText.date(serial: 1, date1904: false), "1900-01-01")
        XCTAssertEqual(CellText.date(serial: 59, date1904: false), "1900-02-28")
        XCTAssertEqual(CellText.date(serial: 61, date1904: false), "1900-03-01")
        XCTAssertEqual(CellText.date(serial: 45838.75, date1904: false), "2025-06-30")
        XCTAssertEqual(CellText.date(serial: 44376, date1904: true), "2025-06-30")
        XCTAssertEqual(CellText.Format(code: #"yyyy\年m\月d\日"#), .date)
        XCTAssertEqual(CellText.Format(code: #"[$-804]0"#), .general)
        XCTAssertEqual(CellText.Format(code: #""Day "0"#), .general)
        XCTAssertEqual(CellText.Format(code: "0000"), .padded(4))
        XCTAssertEqual(CellText.number("2.50", format: .general, date1904: false), "2.5")
    }

    func testOldBinaryExcelIsRefusedWithAHint() throws {
        let path = TestSupport.temporaryDirectory(self).appendingPathComponent("清单.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: path)
        XCTAssertThrowsError(try ListFile.read(path.path, sheet: nil)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, .unsafeWorkbook)
            XCTAssertTrue((error as? Diagnostic)?.message.contains(".xls") ?? false)
        }
    }

    // MARK: Hostile workbooks

    /// A workbook of the given parts, with the workbook and its relationships around one sheet.
    static func workbook(sheet: String, extra: [String: Data] = [:]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [String: Data] = [
            "xl/workbook.xml": Data(#"<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8),
            "xl/_rels/workbook.xml.rels": Data(#"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8),
            "xl/worksheets/sheet1.xml": Data(sheet.utf8),
        ]
        parts.merge(extra) { $1 }
        for (name, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data[Int(position)..<Int(position) + size]
            }
        }
        return try XCTUnwrap(archive.data)
    }

    private func assertRefused(_ data: Data, saying words: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try WorkbookReader.sheet(data, file: "x.xlsx", named: nil), file: file, line: line) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.code, .unsafeWorkbook, file: file, line: line)
            XCTAssertTrue(diagnostic?.message.contains(words) ?? false, "\(error)", file: file, line: line)
        }
    }

    func testAHandWrittenSheetWithoutCellReferencesReads() throws {
        let xml = #"<worksheet><sheetData><row><c t="inlineStr"><is><t>编号</t></is></c><c t="inlineStr"><is><r><t>标</t></r><r><t>题</t></r><rPh><t>ビョウ</t></rPh></is></c></row><row><c><v>3</v></c></row></sheetData></worksheet>"#
        let sheet = try WorkbookReader.sheet(try Self.workbook(sheet: xml), file: "x.xlsx", named: nil)
        XCTAssertEqual(sheet.rows, [["编号", "标题"], ["3"]])
    }

    func testADocumentTypeDeclarationIsRefused() throws {
        let bomb = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><worksheet><sheetData/></worksheet>"#
        assertRefused(try Self.workbook(sheet: bomb), saying: "DTD")
    }

    func testAPartInflatingPastTheCapStopsThere() throws {
        let padding = String(repeating: " ", count: Limits.zipPartBytes + 1)
        assertRefused(try Self.workbook(sheet: "<worksheet>" + padding + "</worksheet>"), saying: "解压后超过")
    }

    func testAValueFarDownTheSheetAndAHugeMergeAreRefused() throws {
        let far = #"<worksheet><sheetData><row r="999999"><c r="A999999" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#
        assertRefused(try Self.workbook(sheet: far), saying: "超过 \(Limits.sheetRows) 行")
        var rows = ""
        for row in 1...2_000 { rows += #"<row r="\#(row)"><c r="A\#(row)" t="inlineStr"><is><t>x</t></is></c></row>"# }
        let merges = String(repeating: #"<mergeCell ref="A1:XFD1048576"/>"#, count: 20)
        assertRefused(try Self.workbook(sheet: "<worksheet><sheetData>\(rows)</sheetData><mergeCells>\(merges)</mergeCells></worksheet>"),
                      saying: "合并单元格")
    }

    func testDeepNestingAndMalformedXMLAreRefused() throws {
        let deep = String(repeating: "<a>", count: Limits.xmlDepth + 2) + String(repeating: "</a>", count: Limits.xmlDepth + 2)
        // libxml2 stops at its own depth limit (256) just before ours would.
        assertRefused(try Self.workbook(sheet: "<worksheet>\(deep)</worksheet>"), saying: "256")
        assertRefused(try Self.workbook(sheet: "<worksheet><sheetData>"), saying: "不是格式正确的 XML")
        assertRefused(try Self.workbook(sheet: #"<worksheet><sheetData><row><c t="s"><v>9</v></c></row></sheetData></worksheet>"#), saying: "共享字符串")
        assertRefused(Data("PK\u{3}\u{4}garbage".utf8), saying: "zip")
    }
}
