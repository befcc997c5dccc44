import XCTest
@testable import DafuKit

/// Errors that teach: a text ending in an ASCII colon, a value of a shape the field does not
/// take, a key a drafter would plausibly type for another — each with its exact code, place,
/// message and help.
final class TeachingDiagnosticTests: XCTestCase {
    /// `file:line:column code message` and the help of each diagnostic of `yaml`.
    private func found(_ yaml: String) -> [String] {
        InputLoader.load(text: yaml, file: "t.yaml").diagnostics.map { d in
            "\(d.location.map { "\($0)" } ?? "-") \(d.code.rawValue) \(d.message)" + (d.help.map { " | \($0)" } ?? "")
        }
    }

    private let head = TestSupport.minimalReply()

    // MARK: Found by a new user

    func testARawControlCharacterIsLocatedAndNamedInChinese() {
        XCTAssertEqual(found("kind: proposal-reply\nclosing: 感谢感谢\u{07}支持。\n"), [
            "t.yaml:2:14 E002 文件含有 YAML 不允许的控制字符 U+0007 | 多由别的程序粘贴而来：删除它；确需保留时，在双引号字符串里写作 \\u0007",
        ])
    }

    func testAnASCIICommaCuttingAValueInBracesIsNamed() {
        let yaml = head + "sections:\n  - heading: 一\n    measures:\n      - {lead: 建立清单, text: 据统计,共办理案件7414件}\n"
        XCTAssertEqual(found(yaml), [
            "t.yaml:12:32 E010 未知字段“共办理案件7414件”（措施）：英文逗号“,”把前一个值截断了 | 在 {…} 里英文逗号分隔字段：文字中的逗号请用中文逗号“，”，或给整个值加引号",
        ])
    }

    func testATabIndentingABlockGetsTheTabHint() {
        XCTAssertEqual(found("kind: proposal-reply\nproposal:\n\tsession: 会议\n"), [
            "t.yaml:3:1 E001 YAML 语法错误：found character that cannot start any token（while scanning for the next token） | YAML 缩进只能用空格，不能用制表符",
        ])
    }

    func testAValueReachedThroughSeveralAliasesIsFaultedOnce() {
        let yaml = head + "m: &m {lead: [坏], text: 好}\nsections:\n  - heading: 一\n    measures: [*m, *m, *m]\n"
        XCTAssertEqual(found(yaml).filter { $0.contains(" E011 ") }, ["t.yaml:9:14 E011 字段“lead”应为文本，实际为列表"])
    }

    // MARK: 6 — a plain value ending in ":"

    func testAValueEndingInAnASCIIColonAfterAKeyIsExplainedAtTheColon() {
        XCTAssertEqual(found(head + "opening:\n  text: 您的提案收悉。现答复如下:\n"), [
            "t.yaml:10:21 E001 YAML 语法错误：“您的提案收悉。现答复如下:”以英文冒号“:”结尾，YAML 把它读成了键（mapping values are not allowed in this context）"
                + " | 改用中文冒号“：”（您的提案收悉。现答复如下：），或给整个值加引号（\"您的提案收悉。现答复如下:\"）",
        ])
        // With a comment after it, too; a ": " inside the value keeps the general help.
        XCTAssertEqual(found(head + "closing: 此复:  # 结束语\n").first?.hasPrefix("t.yaml:9:12 E001 YAML 语法错误：“此复:”以英文冒号"), true)
        XCTAssertEqual(found(head + "closing: 感谢: 您的支持\n"), [
            "t.yaml:9:12 E001 YAML 语法错误：mapping values are not allowed in this context | 值里含有“: ”（英文冒号加空格）时，请给整个值加引号，或改用中文冒号“：”",
        ])
    }

    func testATextItemEndingInAColonIsNotAMappingButATextWithTheWrongColon() {
        XCTAssertEqual(found(head + "background:\n  - 现答复如下:\n  - 第二段。\n"), [
            "t.yaml:10:10 E011 字段“background”的值“现答复如下:”以英文冒号“:”结尾，YAML 把它读成了映射（键值对） | 改用中文冒号“：”（现答复如下：），或给整个值加引号（\"现答复如下:\"）",
        ])
        XCTAssertEqual(found(head + "closing:\n  此复:\n"), [
            "t.yaml:10:5 E011 字段“closing”的值“此复:”以英文冒号“:”结尾，YAML 把它读成了映射（键值对） | 改用中文冒号“：”（此复：），或给整个值加引号（\"此复:\"）",
        ])
        // A measure may be a mapping, but not one of a text with no value: no E010, no E012.
        XCTAssertEqual(found(head + "sections:\n  - heading: 甲\n    measures:\n      - 完善目录:\n"), [
            "t.yaml:12:13 E011 字段“措施”的值“完善目录:”以英文冒号“:”结尾，YAML 把它读成了映射（键值对） | 改用中文冒号“：”（完善目录：），或给整个值加引号（\"完善目录:\"）",
        ])
        // Among real keys it is an unknown field, with both readings.
        XCTAssertEqual(found(head + "现答复如下:\n"), [
            "t.yaml:9:1 E010 未知字段“现答复如下”（答复） | 如果这是一段文字：改用中文冒号“：”（现答复如下：），或给整个值加引号（\"现答复如下:\"）",
        ])
    }

    // MARK: 7 — every field of several shapes names them all

