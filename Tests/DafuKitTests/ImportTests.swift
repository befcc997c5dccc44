import Foundation
import XCTest
@testable import DafuKit

/// `dafu import`: letters back to data that renders the same letter.
final class ImportTests: XCTestCase {
    private func roundTrip(_ paragraphs: [String], file: String = "letter.txt") throws -> (text: String, result: ReplyImporter.Result) {
        let result = ReplyImporter.importParagraphs(paragraphs, file: file, pipeline: TestSupport.pipeline)
        let loaded = InputLoader.load(text: result.yaml, file: "imported.yaml")
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }, [], result.yaml)
        let reply = try XCTUnwrap(loaded.replies.first?.reply, result.yaml)
        return (try TestSupport.pipeline.text(for: reply), result)
    }

    /// A letter with no text is E003, not a skeleton of stand-ins that exits 0; a reply file of
    /// comments only says so.
    func testAnEmptyLetterIsRefusedAndACommentOnlyReplyIsNamedSo() throws {
        for data in [Data(), Data("\n  \n\u{3000}\n".utf8)] {
            XCTAssertThrowsError(try ImportSource.read(data: data, name: "空.txt")) { error in
                XCTAssertEqual((error as? Diagnostic)?.message, "文件中没有可导入的文字（文件为空）")
                XCTAssertEqual((error as? Diagnostic)?.code, .emptyFile)
            }
        }
        XCTAssertEqual(InputLoader.load(text: "# 待写\n", file: "a.yaml").diagnostics.map(\.message), ["文件中没有答复数据（文件为空或只有注释）"])
    }

    func testEverySampleRoundTripsToTheSameText() throws {
        for (name, rendered) in DocxPackageTests.samples {
            let (text, _) = try roundTrip(rendered.text.components(separatedBy: "\n"))
            XCTAssertEqual(text, rendered.text, name)
        }
    }

    func testEverySampleRoundTripsThroughItsDocx() throws {
        for (name, rendered) in DocxPackageTests.samples {
            let paragraphs = try ImportSource.docxParagraphs(try rendered.docx())
            let (text, _) = try roundTrip(paragraphs, file: "\(name).docx")
            XCTAssertEqual(text, rendered.text, name)
        }
    }

    func testNumberedAttachmentsRoundTripThroughTheDocxTheirTabs() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("attachments: [征询意见表, 办理情况统计表]\nissuer: 某市民政局\ndate: 2025-06-01\n"))
        let rendered = try TestSupport.pipeline.rendered(reply)
        let (text, result) = try roundTrip(try ImportSource.docxParagraphs(try rendered.docx()), file: "attachments.docx")
        XCTAssertEqual(text, rendered.text)
        XCTAssertTrue(result.yaml.contains("- 征询意见表\n") && result.yaml.contains("- 办理情况统计表\n"), result.yaml)
    }

    /// What the template work added reads back: a blank 办理结果, the drafter's title lines, and
    /// the complete 版记 (抄送, 印发机关, 印发日期).
    func testBlankClassTitleLinesAndImprintRoundTrip() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("""
            header: {result_class: blank, doc_number: 宁民提〔2025〕12号}
            title: [关于市政协十三届三次会议第12号提案, 办理情况的答复]
            addressee: 王丽委员
            opening: {text: 您提出的提案收悉。现答复如下：}
            background: 今年以来，我局新建社区养老服务站点42个。
            issuer: 宁川市民政局
            date: 2025-06-20
            cc: [市政协提案委员会, 市政府督查室]
            printer: 宁川市民政局办公室
            print_date: 2025-06-21

            """))
        let rendered = try TestSupport.pipeline.rendered(reply)
        let (text, result) = try roundTrip(rendered.text.components(separatedBy: "\n"))
        XCTAssertEqual(text, rendered.text)
        for line in ["  result_class: blank\n", "title:\n- 关于市政协十三届三次会议第12号提案\n- 办理情况的答复\n", "printer: 宁川市民政局办公室\n",
                     "print_date: 2025-06-21\n"] {
            XCTAssertTrue(result.yaml.contains(line), result.yaml)
        }
    }

    private func fixture(_ name: String) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import/\(name)")
        return try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    }

    private func similarity(_ name: String) throws -> (Double, String, ReplyImporter.Result) {
        let (text, result) = try roundTrip(try fixture(name), file: name)
        return (Similarity.compare(source: result.letter, rendered: text).ratio, text, result)
    }

    func testCleanLettersComeBackExactly() throws {
        for name in ["clean-suggestion.txt", "agency-review.txt"] {
            let (ratio, _, _) = try similarity(name)
            XCTAssertEqual(ratio, 1, name)
        }
    }

    func testHeaderTitleSalutationAndLevelVariantsAreRecognised() throws {
        let (ratio, text, result) = try similarity("variants-proposal.txt")
        XCTAssertGreaterThanOrEqual(ratio, 0.99)
        let reply = try XCTUnwrap(InputLoader.load(text: result.yaml, file: "y").replies.first?.reply)
        XCTAssertEqual(reply.header.docNumber?.value, "某民政提【2025】31号")
        XCTAssertEqual(reply.header.signer?.value, "周明")
        XCTAssertEqual(reply.header.resultClass?.value, "B")
        XCTAssertEqual(reply.header.disclosure?.value, .onRequest)
        XCTAssertEqual(reply.title?.value, "关于对市政协十三届四次会议第31号提案办理情况的答复")
        XCTAssertEqual(reply.proposal.proposers.map(\.name.value), ["郭胜利", "陈爱珍"])
        XCTAssertEqual(reply.date?.value, ReplyDate(year: 2025, month: 7, day: nil))
        XCTAssertEqual(reply.layout.runIn?.value, [3])
        XCTAssertEqual(reply.sections[0].sections[0].sections.map(\.heading.value), ["社区服务中心", "服务站点建设"])
        XCTAssertEqual(reply.sections[0].sections[0].sections[1].itemStyle?.value.description, "（1）")
        XCTAssertEqual(reply.nextSteps?.items.map { $0.lead?.value }, ["扩大覆盖", "提升服务"])
        XCTAssertTrue(text.contains("某民政提〔2025〕31号"))
    }

    func testScrapedTextIsCleanedAndWhatWasDroppedIsReported() throws {
        let (ratio, _, result) = try similarity("scraped-letter.txt")
        XCTAssertGreaterThanOrEqual(ratio, 0.99)
        XCTAssertEqual(result.notices.map { $0.location!.line }, [1, 2, 13])
        XCTAssertTrue(result.notices.allSatisfy { $0.code.rawValue == "W201" })
        let reply = try XCTUnwrap(InputLoader.load(text: result.yaml, file: "y").replies.first?.reply)
        XCTAssertEqual(reply.addressee?.value, "尊敬的姬霞敏代表")
        XCTAssertEqual(reply.sections.count, 2)
        XCTAssertEqual(reply.sections[0].measures.last?.text?.value, "指导各县(市、区)将符合条件的养护项目纳入乡村振兴衔接资金支持范围,今年共争取资金1800万元。")
        XCTAssertEqual(reply.nextSteps?.text.first?.value, "今后,我们将持续加大投入力度,推动农村公路高质量发展。")
    }

    func testSeedsImportWithoutErrors() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }) ?? []
        try XCTSkipIf(files.isEmpty, "../shared/seeds not present")
        for file in files {
            let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            let (rendered, result) = try roundTrip(text.components(separatedBy: "\n"), file: file)
            XCTAssertGreaterThanOrEqual(Similarity.compare(source: result.letter, rendered: rendered).ratio, 0.99, file)
        }
    }

    /// Mutated letters — the samples and the corpus's page copies — with lines dropped, doubled,
    /// swapped, joined with a space or broken in two, characters deleted, and labels,
    /// punctuation, page chrome and table cells inserted. Nothing may crash or hang, and what
    /// import writes must always render.
    func testMutatedLettersAlwaysRender() throws {
        var state: UInt64 = 20_251_123
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        let inserts = ["一、", "（一）", "1.", "（1）", "一是", "二是", "下一步，", "。", "：", "“", "》", "附件：", "抄送：", "2025年13月40日", "（此件",
                       "\u{3000}\u{3000}", "{x}", "@section", "签发人：", " ", "|", "发文机关:", "致", "（联系人：", "答复", "办理结果："]
        let pageLines = ["首页 > 政务公开", "字体大小:【大】 【中】 【小】", "索引号:1 | 发文字号: | 发文机关:某局 |", "标题:关于的答复", "|", "成文日期:2025-13-01",
                         "会议届次:", "建议人:", "打印本页 关闭窗口", "致", "礼！"]
        let corpus = ImportCorpusTests.root.appendingPathComponent("pages")
        let pages = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().map {
            try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8)
        }
        let letters = DocxPackageTests.samples.map(\.1.text) + pages
        let start = Date()
        for letter in letters {
            for _ in 0..<20 {
                var lines = letter.components(separatedBy: "\n")
                for _ in 0..<(1 + random(6)) { mutate(&lines, random: random, inserts: inserts, pageLines: pageLines) }
                let result = ReplyImporter.importParagraphs(lines, file: "fuzz.txt", pipeline: TestSupport.pipeline)
                let loaded = InputLoader.load(text: result.yaml, file: "fuzz.yaml")
                XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.message), [], result.yaml)
                let reply = try XCTUnwrap(loaded.replies.first?.reply, result.yaml)
                XCTAssertNoThrow(try TestSupport.pipeline.text(for: reply), result.yaml)
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 120)
    }

    private func mutate(_ lines: inout [String], random: (Int) -> Int, inserts: [String], pageLines: [String]) {
        guard !lines.isEmpty else { return }
        let at = random(lines.count)
        switch random(9) {
        case 0: lines.remove(at: at)
        case 1: lines.insert(lines[at], at: at)
        case 2: lines.swapAt(at, random(lines.count))
        case 3:
            var chars = Array(lines[at])
            if !chars.isEmpty { chars.remove(at: random(chars.count)) }
            lines[at] = String(chars)
        case 4:
            var chars = Array(lines[at])
            chars.insert(contentsOf: inserts[random(inserts.count)], at: random(chars.count + 1))
            lines[at] = String(chars)
        case 5: lines.insert(pageLines[random(pageLines.count)], at: at)
        case 6 where at + 1 < lines.count:
            lines[at] += " " + lines.remove(at: at + 1)
        case 7:
            let chars = Array(lines[at]), cut = random(chars.count + 1)
            lines[at] = String(chars[..<cut])
            lines.insert(String(chars[cut...]), at: at + 1)
        default: lines[at] = String(lines[at].prefix(random(lines[at].count + 1)))
        }
    }
}

