import XCTest
@testable import DafuKit

/// Assignment lists (交办清单) read into items: the header wherever it is, columns by their
/// Chinese names, values as a reply needs them, and each bad row an error at its cell.
final class AssignmentListTests: XCTestCase {
    private func list(_ name: String, sheet: String? = nil, kind: ReplyKind? = nil) throws -> AssignmentList {
        AssignmentList.read(try ListFile.read(SpreadsheetReadingTests.fixture(name), sheet: sheet), kind: kind)
    }

    private func list(rows: [[String]], merges: [String] = [], kind: ReplyKind? = nil) -> AssignmentList {
        var sheet = Sheet(file: "清单.xlsx", name: "Sheet1", rows: rows)
        sheet.merges = merges.compactMap(Sheet.CellRange.init(reference:))
        _ = sheet.fillMerges(budget: 1000)
        return AssignmentList.read(sheet, kind: kind)
    }

    func testTheHeaderIsFoundUnderTitleRowsAndColumnsByTheirNames() throws {
        let list = try list("title-rows.xlsx")
        XCTAssertEqual(list.diagnostics, [])
        XCTAssertEqual(list.assignments.map(\.fileName), ["提案第257号.yaml", "提案第86号.yaml", "提案第301号.yaml"])
        let item = list.assignments[1]
        XCTAssertEqual(item.kind, .proposalReply)
        XCTAssertEqual(item.facts.session, "市政协十三届三次会议")
        XCTAssertEqual(item.facts.title, "关于加大农村公路建设养护投入助力乡村振兴的提案")
        XCTAssertEqual(item.facts.proposers, ["马海涛", "杨慧敏"])
        XCTAssertEqual(item.facts.consulted, ["市财政局", "市农业农村局"])
        XCTAssertEqual(item.location.description, SpreadsheetReadingTests.fixture("title-rows.xlsx") + ":'title-rows'!A5")
        XCTAssertEqual(list.assignments[2].facts.proposers, ["郭敏", "陈华"])
        XCTAssertTrue(item.facts.comments.contains("办理时限：2025-07-31"))
    }

    func testATwoRowHeaderUnderMergedCellsAndABlankRow() throws {
        let list = try list("merged.xlsx")
        XCTAssertEqual(list.diagnostics, [])
        XCTAssertEqual(list.assignments.map(\.fileName), ["建议第0257号.yaml", "建议第0012号.yaml", "建议第0103号.yaml"])
        let first = list.assignments[0]
        XCTAssertEqual(first.kind, .suggestionReply, "the title row says 建议")
        XCTAssertEqual(first.facts.session, "市十四届人大三次会议", "from the title row")
        XCTAssertEqual(first.facts.proposers, ["王丽"], "领衔人 under 代表")
        XCTAssertEqual(first.facts.issuer, "市住房和城乡建设局")
        XCTAssertEqual(first.facts.consulted, ["市财政局", "市发展改革委"])
        XCTAssertEqual(first.facts.comments.prefix(2), ["附议人：张伟、刘洋", "办理时限：2025-06-30"])
        XCTAssertEqual(list.assignments[1].facts.proposers, ["陈明", "赵刚"])
        XCTAssertEqual(list.assignments[2].facts.title, "关于优化营商环境的建议", "《》 left to the template")
        XCTAssertEqual(list.assignments[2].facts.consulted, ["市市场监管局", "市政务服务中心"])
    }

    func testTheKindComesFromItsColumnThenTheOptionThenTheListThenTheTitle() throws {
        XCTAssertEqual(try list("sheets.xlsx", sheet: "提案", kind: .suggestionReply).assignments.map(\.kind), [.proposalReply])
        let rows = [["编号", "标题"], ["1", "关于甲的建议"], ["2", "关于乙的提案"], ["3", "关于丙"]]
        XCTAssertEqual(list(rows: rows).assignments.map(\.kind), [.suggestionReply, .proposalReply])
        XCTAssertEqual(list(rows: rows).diagnostics.map(\.description), ["清单.xlsx:Sheet1!A4: 错误[E076]: 无法确定是建议还是提案，本行未生成"])
        XCTAssertEqual(list(rows: rows, kind: .proposalReply).assignments.map(\.kind), [.proposalReply, .proposalReply, .proposalReply])
        let titled = [["委员提案交办清单"], ["案号", "案由"], ["1", "关于甲的建议"]]
        XCTAssertEqual(list(rows: titled).assignments.map(\.kind), [.proposalReply])
    }