    func testFieldsOfSeveralShapesNameEveryShapeTheyTake() {
        let cases: [(String, String)] = [
            ("next_steps: [甲]\n", "t.yaml:9:13 E011 字段“next_steps”应为文本或映射（键值对），实际为列表 | 写一段文字（next_steps: 下一步，我们将……），或写成映射（text: 一段文字；items: 事项列表）"),
            ("opening: [甲]\n", "t.yaml:9:10 E011 字段“opening”应为映射（键值对）或是/否，实际为列表 | 写成映射（opening: {text: 开头文字}，或 consulted、studied），或写 opening: false（不要开头段）"),
            ("opening: 您的提案收悉。\n", "t.yaml:9:10 E019 字段“opening”应为是/否（true/false），实际为“您的提案收悉。” | 写成映射（opening: {text: 开头文字}，或 consulted、studied），或写 opening: false（不要开头段）"),
            ("closing: {甲: 乙}\n", "t.yaml:9:10 E011 字段“closing”应为文本或文本列表，实际为映射（键值对） | 写一段文字（closing: ……），或写成列表、每项一段（closing: [……, ……]）"),
            ("title: {甲: 乙}\n", "t.yaml:9:8 E011 字段“title”应为文本或文本列表，实际为映射（键值对） | 写一段文字（title: ……），或写成列表、每项一段（title: [……, ……]）"),
            ("sections:\n  - heading: 甲\n    measures: [[乙]]\n", "t.yaml:11:16 E011 字段“措施”应为文本或映射（键值对），实际为列表 | 写一句话（- 完善目录。），或写成映射（- {lead: 要点, text: 内容}）"),
            ("next_steps:\n  items: [[乙]]\n", "t.yaml:10:11 E011 字段“下一步事项”应为文本或映射（键值对），实际为列表 | 写一句话（- 完善目录。），或写成映射（- {heading: 要点, text: 内容}）"),
            ("sections: 甲\n", "t.yaml:9:11 E011 字段“sections”应为列表，实际为文本 | 即使只有一项也写成列表：sections: [……]，或每项一行“- ……”"),
            ("layout: {typography: [甲]}\n", "t.yaml:9:22 E011 字段“typography”应为是/否或映射（键值对），实际为列表 | 写 typography: false 关掉全部标点规则，或写成映射逐条关掉，如 typography: {time-range-dash: false}"),
        ]
        for (yaml, expected) in cases { XCTAssertEqual(found(head + yaml), [expected], yaml) }
        let proposers = "kind: proposal-reply\nproposal:\n  proposers: [[王丽]]\n"
        XCTAssertEqual(found(proposers), ["t.yaml:3:15 E011 字段“proposers”应为文本或映射（键值对），实际为列表 | 每位提出人写姓名（- 王丽），或写成映射（- {name: 王丽, role: 委员}）"])
    }

    // MARK: 8 — the keys drafters type for another

    func testUsualWrongKeysNameTheFieldMeant() {
        let cases: [(String, String)] = [
            ("salutation: 王委员\n", "t.yaml:9:1 E010 未知字段“salutation”（答复） | 是否想写“addressee”（主送/称呼）？"),
            ("subject: 关于甲的答复\n", "t.yaml:9:1 E010 未知字段“subject”（答复） | 是否想写“title”（标题）？"),
            ("signature: 某局\n", "t.yaml:9:1 E010 未知字段“signature”（答复） | 是否想写“issuer”（落款/发文机关）？"),
            ("称谓: 王委员\n", "t.yaml:9:1 E010 未知字段“称谓”（答复） | 是否想写“addressee”（主送/称呼）？"),
            ("署名: 某局\n", "t.yaml:9:1 E010 未知字段“署名”（答复） | 是否想写“issuer”（落款/发文机关）？"),
            ("备注: 甲\n", "t.yaml:9:1 E010 未知字段“备注”（答复） | 是否想写“notes”（附注）？"),
            ("Subject: 甲\n", "t.yaml:9:1 E010 未知字段“Subject”（答复） | 是否想写“title”（标题）？"),
            ("doc_number: 某发〔2025〕1号\n", "t.yaml:9:1 E010 未知字段“doc_number”（答复） | “doc_number”（发文字号/文号）属于 header，应写在它之下：header: {doc_number: …}"),
            ("办理结果: A\n", "t.yaml:9:1 E010 未知字段“办理结果”（答复） | “result_class”（办理结果）属于 header，应写在它之下：header: {result_class: …}"),
            ("contact: {tel: \"123\"}\n", "t.yaml:9:11 E010 未知字段“tel”（联系人） | 是否想写“phone”（电话）？"),
            ("sections:\n  - title: 甲\n", "t.yaml:10:5 E010 未知字段“title”（办理情况小节） | 是否想写“heading”（小标题）？"),
        ]
        for (yaml, expected) in cases { XCTAssertEqual(found(head + yaml).first, expected, yaml) }
        // A typo still gets the nearest spelling, as before.
        XCTAssertEqual(found(head + "titel: 甲\n"), ["t.yaml:9:1 E010 未知字段“titel”（答复） | 是否想写“title”？"])
    }

    /// Every suggestion of the table names a field that exists where it points.
    func testEveryUsualMistakePointsAtARealField() {
        let schemas = Dictionary(InputSchema.nested.values.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for (name, mistakes) in InputSchema.usualMistakes {
            let schema = try? XCTUnwrap(schemas[name], name)
            for (written, meant) in mistakes {
                XCTAssertNil(schema?.field(forWrittenKey: written), "\(name): \(written) is a key already")
                let found = meant.contains(".") ? InputSchema.field(at: meant) : schema?.fields.first { $0.key == meant }
                XCTAssertNotNil(found, "\(name): \(written) → \(meant)")
                XCTAssertEqual(written, written.lowercased(), "\(name): \(written) is looked up lowercased")
            }
        }
    }
}