final class ImportRecognitionTests: XCTestCase {
    func testResultClassSpellings() {
        XCTAssertEqual(HeaderText.resultClass("办理结果：A类"), "A")
        XCTAssertEqual(HeaderText.resultClass("办理结果：（C）"), "C")
        XCTAssertEqual(HeaderText.resultClass("办理结果：B"), "B")
        XCTAssertEqual(HeaderText.resultClass("（A类）"), "A")
        XCTAssertEqual(HeaderText.resultClass("A类"), "A")
        XCTAssertEqual(HeaderText.resultClass("办理结果：  类"), "")
        XCTAssertNil(HeaderText.resultClass("关于对市政协提案的答复"))
    }

    func testDatesAsLettersAndPagesWriteThem() {
        XCTAssertEqual(ReplyDate(written: "2024年9月3日")?.iso, "2024-09-03")
        XCTAssertEqual(ReplyDate(written: "2024年7月")?.iso, "2024-07")
        XCTAssertEqual(ReplyDate(written: "2024-09-12")?.iso, "2024-09-12")
        XCTAssertEqual(ReplyDate(written: "2024/9/12")?.iso, "2024-09-12")
        XCTAssertNil(ReplyDate(written: "2024年13月1日"))
        XCTAssertNil(ReplyDate(written: "2024年9月3日印发"))
        XCTAssertNil(ReplyDate(written: "2024-09-12 10:21"))
    }

