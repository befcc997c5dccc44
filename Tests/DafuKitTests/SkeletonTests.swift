import XCTest
@testable import DafuKit

final class SkeletonTests: XCTestCase {
    func testEverySkeletonRendersAsItIsInEnglishAndChineseKeys() throws {
        let date = ReplyDate(year: 2026, month: 3, day: 5)
        for kind in ReplyKind.allCases {
            var texts: [String] = []
            for chinese in [false, true] {
                let yaml = Skeleton.yaml(kind: kind, chinese: chinese, date: date)
                let loaded = InputLoader.load(text: yaml, file: "new.yaml")
                XCTAssertEqual(loaded.diagnostics, [], "\(kind) chinese=\(chinese)")
                let reply = try XCTUnwrap(loaded.replies.first?.reply)
                texts.append(try TestSupport.pipeline.text(for: reply))
            }
            XCTAssertEqual(texts[0], texts[1], "\(kind): Chinese keys must mean the same")
            XCTAssertTrue(texts[0].contains("2026年3月5日"))
        }
    }

    /// A skeleton states no fact it cannot know: the 抄送 committee suits the kind and is a
    /// stand-in (so the report lists the reply as not filled in), a list row with no 会办单位
    /// is consulted with no one, and a fresh skeleton lints clean.
    func testSkeletonsInventNoFactsAndLintClean() throws {
        let date = ReplyDate(year: 2026, month: 3, day: 5)
        for (kind, copyTo) in [(ReplyKind.suggestionReply, "某市人大常委会代表工作委员会"), (.proposalReply, "某市政协提案委员会")] {
            let yaml = Skeleton.yaml(kind: kind, chinese: false, date: date)
            let reply = try XCTUnwrap(InputLoader.load(text: yaml, file: "new.yaml").replies.first?.reply)
            XCTAssertEqual(reply.cc.map(\.value), [copyTo])
            XCTAssertTrue(Skeleton.isStandIn(copyTo))
            XCTAssertTrue(reply.opening.consulted.allSatisfy { Skeleton.isStandIn($0.value) })
            var facts = SkeletonFacts()
            facts.title = "关于某事的建议"
            let fromList = try XCTUnwrap(InputLoader.load(text: Skeleton.yaml(kind: kind, chinese: false, date: date, facts: facts), file: "row.yaml").replies.first?.reply)
            XCTAssertEqual(fromList.opening.consulted.map(\.value), [], "an empty 会办单位 cell")
        }
        for kind in ReplyKind.allCases {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-skeleton-\(UUID().uuidString).yaml").path
            try Skeleton.yaml(kind: kind, chinese: false, date: date).write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            XCTAssertEqual(Linter.lint(path: path).diagnostics.map(\.code.rawValue), [], "\(kind)")
        }
    }

    func testChineseSkeletonUsesChineseKeys() {
        let yaml = Skeleton.yaml(kind: .suggestionReply, chinese: true, date: ReplyDate(year: 2026, month: 1, day: 2))
        XCTAssertTrue(yaml.contains("\n文种: 建议答复\n"))
        XCTAssertTrue(yaml.contains("\n  文号: 某发〔2026〕1号"))
        XCTAssertFalse(yaml.contains("{"))
    }

    func testFactsReplaceTheirStandInsAndReadBackExactly() throws {
        var facts = SkeletonFacts()
        facts.session = "市十四届人大三次会议"
        facts.number = "0257"
        facts.title = #"关于"老旧小区": 改造 #1 {kind} 的建议"#
        facts.proposers = ["王丽", "- 张伟"]
        facts.consulted = ["市财政局", "市发展改革委, 市工信局"]
        facts.issuer = "市住房和城乡建设局"
        facts.comments = ["附议人：刘洋", "来源：清单.xlsx:Sheet1!B5"]
        for chinese in [false, true] {
            let yaml = Skeleton.yaml(kind: .suggestionReply, chinese: chinese, date: ReplyDate(year: 2026, month: 3, day: 5), facts: facts)
            XCTAssertTrue(yaml.hasPrefix("# 建议答复（dafu intake 据交办清单生成的骨架，可直接渲染）\n"), yaml)
            XCTAssertTrue(yaml.contains("\n# 附议人：刘洋\n# 来源：清单.xlsx:Sheet1!B5\n"), yaml)
            let loaded = InputLoader.load(text: yaml, file: "intake.yaml")
            XCTAssertEqual(loaded.diagnostics, [], yaml)
            let reply = try XCTUnwrap(loaded.replies.first?.reply)
            XCTAssertEqual(reply.proposal.session?.value, facts.session)
            XCTAssertEqual(reply.proposal.number?.value, "0257")
            XCTAssertEqual(reply.proposal.title?.value, facts.title)
            XCTAssertEqual(reply.proposal.proposers.map(\.name.value), facts.proposers)
            XCTAssertEqual(reply.proposal.proposers.map { $0.role?.value }, ["代表", "代表"])
            XCTAssertEqual(reply.opening.consulted.map(\.value), facts.consulted)
            XCTAssertEqual(reply.issuer?.value, facts.issuer)
            XCTAssertNoThrow(try TestSupport.pipeline.text(for: reply))
        }
    }

    func testScalarsNeedingQuotesAreQuotedAndReadBack() throws {
        for text in ["a: b", "#1", "- x", "\"q\"", "null", "~", "tab\there", "line\nbreak", "末尾:", " 前导空格", "\u{2028}", "\\"] {
            let yaml = "kind: proposal-reply\nproposal:\n  title: \(YAMLText.scalar(text))\n"
            let node = try XCTUnwrap(try YAMLText.compose(yaml, file: "q.yaml"))
            XCTAssertEqual(node["proposal"]?["title"]?.string, text, yaml)
        }
        XCTAssertEqual(YAMLText.scalar("关于加强养老服务的建议"), "关于加强养老服务的建议")
        XCTAssertEqual(YAMLText.scalar("甲, 乙", inFlow: true), "\"甲, 乙\"")
    }

    func testStandInsAreTheSkeletonsPlaceholdersAndNothingADrafterWrites() {
        for text in ["某某", "关于某某事项的建议", "近年来，……（办理背景）。", "第一方面的小标题", "某市某局", "0000-0000000"] {
            XCTAssertTrue(Skeleton.isStandIn(text), text)
        }
        for text in ["某企业反映办事难", "市财政局", "感谢您对我们工作的关心和支持。", "第一方面"] {
            XCTAssertFalse(Skeleton.isStandIn(text), text)
        }
    }
}
