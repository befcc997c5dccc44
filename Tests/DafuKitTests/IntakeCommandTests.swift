import XCTest
@testable import DafuKit

/// `dafu intake` as a user runs it: every row of a real list becomes a skeleton that renders,
/// errors name the file, sheet and cell, and a reply that exists is never overwritten.
final class IntakeCommandTests: XCTestCase {
    private func fixture(_ name: String) -> String { SpreadsheetReadingTests.fixture(name) }

    private func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func testEveryRowOfEveryListBecomesASkeletonThatRenders() throws {
        let folder = TestSupport.temporaryDirectory(self)
        let replies = folder.appendingPathComponent("答复").path
        for arguments in [["merged.xlsx"], ["title-rows.xlsx"], ["sheets.xlsx", "--sheet", "建议"], ["sheets.xlsx", "--sheet", "提案"],
                          ["gbk.csv", "--zh"]] {
            let result = try TestSupport.dafu(["intake", fixture(arguments[0])] + arguments.dropFirst() + ["--output", replies])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let written = files(URL(fileURLWithPath: replies))
        XCTAssertEqual(written, ["建议第0005号.yaml", "建议第0006号.yaml", "建议第0012号.yaml", "建议第0031号.yaml", "建议第0032号.yaml",
                                 "建议第0103号.yaml", "建议第0257号.yaml", "提案第0041号.yaml", "提案第257号.yaml", "提案第301号.yaml",
                                 "提案第86号.yaml"])
        for name in written {
            let result = try TestSupport.dafu(["render", "\(replies)/\(name)", "--output", folder.appendingPathComponent("out").path])
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", name)
        }
        let text = try String(contentsOf: folder.appendingPathComponent("out/建议第0257号.txt"), encoding: .utf8)
        XCTAssertTrue(text.contains("对市十四届人大三次会议第0257号建议的答复\n\n王丽代表：\n"), text)
        XCTAssertTrue(text.contains("经商市财政局、市发展改革委"), text)
    }

    func testErrorsNameFileSheetAndCellAndTheOtherRowsAreWritten() throws {
        let folder = TestSupport.temporaryDirectory(self)
        let list = fixture("errors.xlsx")
        let result = try TestSupport.dafu(["intake", list, "--output", folder.path])
        XCTAssertEqual(result.status, 1)
        let firstLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix(list) }
        XCTAssertEqual(firstLines, [
            "\(list):errors!A3: 错误[E073]: 编号为空",
            "\(list):errors!A4: 错误[E074]: 编号“1”重复（与 A2 相同），本行未生成",
            "\(list):errors!B5: 错误[E075]: 第2号的标题为空，本行未生成",
            "\(list):errors!D6: 错误[E076]: 类型“议案”既不是建议也不是提案，本行未生成",
        ])
        XCTAssertTrue(result.stderr.contains("    5 | 2 │ （空） │ 赵六 │ 建议\n      |     ^\n"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("共 2 件；生成答复骨架 2 件，保留已有 0 件，有错误的行 4 行 → \(folder.path)/\n"), result.stderr)
        XCTAssertEqual(files(folder), ["建议第1号.yaml", "提案第4号.yaml"])
    }

    func testAnExistingReplyIsKeptAndForceReplacesIt() throws {
        let folder = TestSupport.temporaryDirectory(self)
        XCTAssertEqual(try TestSupport.dafu(["intake", fixture("title-rows.xlsx"), "--output", folder.path]).status, 0)
        let drafted = folder.appendingPathComponent("提案第86号.yaml")
        try "kind: proposal-reply # 已起草\n".write(to: drafted, atomically: true, encoding: .utf8)
        let again = try TestSupport.dafu(["intake", fixture("title-rows.xlsx"), "--output", folder.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.hasPrefix("警告[W077]: “\(folder.path)/提案第257号.yaml”已存在，未覆盖\n"), again.stderr)
        XCTAssertTrue(again.stderr.contains("生成答复骨架 0 件，保留已有 3 件"), again.stderr)
        XCTAssertEqual(try String(contentsOf: drafted, encoding: .utf8), "kind: proposal-reply # 已起草\n")
        let forced = try TestSupport.dafu(["intake", fixture("title-rows.xlsx"), "--output", folder.path, "--force"])
        XCTAssertTrue(forced.stderr.contains("生成答复骨架 3 件，保留已有 0 件"), forced.stderr)
        XCTAssertTrue(try String(contentsOf: drafted, encoding: .utf8).contains("马海涛"))
        XCTAssertEqual(files(folder).filter { $0.hasPrefix(".") }, [], "no staging file left")
    }

    func testAListWithoutAHeaderOrTheWrongSheetSaysSo() throws {
        let folder = TestSupport.temporaryDirectory(self)
        let noHeader = try TestSupport.dafu(["intake", fixture("sheets.xlsx"), "--output", folder.path])
        XCTAssertEqual(noHeader.status, 1)
        XCTAssertTrue(noHeader.stderr.hasPrefix("\(fixture("sheets.xlsx")):说明!A1: 错误[E072]: 找不到表头行"), noHeader.stderr)
        let wrongSheet = try TestSupport.dafu(["intake", fixture("sheets.xlsx"), "--sheet", "提按", "--output", folder.path])
        XCTAssertEqual(wrongSheet.status, 1)
        XCTAssertEqual(wrongSheet.stderr, "错误[E071]: “\(fixture("sheets.xlsx"))”中没有名为“提按”的工作表\n    = 帮助：是否想写“提案”？\n")
        XCTAssertEqual(try TestSupport.dafu(["intake", fixture("merged.xlsx"), "--kind", "review-opinion"]).status, 2)
    }
}