    func testDocumentNumbersInEveryBracketWithOrWithoutSigner() {
        XCTAssertEqual(HeaderText.docNumber("息营商办〔2023〕14号")?.0, "息营商办〔2023〕14号")
        XCTAssertEqual(HeaderText.docNumber("政网办[2022]15号")?.0, "政网办[2022]15号")
        XCTAssertEqual(HeaderText.docNumber("豫政【2023】8号　　签发人：王某")?.1, "王某")
        XCTAssertNil(HeaderText.docNumber("您提出的第115号建议收悉"))
    }

    func testLabelsAndEnumerations() {
        XCTAssertEqual(Labels.sectionLabel("三、加强监管")?.level, 1)
        XCTAssertEqual(Labels.sectionLabel("（十二）加强监管")?.level, 2)
        XCTAssertEqual(Labels.sectionLabel("2.2025年重点任务")?.level, 3)
        XCTAssertNil(Labels.sectionLabel("3.5亿元用于改造"))
        XCTAssertEqual(Labels.sectionLabel("（4）加强监管")?.level, 4)
        XCTAssertNil(Labels.sectionLabel("一是加强监管"))
        XCTAssertEqual(Labels.enumeration(in: "总体情况。1.新建站点。共42个。2.改造站点。共20个。")?.items, ["新建站点。共42个。", "改造站点。共20个。"])
        XCTAssertEqual(Labels.enumeration(in: "第一，要加强。第二，要落实。")?.pattern, "第一，")
        XCTAssertNil(Labels.enumeration(in: "全市一是一二是二的说法不算。"))
    }

    private func numbered(_ lines: [String]) -> [PageCopy.Line] {
        lines.enumerated().map { PageCopy.Line(number: $0.offset + 1, text: $0.element) }
    }

    func testSplitCollapsedParagraphsAndJoinBrokenLines() {
        let lines = Preprocess.lines(numbered(["会议认为，成效明显。 会议指出，仍有差距。", "全市新建社区养老服务站点42个，覆盖全部街道，服务老年人",
                                      "1.2万余人次。", "", "下一步，我们将继续努力。"]))
        XCTAssertEqual(lines.map(\.text), ["会议认为，成效明显。", "会议指出，仍有差距。", "全市新建社区养老服务站点42个，覆盖全部街道，服务老年人1.2万余人次。", "下一步，我们将继续努力。"])
    }
}
