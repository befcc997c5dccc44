import XCTest
@testable import DafuKit

final class NumberPatternTests: XCTestCase {
    func testDefaultLevelsProduceStandardLabels() {
        XCTAssertEqual(NumberPattern.level1.label(3), "三、")
        XCTAssertEqual(NumberPattern.level2.label(12), "（十二）")
        XCTAssertEqual(NumberPattern.level3.label(4), "4.")
        XCTAssertEqual(NumberPattern.level4.label(10), "（10）")
        XCTAssertEqual(NumberPattern.inline.label(2), "二是")
    }

    func testAlternativePatternsAreParsedFromTheirFirstLabel() throws {
        XCTAssertEqual(try XCTUnwrap(NumberPattern("第一，")).label(3), "第三，")
        XCTAssertEqual(try XCTUnwrap(NumberPattern("（1）")).label(2), "（2）")
        XCTAssertEqual(try XCTUnwrap(NumberPattern("1、")).label(11), "11、")
    }

    func testPatternsWithoutExactlyOneNumeralAreRejected() {
        XCTAssertNil(NumberPattern("、"))
        XCTAssertNil(NumberPattern("（二）"))
        XCTAssertNil(NumberPattern("11."))
        XCTAssertNil(NumberPattern("一一"))
    }

    func testHandTypedNumbersAreRecognised() {
        XCTAssertEqual(LabelPatterns.handTyped(at: "一、强化服务"), "一、")
        XCTAssertEqual(LabelPatterns.handTyped(at: "（三）加强监管"), "（三）")
        XCTAssertEqual(LabelPatterns.handTyped(at: "2.加强监管"), "2.")
        XCTAssertEqual(LabelPatterns.handTyped(at: "二是健全机制"), "二是")
        XCTAssertNil(LabelPatterns.handTyped(at: "2025年重点任务"))
        XCTAssertNil(LabelPatterns.handTyped(at: "3.5亿元资金"))
        XCTAssertNil(LabelPatterns.handTyped(at: "一体化推进"))
    }
}
