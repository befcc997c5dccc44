import XCTest
@testable import DafuKit

/// `dafu report` as a user runs it, and the year's four commands in a row; LibreOffice opens
/// the .docx and the .xlsx (skipped, with a message, where it is not installed).
final class ReportCommandTests: XCTestCase {
    private func fixture(_ name: String) -> String { SpreadsheetReadingTests.fixture(name) }

    func testTheWholeYearInFourCommands() throws {
        let folder = TestSupport.temporaryDirectory(self)
        let replies = folder.appendingPathComponent("答复")
        XCTAssertEqual(try TestSupport.dafu(["intake", fixture("merged.xlsx"), "--output", replies.path]).status, 0)
        // The drafter writes one of the three replies in full.
        let sample = try String(contentsOf: TestSupport.samples.appendingPathComponent("suggestion-government-services.yaml"), encoding: .utf8)
        try sample.replacingOccurrences(of: "number: \"115\"", with: "number: \"0012\"")
            .write(to: replies.appendingPathComponent("建议第0012号.yaml"), atomically: true, encoding: .utf8)
        let batch = try TestSupport.dafu(["batch", replies.path, "--output", folder.appendingPathComponent("Output").path])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let report = try TestSupport.dafu(["report", replies.path])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertEqual(report.stderr, "")
        let lines = report.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "市十四届人大三次会议建议办理情况汇总表")
        XCTAssertEqual(lines.filter { $0.hasPrefix("0") }.map { $0.split(separator: "\u{3000}", omittingEmptySubsequences: true).first },
                       ["0012", "0103", "0257"])
        XCTAssertTrue(lines.contains("状态：已渲染1件、骨架未填写2件。"), report.stdout)
    }

    func testTheFormatFollowsTheExtensionAndBinaryFormatsGoToAFile() throws {
        let folder = TestSupport.temporaryDirectory(self)
        let xlsx = try TestSupport.dafu(["report", TestSupport.samples.path, "--output", folder.appendingPathComponent("汇总.xlsx").path])
        XCTAssertEqual(xlsx.status, 0, xlsx.stderr)
        XCTAssertTrue(xlsx.stderr.hasPrefix("已写入“\(folder.path)/汇总.xlsx”：共6件"), xlsx.stderr)
        XCTAssertNoThrow(try WorkbookReader.sheetNames(Data(contentsOf: folder.appendingPathComponent("汇总.xlsx")), file: "汇总.xlsx"))
        let docx = try TestSupport.dafu(["report", TestSupport.samples.path, "--format", "docx"], shellPrefix: "cd '\(folder.path)';")
        XCTAssertEqual(docx.status, 0, docx.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("办理情况汇总表.docx").path))
        let csv = try TestSupport.dafu(["report", TestSupport.samples.path, "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("\u{FEFF}编号,标题,"), csv.stdout)
        let text = try TestSupport.dafu(["report", TestSupport.samples.path, "--output", folder.appendingPathComponent("汇总.txt").path])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("汇总.txt"), encoding: .utf8).hasPrefix("建议、提案、审议意见办理情况汇总表\n"))
        XCTAssertEqual(try TestSupport.dafu(["report", TestSupport.samples.path, "--output", "x.pdf"]).status, 2)
    }

    func testBrokenRepliesArePrintedAndTheReportIsStillWritten() throws {
        let folder = try ReportTests.brokenFolder(self)
        let result = try TestSupport.dafu(["report", folder.path, "--format", "csv"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("c-errors.yaml:10:1: 错误[E010]: 未知字段“titel”（答复）"), result.stderr)
        XCTAssertTrue(result.stderr.contains("g-syntax.yaml:2:"), result.stderr)
        XCTAssertTrue(result.stdout.contains("\r\n0103,关于第0103号事项的建议,,B类,依申请公开,王明,,错误2条,"), result.stdout)
    }

    /// A folder name mistyped on the command line: the report is written (with a row saying
    /// so) but the run exits 1, as every other command does.
    func testAMissingInputIsWrittenAsARowAndFailsTheRun() throws {
        let missing = TestSupport.samples.path + "-typo"
        let result = try TestSupport.dafu(["report", TestSupport.samples.path, missing, "--format", "csv"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("错误[E002]"), result.stderr)
        XCTAssertTrue(result.stdout.contains(",错误1条,\(missing)"), result.stdout)
    }

    // MARK: LibreOffice

    private func requireOffice() throws -> (soffice: String, pdftotext: String) {
        guard let soffice = OfficeSuite.program("soffice"), let pdftotext = OfficeSuite.program("pdftotext") else {
            throw XCTSkip("LibreOffice (soffice) or pdftotext not installed: the report is not opened in an office suite. .ci/run installs libreoffice-calc-nogui, libreoffice-writer-nogui and poppler-utils.")
        }
        return (soffice, pdftotext)
    }

    /// A folder of `count` rendered replies.
    private func longFolder(_ count: Int) throws -> URL {
        let folder = TestSupport.temporaryDirectory(self, "dafu-long")
        for number in 1...count {
            let yaml = TestSupport.minimalReply("header: {result_class: \(number % 3 == 0 ? "B" : "A"), disclosure: 主动公开}\n")
                .replacingOccurrences(of: "number: \"12\"", with: "number: \"\(number)\"")
            try yaml.write(to: folder.appendingPathComponent("r\(number).yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func testLibreOfficeOpensTheDOCXWithTheHeaderOnEveryPage() throws {
        let (soffice, pdftotext) = try requireOffice()
        let folder = TestSupport.temporaryDirectory(self)
        let docx = folder.appendingPathComponent("汇总.docx").path
        XCTAssertEqual(try TestSupport.dafu(["report", try longFolder(40).path, "--output", docx]).status, 0)
        try OfficeSuite.text((soffice as NSString).lastPathComponent, ["-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)", "--headless",
                                           "--convert-to", "pdf", "--outdir", folder.path, docx])
        let pdf = folder.appendingPathComponent("汇总.pdf").path
        let pages = try OfficeSuite.text((pdftotext as NSString).lastPathComponent, ["-layout", pdf, "-"]).components(separatedBy: "\u{0C}")
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        XCTAssertGreaterThan(pages.count, 1)
        XCTAssertTrue(pages[0].contains("市政协十三届三次会议提案办理情况汇总表"), pages[0])
        for page in pages where page.contains("关于加强社区养老服务") {
            let header = page.split(separator: "\n").first { $0.contains("编号") && $0.contains("标题") && $0.contains("状态") }
            XCTAssertNotNil(header, page)
        }
        XCTAssertTrue(pages.joined().replacingOccurrences(of: " ", with: "").contains("共40件（提案40件）。"), pages.joined())
    }

    func testLibreOfficeOpensTheXLSXWithBothSheets() throws {
        let (soffice, _) = try requireOffice()
        #if os(Linux)
        guard FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libsclo.so") else {
            throw XCTSkip("LibreOffice Calc not installed: the .xlsx report is not opened. .ci/run installs libreoffice-calc-nogui.")
        }
        #endif
        let folder = TestSupport.temporaryDirectory(self)
        let xlsx = folder.appendingPathComponent("汇总.xlsx").path
        XCTAssertEqual(try TestSupport.dafu(["report", TestSupport.samples.path, "--output", xlsx]).status, 0)
        // UTF-8 CSV of every sheet: 44 comma, 34 quote, 76 UTF-8, …, -1 all sheets.
        try OfficeSuite.text((soffice as NSString).lastPathComponent, ["-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)", "--headless",
                                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                           "--outdir", folder.path, xlsx])
        let table = try String(contentsOf: folder.appendingPathComponent("汇总-办理情况.csv"), encoding: .utf8)
        let (report, _) = ReplyReport.read([TestSupport.samples.path], pipeline: TestSupport.pipeline)
        XCTAssertEqual(table.split(separator: "\n").count, report.rows.count + 1)
        XCTAssertTrue(table.hasPrefix("编号,标题,提出人,办理结果,公开属性,签发人,成文日期,状态,文件\n2,关于不断提高企业满意度打造一流营商环境的提案,"), table)
        let totals = try String(contentsOf: folder.appendingPathComponent("汇总-统计.csv"), encoding: .utf8)
        XCTAssertTrue(totals.hasPrefix("统计,项目,件数\n合计,,6\n文种,建议,2\n"), totals)
    }
}
