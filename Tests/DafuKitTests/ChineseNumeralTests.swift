import XCTest
@testable import DafuKit

final class ChineseNumeralTests: XCTestCase {
    func testDigitsOneToNine() {
        XCTAssertEqual((1...9).map(ChineseNumeral.string), ["一", "二", "三", "四", "五", "六", "七", "八", "九"])
    }

    func testTensDropTheLeadingOne() {
        XCTAssertEqual(ChineseNumeral.string(10), "十")
        XCTAssertEqual(ChineseNumeral.string(11), "十一")
        XCTAssertEqual(ChineseNumeral.string(19), "十九")
        XCTAssertEqual(ChineseNumeral.string(20), "二十")
        XCTAssertEqual(ChineseNumeral.string(21), "二十一")
        XCTAssertEqual(ChineseNumeral.string(99), "九十九")
    }

    func testHundredsKeepOneAndInsertZero() {
        XCTAssertEqual(ChineseNumeral.string(100), "一百")
        XCTAssertEqual(ChineseNumeral.string(105), "一百零五")
        XCTAssertEqual(ChineseNumeral.string(110), "一百一十")
        XCTAssertEqual(ChineseNumeral.string(115), "一百一十五")
        XCTAssertEqual(ChineseNumeral.string(999), "九百九十九")
    }

    func testThousandsWithOneZeroForAnyGap() {
        XCTAssertEqual(ChineseNumeral.string(1000), "一千")
        XCTAssertEqual(ChineseNumeral.string(1001), "一千零一")
        XCTAssertEqual(ChineseNumeral.string(1010), "一千零一十")
        XCTAssertEqual(ChineseNumeral.string(1100), "一千一百")
        XCTAssertEqual(ChineseNumeral.string(2005), "二千零五")
        XCTAssertEqual(ChineseNumeral.string(9999), "九千九百九十九")
    }

    func testBeyondTenThousandUsesWan() {
        XCTAssertEqual(ChineseNumeral.string(10000), "一万")
        XCTAssertEqual(ChineseNumeral.string(10001), "一万零一")
        XCTAssertEqual(ChineseNumeral.string(12345), "一万二千三百四十五")
    }

    func testZeroAndNegativeFallBackToDigits() {
        XCTAssertEqual(ChineseNumeral.string(0), "0")
        XCTAssertEqual(ChineseNumeral.string(-3), "-3")
    }
}
