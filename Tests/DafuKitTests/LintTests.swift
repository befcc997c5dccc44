import Foundation
import XCTest
@testable import DafuKit

/// `dafu lint`: each rule, with code, severity, line and column; fixes that keep comments.
final class LintTests: XCTestCase {
    private func file(_ text: String, name: String = "r.yaml") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func codes(_ yaml: String) throws -> [String] {
        Linter.lint(path: try file(yaml)).diagnostics.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" }
    }

    private let reply = TestSupport.minimalReply("closing: 感谢您的支持。\n")

    func testCleanReplyHasNoFindings() throws {
        XCTAssertEqual(try codes(reply), [])
        for sample in try FileManager.default.contentsOfDirectory(atPath: TestSupport.samples.path) {
            XCTAssertEqual(Linter.lint(path: TestSupport.samples.appendingPathComponent(sample).path).diagnostics, [], sample)
        }
    }

    func testUnbalancedBracketsAndQuotes() throws {
        XCTAssertEqual(try codes(reply + "background: [推行“一网通办改革, 见《条例]\n"), ["E101@10:16", "E101@10:26"])
    }

    func testMixedWidthPunctuationIsReportedAtEachMark() throws {
        XCTAssertEqual(try codes(reply + "background: [\"县(市、区)开展活动,效果良好\"]\n"), ["W102@10:16", "W102@10:20", "W102@10:25"])
    }

    func testBadDocumentNumbers() throws {
        XCTAssertEqual(try codes(reply + "header: {doc_number: 某发【2025】012号}\n"), ["W102@10:24", "E103@10:24", "W102@10:29", "E103@10:30"])
        XCTAssertEqual(try codes(reply + "header: {doc_number: 某发2025年12号}\n"), ["E103@10:22"])
    }

    func testImpossibleAndPaddedDates() throws {
        XCTAssertEqual(try codes(reply + "background: [2025年2月29日开会，05月03日复查。]\n"), ["E104@10:19", "W104@10:27", "W104@10:30"])
    }

    func testRoleThatDoesNotMatchTheKind() throws {
        let yaml = reply.replacingOccurrences(of: "kind: proposal-reply", with: "kind: suggestion-reply")
        XCTAssertEqual(try codes(yaml), ["W105@8:13"])
    }

    func testMeasureWithoutFullStopRepeatedSentenceAndMissingClosing() throws {
        let yaml = TestSupport.minimalReply("""
        sections:
          - heading: 甲
            measures:
              - {lead: 要点, text: 全年新建社区养老服务站点42个}
              - {lead: 要点二, text: 全年培训护理人员1200人次。}
            intro: 全年培训护理人员1200人次。

        """)
        XCTAssertEqual(try codes(yaml), ["W108@1:1", "W106@12:41", "W107@14:12"])
    }

    func testFixWritesSafeFixesBackKeepingCommentsAndLayout() throws {
        let yaml = """
        # 答复草稿（注释保留）
        kind: proposal-reply
        proposal:
          session: 市政协十三届三次会议   # 会议
          number: "12"
          title: 关于加强社区养老服务的提案
          proposers: [{name: 王丽, role: 委员}]
        sections:
          - heading: 完善设施(一期)
            measures:
              - {lead: 新建站点, text: "2025年05月新建站点42个,覆盖全部街道"}   # 数字待核
        closing: 感谢您的支持。

        """
        let path = try file(yaml)
        let report = Linter.lint(path: path)
        XCTAssertEqual(report.fixes.count, 5)
        let fixed = Linter.apply(report.fixes, to: report.text)
        XCTAssertEqual(fixed, yaml
            .replacingOccurrences(of: "完善设施(一期)", with: "完善设施（一期）")
            .replacingOccurrences(of: "\"2025年05月新建站点42个,覆盖全部街道\"", with: "\"2025年5月新建站点42个，覆盖全部街道。\""))
        try fixed.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(Linter.lint(path: path).diagnostics, [])
    }

    /// `dafu lint --fix` writes a file back as the file it was: a BOM and CR LF line ends (as
    /// Notepad saves), GBK (as an older Windows editor saves), its permissions, and a symbolic
    /// link stays a link to the fixed file. Only the fix changes a byte.
    func testFixKeepsTheFilesEncodingLineEndsPermissionsAndLinks() throws {
        let folder = TestSupport.temporaryDirectory(self, "dafu-lint-form")
        let yaml = TestSupport.minimalReply("closing: 感谢您的支持,欢迎指导。\n")
        let fixedYAML = yaml.replacingOccurrences(of: "支持,欢迎", with: "支持，欢迎")
        let crlf = { (text: String) in Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        let gbk = { (text: String) in try XCTUnwrap(TextDecoding.transcode(Data(text.utf8), from: "UTF-8", to: "GB18030")) }
        let files: [(String, Data, Data)] = [("notepad.yaml", crlf(yaml), crlf(fixedYAML)), ("gbk.yaml", try gbk(yaml), try gbk(fixedYAML)),
                                             ("real.yaml", Data(yaml.utf8), Data(fixedYAML.utf8))]
        for (name, data, _) in files { try data.write(to: folder.appendingPathComponent(name)) }
        let real = folder.appendingPathComponent("real.yaml").path
        XCTAssertEqual(chmod(real, 0o640), 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.yml").path, withDestinationPath: "real.yaml")
        let result = try TestSupport.dafu(["lint", "--fix"] + ["notepad.yaml", "gbk.yaml", "link.yml"].map { folder.appendingPathComponent($0).path })
        XCTAssertEqual(result.status, 0, result.stderr)
        for (name, _, expected) in files {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(name)), expected, name)
        }
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.yml").path), "real.yaml")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int), 0o640)
    }

    func testTemplatesAreCheckedForSyntaxMarkersAndUnknownVariables() throws {
        let path = try file("{{!\ndescription: 甲\n}}\n@title {{proposal.titel}}\n@haeding {{heading}}\n{{#sections}}\n", name: "t.mustache")
        let found = Linter.lint(path: path).diagnostics
        XCTAssertEqual(found.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" }, ["E060@4:8", "E032@5:1", "E030@7:1"])
        XCTAssertEqual(found.first?.help, "是否想写“title”？")
        for template in try FileManager.default.contentsOfDirectory(atPath: TestSupport.templates) where template.hasSuffix(".mustache") {
            XCTAssertEqual(Linter.lint(path: TestSupport.templates + "/" + template).diagnostics, [], template)
        }
    }

    func testEveryContextKeyIsBuiltAndOnlyThose() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("""
        header: {doc_number: 甲〔2025〕1号, signer: 乙, result_class: A, disclosure: 主动公开}
        sections: [{heading: 丙, intro: 丁, measures: [{lead: 戊, text: 己}], item_style: （1）, sections: [{heading: 庚}]}]
        next_steps: {text: 辛, items: [{heading: 壬, text: 癸}]}
        contact: {name: 子, phone: "1"}
        figures_annex: true
        figures: {x: {label: 丑, value: 1, as_of: 2025-01-01, source: 寅}}
        closing: "{x}"

        """))
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, child) in dictionary { keys.insert(key); collect(child) }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(TemplateContext(reply).root)
        XCTAssertEqual(keys.subtracting(TemplateContext.knownNames), [])
        XCTAssertEqual(TemplateContext.knownNames.subtracting(keys), [])
    }
}
