import XCTest
@testable import DafuKit

/// Figures as data, written per GB/T 15835.
final class FigureTests: XCTestCase {
    private func figure(_ values: [String], unit: String = "", scale: String = "", approx: Figure.Approximation? = nil) -> String {
        Figure(name: Located("x", at: SourceLocation(file: "t", line: 1, column: 1)), label: nil, values: values, unit: unit, scale: scale,
               approximation: approx, asOf: nil, source: nil).text
    }

    func testFiguresAreWrittenWithArabicDigitsAndWanYi() {
        XCTAssertEqual(figure(["7414"], unit: "件"), "7414件")
        XCTAssertEqual(figure(["276"], unit: "元", scale: "万", approx: .more), "276万余元")
        XCTAssertEqual(figure(["374.26"], unit: "元", scale: "亿"), "374.26亿元")
        XCTAssertEqual(figure(["94.24"], unit: "%"), "94.24%")
        XCTAssertEqual(figure(["1.9"], unit: "人次", scale: "万", approx: .more), "1.9万余人次")
        XCTAssertEqual(figure(["3000"], unit: "人", approx: .about), "约3000人")
        XCTAssertEqual(figure(["180"], unit: "家", approx: .nearly), "近180家")
        XCTAssertEqual(figure(["90"], unit: "%", approx: .over), "超过90%")
    }

    func testRangesRepeatSymbolsAndScales() {
        XCTAssertEqual(figure(["15", "30"], unit: "%"), "15%～30%")
        XCTAssertEqual(figure(["2", "5"], unit: "元", scale: "万"), "2万～5万元")
        XCTAssertEqual(figure(["3", "5"], unit: "天"), "3～5天")
    }

    private let declared = """
    figures:
      exempt: {value: 7414, unit: 件, as_of: 2025-06-30, source: 市司法局}
      amount: {value: 276, unit: 元, scale: 万, approx: 余}
      share: {value: [15, 30], unit: "%"}

    """

    func testReferencesRenderInAnyText() throws {
        let yaml = TestSupport.minimalReply(declared + """
        sections:
          - heading: 办理免罚案件{exempt}
            measures:
              - {lead: 减轻负担, text: "共办理{exempt}，涉及金额{amount}，占比{share}。"}

        """)
        let text = try TestSupport.text(yaml)
        XCTAssertTrue(text.contains("　　一、办理免罚案件7414件\n"), text)
        XCTAssertTrue(text.contains("一是减轻负担。共办理7414件，涉及金额276万余元，占比15%～30%。"), text)
        let reply = try TestSupport.reply(yaml)
        XCTAssertEqual(reply.figureReferences.map { "\($0.value)@\($0.location.line):\($0.location.column)" },
                       ["exempt@14:20", "exempt@16:32", "amount@16:45", "share@16:56"])
    }

    func testUndefinedReferenceIsAnErrorAtItsColumnAndUnusedFiguresWarn() {
        let yaml = TestSupport.minimalReply(declared + "closing: 共办理{exemt}件。\n")
        let diagnostics = TestSupport.diagnostics(yaml)
        XCTAssertEqual(diagnostics.map { "\($0.code.rawValue)@\($0.location!.line):\($0.location!.column)" },
                       ["W051@10:3", "W051@11:3", "W051@12:3", "E050@13:13"])
        XCTAssertEqual(diagnostics.last?.help, "是否想写“{exempt}”？")
    }

    func testBadValuesAndThousandsAreRejected() {
        let yaml = TestSupport.minimalReply("""
        figures:
          a: {value: 3千, unit: 人}
          b: {value: 3, scale: 千, unit: 人}
          c: {value: "1,200", unit: 元}
          d: {value: [1, 2, 3]}
        closing: "{a}{b}{c}{d}"

        """)
        XCTAssertEqual(TestSupport.diagnostics(yaml).filter { $0.severity == .error }.map(\.code.rawValue), ["E052", "E052", "E052", "E052"])
        // Beside a good figure too, a wrong value is one error, not also an undefined reference.
        let mixed = TestSupport.minimalReply("figures:\n  good: {value: 3}\n  bad: {value: 1e3}\nclosing: \"{good}{bad}\"\n")
        XCTAssertEqual(TestSupport.diagnostics(mixed).map(\.code.rawValue), ["E052"])
    }

    func testWithoutFiguresBracesAreText() throws {
        XCTAssertTrue(try TestSupport.text(TestSupport.minimalReply("closing: 见{附件}。\n")).contains("　　见{附件}。\n"))
        let withFigures = TestSupport.minimalReply("figures:\n  x: {value: 1}\nclosing: \"{x}与{{x}}\"\n")
        XCTAssertTrue(try TestSupport.text(withFigures).contains("　　1与{{x}}\n"))
    }
}
