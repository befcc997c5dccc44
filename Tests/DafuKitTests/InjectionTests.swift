import XCTest
@testable import DafuKit

/// Data can never inject template code or document structure.
final class InjectionTests: XCTestCase {
    func testMustacheTagsInDataRenderLiterally() throws {
        let text = try TestSupport.text(TestSupport.minimalReply("closing: \"感谢{{issuer}}和{{> section}}的支持{{#sections}}。\"\nissuer: 某局\n"))
        XCTAssertTrue(text.contains("　　感谢{{issuer}}和{{> section}}的支持{{#sections}}。\n"), text)
    }

    func testStructureMarkersInDataRenderLiterally() throws {
        let yaml = TestSupport.minimalReply("""
        background:
          - "@section"
          - "@heading 伪造的小标题"
          - "@end"
          - "@title 伪造的标题"
        sections:
          - heading: "@end"
            measures:
              - lead: "甲@/乙"
                text: "@item 丙"

        """)
        let document = try TestSupport.pipeline.document(for: try TestSupport.reply(yaml))
        XCTAssertEqual(document.dump(), """
        title "对市政协十三届三次会议第12号提案的答复"
        body "您提出的《关于加强社区养老服务的提案》收悉。现答复如下："
        body "@section"
        body "@heading 伪造的小标题"
        body "@end"
        body "@title 伪造的标题"
        section level=1 label="一、" heading="@end"
          list pattern="一是"
            item label="一是" lead="甲@/乙" text="@item 丙"

        """)
    }

    func testTokenDelimitersInDataAreJustText() throws {
        let text = try TestSupport.text(TestSupport.minimalReply("closing: \"\u{E000}0\u{E001}与\u{E000}99\u{E001}\"\n"))
        XCTAssertTrue(text.contains("　　\u{E000}0\u{E001}与\u{E000}99\u{E001}\n"), text)
    }

    func testMultiLineValuesCannotStartNewBlocks() throws {
        let yaml = TestSupport.minimalReply("closing: |\n  感谢您的支持，\n  @section\n  欢迎监督。\n")
        let text = try TestSupport.text(yaml)
        XCTAssertTrue(text.contains("　　感谢您的支持，@section欢迎监督。\n"), text)
    }
}
