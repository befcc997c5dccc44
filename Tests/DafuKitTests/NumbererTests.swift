import XCTest
@testable import DafuKit

final class NumbererTests: XCTestCase {
    /// Parses markup (no data tokens) and numbers it.
    private func numbered(_ markup: String, options: LayoutOptions = LayoutOptions()) throws -> Document {
        var document = Document(blocks: try BlockMarkup.parse(markup, tokens: TokenTable(), template: "test"), options: options)
        Numberer.number(&document)
        return document
    }

    func testEachLevelUsesItsOwnPatternAndRestartsUnderEachParent() throws {
        let document = try numbered("""
        @section
        @heading 甲
        @section
        @heading 甲一
        @section
        @heading 甲一一
        @section
        @heading 甲一一一
        @end
        @section
        @heading 甲一一二
        @end
        @end
        @end
        @section
        @heading 甲二
        @section
        @heading 甲二一
        @end
        @end
        @end
        @section
        @heading 乙
        @section
        @heading 乙一
        @end
        @end
        """)
        XCTAssertEqual(document.dump(), """
        section level=1 label="一、" heading="甲"
          section level=2 label="（一）" heading="甲一"
            section level=3 label="1." heading="甲一一"
              section level=4 label="（1）" heading="甲一一一"
              section level=4 label="（2）" heading="甲一一二"
          section level=2 label="（二）" heading="甲二"
            section level=3 label="1." heading="甲二一"
        section level=1 label="二、" heading="乙"
          section level=2 label="（一）" heading="乙一"

        """)
    }

    func testEnumerationsRestartInEveryList() throws {
        let document = try numbered("""
        @section
        @heading 甲
        @item 一@/甲的一
        @item 二@/甲的二
        @end
        @section
        @heading 乙
        @list （1）
        @item 一@/乙的一
        @end
        """)
        let labels = document.dump().split(separator: "\n").filter { $0.contains("item") }.map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(labels, [
            "item label=\"一是\" lead=\"一\" text=\"甲的一\"",
            "item label=\"二是\" lead=\"二\" text=\"甲的二\"",
            "item label=\"（1）\" lead=\"一\" text=\"乙的一\"",
        ])
    }

    func testExplicitLevelStartsSecondLevelNumberingAtTheTop() throws {
        let document = try numbered("""
        @section
        @heading 甲
        @end
        下一步，我们将继续努力。
        @section 2
        @heading 措施一
        @end
        @section 2
        @heading 措施二
        @end
        """)
        XCTAssertTrue(document.dump().contains("section level=2 label=\"（二）\" heading=\"措施二\""), document.dump())
    }

    func testTemplateCanPickAlternativePatternsPerLevel() throws {
        var options = LayoutOptions()
        options.numbering[0] = NumberPattern("第一，")!
        options.items = NumberPattern("（1）")!
        let document = try numbered("""
        @section
        @heading 甲
        @item 要点@/内容
        @end
        @section
        @heading 乙
        @end
        """, options: options)
        XCTAssertTrue(document.dump().contains("label=\"第二，\" heading=\"乙\""))
        XCTAssertTrue(document.dump().contains("item label=\"（1）\""))
    }

    func testUnbalancedMarkersAreReported() {
        XCTAssertThrowsError(try numbered("@section\n@heading 甲\n")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.diagnostics.map(\.code.rawValue), ["E033"])
        }
        XCTAssertThrowsError(try numbered("@end\n")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.diagnostics.map(\.code.rawValue), ["E033"])
        }
        XCTAssertThrowsError(try numbered("@bogus 甲\n")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.diagnostics.first?.message, "模板“test”的结构标记有误：未知标记“@bogus”")
        }
    }
}
