import XCTest
@testable import DafuKit

/// The 办理情况汇总表: one row per reply with its state, sorted by number, and the totals a
/// 办理工作总结 cites — on the samples and on a folder where replies are broken.
final class ReportTests: XCTestCase {
    /// A folder of replies in every state: rendered, with a warning, with errors, a YAML
    /// stream cut by a syntax error, a template that does not exist, a skeleton not yet filled.
    static func brokenFolder(_ test: XCTestCase) throws -> URL {
        let folder = TestSupport.temporaryDirectory(test, "dafu-report")
        func reply(_ number: String, _ extra: String = "", kind: String = "suggestion-reply", role: String = "代表") -> String {
            """
            kind: \(kind)
            header: {signer: 王明, result_class: B, disclosure: 依申请公开}
            proposal:
              session: 市十四届人大三次会议
              number: "\(number)"
              title: 关于第\(number)号事项的建议
              proposers: [{name: 王丽, role: \(role)}]
            date: 2025-06-20
            issuer: 市民政局

            """ + extra
        }
        let files: [String: String] = [
            "a-rendered.yaml": reply("10", "header: {signer: 王明, result_class: A, disclosure: 主动公开}\n")
                .replacingOccurrences(of: "header: {signer: 王明, result_class: B, disclosure: 依申请公开}\n", with: ""),
            "b-warning.yaml": reply("2", "sections:\n  - heading: 一、加强保障\n    intro: 已落实。\n"),
            "c-errors.yaml": reply("0103", "titel: 多余\nsections: 文本\n"),
            "d-stream.yaml": reply("7") + "---\n" + reply("8") + "---\nkind: [\n",
            "e-template.yaml": reply("9", "template: no-such-layout\n"),
            "f-skeleton.yaml": reply("1", "background: [近年来，……（办理背景）。]\n"),
            "g-syntax.yaml": "kind: suggestion-reply\n  proposal: : :\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    func testTheSamplesAreOneRenderedRowEachSortedByNumber() throws {
        let (report, notices) = ReplyReport.read([TestSupport.samples.path], pipeline: TestSupport.pipeline)
        XCTAssertEqual(notices, [])
        XCTAssertEqual(report.rows.map(\.number), ["2", "86", "115", "257", "318", ""])
        XCTAssertEqual(Set(report.rows.map(\.state)), [.rendered])
        XCTAssertEqual(report.title, "建议、提案、审议意见办理情况汇总表")
        XCTAssertEqual(report.totals.sentences, ["共6件（建议2件、提案3件、审议意见1件）。", "办理结果：A类1件、B类1件、C类1件、未标注3件。",
                                                 "公开属性：主动公开1件、依申请公开1件、未标注4件。", "状态：已渲染6件。"])
        XCTAssertEqual(ReplyReport.cells(report.rows[1]).dropLast(), ["86", "关于加大农村公路建设养护投入助力乡村振兴的提案", "马海涛、杨慧敏", "C类",
                                                                        "依申请公开", "赵建国", "2025年7月10日", "已渲染"])
    }

    func testBrokenRepliesAreRowsWithTheirErrorsAndTheTotalsCountThem() throws {
        let folder = try Self.brokenFolder(self)
        let (report, _) = ReplyReport.read([folder.path], pipeline: TestSupport.pipeline)
        let rows = report.rows.map { [$0.number, $0.state.label, ($0.file as NSString).lastPathComponent] }
        XCTAssertEqual(rows, [
            ["1", "骨架未填写", "f-skeleton.yaml"],
            ["2", "警告1条", "b-warning.yaml"],
            ["7", "已渲染", "d-stream.yaml"],
            ["8", "已渲染", "d-stream.yaml"],
            ["9", "错误1条", "e-template.yaml"],
            ["10", "已渲染", "a-rendered.yaml"],
            ["0103", "错误2条", "c-errors.yaml"],
            ["", "错误1条", "d-stream.yaml"],
            ["", "错误1条", "g-syntax.yaml"],
        ])
        XCTAssertEqual(report.rows[6].title, "关于第0103号事项的建议", "read from a document that does not decode")
        XCTAssertEqual(report.rows[6].diagnostics.map(\.code), [.unknownField, .wrongType])
        XCTAssertEqual(report.rows[4].diagnostics.map(\.code), [.layoutNotFound])
        XCTAssertEqual(report.title, "市十四届人大三次会议建议办理情况汇总表")
        XCTAssertEqual(report.totals.sentences, ["共9件（建议7件、未标注2件）。", "办理结果：A类1件、B类6件、未标注2件。",
                                                 "公开属性：主动公开1件、依申请公开6件、未标注2件。",
                                                 "状态：已渲染3件、有警告1件、有错误4件、骨架未填写1件。"])
    }

    func testAReplyIsNotYetFilledWhileAnyValueIsAStandIn() throws {
        let sample = try String(contentsOf: TestSupport.samples.appendingPathComponent("joint-proposal-rural-roads.yaml"), encoding: .utf8)
        func state(_ yaml: String) throws -> ReplyState {
            let file = TestSupport.temporaryDirectory(self).appendingPathComponent("r.yaml")
            try yaml.write(to: file, atomically: true, encoding: .utf8)
            return try XCTUnwrap(ReportReader.rows(of: file.path, pipeline: TestSupport.pipeline).rows.first).state
        }
        XCTAssertEqual(try state(sample), .rendered)
        XCTAssertEqual(try state(sample.replacingOccurrences(of: "signer: 赵建国", with: "signer: 某某")), .unfilled)
        XCTAssertEqual(try state(sample.replacingOccurrences(of: "  - 市人民政府督查室", with: "  - 某市某局")), .unfilled)
        XCTAssertEqual(try state("# 近年来，……（办理背景）。某某\n" + sample), .rendered, "comments do not count")
        for kind in ReplyKind.allCases {
            let skeleton = Skeleton.yaml(kind: kind, chinese: true, date: ReplyDate(year: 2026, month: 1, day: 2))
            XCTAssertEqual(try state(skeleton), .unfilled, "\(kind)")
        }
    }

    func testNumbersSortNumericallyWhereTheyAreDigits() {
        let numbers = ["100", "提案12", "0257", "2", "012", "12", "A", "提案9"].sorted(by: NaturalOrder.less)
        XCTAssertEqual(numbers, ["2", "012", "12", "100", "0257", "A", "提案9", "提案12"])
    }

    func testTextAlignsTheColumnsAndEndsWithTheTotals() throws {
        let folder = try Self.brokenFolder(self)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("d-stream.yaml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("g-syntax.yaml"))
        var (report, _) = ReplyReport.read([folder.appendingPathComponent("a-rendered.yaml").path, folder.appendingPathComponent("b-warning.yaml").path],
                                           pipeline: TestSupport.pipeline)
        report.rows = report.rows.map { var row = $0; row.file = ($0.file as NSString).lastPathComponent; return row }
        XCTAssertEqual(report.text, """
        市十四届人大三次会议建议办理情况汇总表

        编号　　标题　　　　　　　　　　提出人　　办理结果　　公开属性　　　签发人　　成文日期　　　　 状态　　　 文件
        2　　　 关于第2号事项的建议　　 王丽　　　B类　　　　 依申请公开　　王明　　　2025年6月20日　　警告1条　　b-warning.yaml
        10　　　关于第10号事项的建议　　王丽　　　A类　　　　 主动公开　　　王明　　　2025年6月20日　　已渲染　　 a-rendered.yaml

        共2件（建议2件）。
        办理结果：A类1件、B类1件。
        公开属性：主动公开1件、依申请公开1件。
        状态：已渲染1件、有警告1件。

        """)
    }

    func testCSVIsUTF8WithABOMForExcelAndNeverAFormula() throws {
        var report = ReplyReport(title: "表", rows: [ReportRow(file: "a.yaml")])
        report.rows[0].title = "=HYPERLINK(\"x\")"
        report.rows[0].number = "5"
        let csv = try report.data(.csv)
        XCTAssertEqual(Array(csv.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: csv.dropFirst(3), as: UTF8.self), """
        编号,标题,提出人,办理结果,公开属性,签发人,成文日期,状态,文件\r
        5,"'=HYPERLINK(""x"")",,,,,,已渲染,a.yaml\r
        \r
        统计,项目,件数\r
        合计,,1\r
        文种,未标注,1\r
        办理结果,未标注,1\r
        公开属性,未标注,1\r
        状态,已渲染,1\r

        """)
    }

    func testXLSXReadsBackWithTheTableAndTheTotalsAsNumbers() throws {
        let (report, _) = ReplyReport.read([TestSupport.samples.path], pipeline: TestSupport.pipeline)
        let xlsx = try report.data(.xlsx)
        let table = try WorkbookReader.sheet(xlsx, file: "r.xlsx", named: nil)
        XCTAssertEqual(table.rows, report.table)
        let totals = try WorkbookReader.sheet(xlsx, file: "r.xlsx", named: "统计")
        XCTAssertEqual(totals.rows.prefix(3), [["统计", "项目", "件数"], ["合计", "", "6"], ["文种", "建议", "2"]])
        // Counts are numbers (a sum works on them), the header row is frozen and printed on every page.
        let parts = try DocxPackageTests.unzip(xlsx)
        let statistics = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        XCTAssertTrue(statistics.contains(#"<c r="C2" s="3"><v>6</v></c>"#), statistics)
        let list = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        XCTAssertTrue(list.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#), list)
        let workbook = String(decoding: try XCTUnwrap(parts["xl/workbook.xml"]), as: UTF8.self)
        XCTAssertTrue(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">"#), workbook)
    }

    func testDOCXIsALandscapeTableWhoseHeaderRepeatsOnEveryPage() throws {
        let (report, _) = ReplyReport.read([TestSupport.samples.path], pipeline: TestSupport.pipeline)
        let parts = try DocxPackageTests.unzip(report.data(.docx))
        let document = String(decoding: try XCTUnwrap(parts["word/document.xml"]), as: UTF8.self)
        XCTAssertTrue(document.contains(#"<w:pgSz w:w="16838" w:h="11906"/>"#), document)
        XCTAssertEqual(document.components(separatedBy: "<w:tblHeader/>").count - 1, 1)
        XCTAssertEqual(document.components(separatedBy: "<w:gridCol ").count - 1, 8, "文件 is left out")
        XCTAssertEqual(document.components(separatedBy: "<w:tr>").count - 1, 7)
        XCTAssertTrue(document.contains("共6件（建议2件、提案3件、审议意见1件）。"))
        XCTAssertNil(XMLCheck.wellFormedError(Data(document.utf8)))
    }
}
