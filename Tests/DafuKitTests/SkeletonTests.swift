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

    func testChineseSkeletonUsesChineseKeys() {
        let yaml = Skeleton.yaml(kind: .suggestionReply, chinese: true, date: ReplyDate(year: 2026, month: 1, day: 2))
        XCTAssertTrue(yaml.contains("\n文种: 建议答复\n"))
        XCTAssertTrue(yaml.contains("\n  文号: 某发〔2026〕1号"))
        XCTAssertFalse(yaml.contains("{"))
    }
}