    func testEveryBadRowIsAnErrorAtItsCellAndTheOthersAreRead() throws {
        let path = SpreadsheetReadingTests.fixture("errors.xlsx")
        let list = try list("errors.xlsx")
        XCTAssertEqual(list.diagnostics.map(\.description), [
            "\(path):errors!A3: 错误[E073]: 编号为空",
            "\(path):errors!A4: 错误[E074]: 编号“1”重复（与 A2 相同），本行未生成",
            "\(path):errors!B5: 错误[E075]: 第2号的标题为空，本行未生成",
            "\(path):errors!D6: 错误[E076]: 类型“议案”既不是建议也不是提案，本行未生成",
        ])
        XCTAssertEqual(list.assignments.map(\.fileName), ["建议第1号.yaml", "提案第4号.yaml"])
        let csv = AssignmentList.read(try ListFile.read(SpreadsheetReadingTests.fixture("errors.csv"), sheet: nil), kind: nil)
        XCTAssertEqual(csv.diagnostics.map { $0.location?.description ?? "" }.map { String($0.suffix(3)) }, [":A3", ":A4", ":B5", ":D6"])
    }

    func testNoHeaderRowIsReportedAtA1AndNamesTheOtherSheets() throws {
        let list = try list("sheets.xlsx")
        XCTAssertEqual(list.diagnostics.map(\.code), [.noHeaderRow])
        XCTAssertEqual(list.diagnostics.first?.location?.description, SpreadsheetReadingTests.fixture("sheets.xlsx") + ":说明!A1")
        XCTAssertTrue(list.diagnostics.first?.help?.hasPrefix("工作簿中还有工作表“建议”“提案”，可用 --sheet 指定") ?? false)
    }

    func testRowsContinuingAMergedNumberAddTheirNamesToTheItem() {
        let rows = [["编号", "标题", "领衔人", "会办单位"], ["7", "关于丁的建议", "王丽", "市财政局"], ["", "", "张伟", "市民政局"], ["8", "关于戊的建议", "李娜"]]
        let list = list(rows: rows, merges: ["A2:A3", "B2:B3"])
        XCTAssertEqual(list.diagnostics, [])
        XCTAssertEqual(list.assignments.map(\.facts.number), ["7", "8"])
        XCTAssertEqual(list.assignments[0].facts.proposers, ["王丽", "张伟"])
        XCTAssertEqual(list.assignments[0].facts.consulted, ["市财政局", "市民政局"])
    }

    func testHeadersAreKnownByTheirNamesAndCommonVariants() {
        XCTAssertEqual(ListColumn.named("标 题\n（必填）"), .title)
        XCTAssertEqual(ListColumn.named("*建议号"), .number)
        XCTAssertEqual(ListColumn.named("大会编号"), .number)
        XCTAssertEqual(ListColumn.named("协办单位"), .consulted)
        XCTAssertEqual(ListColumn.named("领衔代表"), .proposers)
        XCTAssertNil(ListColumn.named("序号"))
        XCTAssertNil(ListColumn.named("备注"))
    }

    func testValuesReadAsTheReplyNeedsThem() {
        XCTAssertEqual(ListValues.names("王丽、张伟，刘洋,陈明;赵刚； 李娜\u{3000}周杰/王芳代表 王丽"),
                       ["王丽", "张伟", "刘洋", "陈明", "赵刚", "李娜", "周杰", "王芳"])
        XCTAssertEqual(ListValues.number(" 第0257号 "), "0257")
        XCTAssertEqual(ListValues.title("关于加强\n养老服务的建议"), "关于加强养老服务的建议")
        XCTAssertEqual(ListValues.session(in: "关于市政协十三届三次会议提案交办的通知"), "市政协十三届三次会议")
    }

    func testNumbersThatWouldLeaveTheFolderAreSanitised() {
        let list = list(rows: [["编号", "标题"], ["../../etc/x", "关于甲的建议"]])
        XCTAssertEqual(list.assignments.first?.fileName, "建议第.._.._etc_x号.yaml")
    }
}
