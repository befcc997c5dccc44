import XCTest
@testable import DafuKit

/// The byte-level scans that stand in for walks over characters on every text of a batch
/// must answer exactly as the character-level rules they replace, whatever stands around
/// the character looked for (one-, two-, three- and four-byte UTF-8 neighbours).
final class ByteScanTests: XCTestCase {
    /// Neighbours of every UTF-8 length, and characters whose bytes resemble the ones looked for.
    private let neighbours = ["", "a", "é", "中", "号", "。", "—", "“", "￼", "𠀀", "😀", "\u{2027}", "\u{FFFD}", "\u{A0}", "\u{9F}"]

    private func texts(around probes: [String]) -> [String] {
        var texts: [String] = []
        for probe in probes {
            for before in neighbours {
                for after in neighbours { texts.append(before + probe + after) }
            }
        }
        return texts
    }

    func testForbiddenCharacterScanAgreesWithTheScalarRule() {
        let forbidden = ["\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{2028}", "\u{2029}"]
        let allowed = ["\t", "\n", "\r", " ", "~", "\u{A0}", "\u{FFFD}", "\u{FFEF}", "\u{2027}", "\u{202A}", "\u{E000}", "𠀀"]
        for text in texts(around: forbidden + allowed) {
            for lineBreaks in [false, true] {
                let expected = text.unicodeScalars.contains { XMLCharacters.isForbidden($0) || (lineBreaks && XMLCharacters.isLineBreak($0)) }
                XCTAssertEqual(XMLCharacters.holdsForbidden(text, orLineBreak: lineBreaks), expected,
                               "\(text.unicodeScalars.map { String($0.value, radix: 16) }) lineBreaks: \(lineBreaks)")
            }
        }
    }

    func testScalarSearchFindsOnlyTheWholeScalar() {
        for text in texts(around: ["\u{2028}", "\u{2029}", "\u{2027}", "\u{E2}", "中"]) {
            XCTAssertEqual(XMLCharacters.contains(text, scalar: "\u{2028}"), text.unicodeScalars.contains("\u{2028}"),
                           "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The typography rules run only when the pre-scan says they may act: wherever a rule
    /// would change a text, the pre-scan must let it.
    func testTypographyPreScanNeverSkipsARuleThatWouldAct() {
        let probes = ["中,文", "中:文", "中(文)", "中!", "中?", "中;文", "\"中\"", "'中'", "测发[2025]3号", "测发(2025)3号",
                      "测发【2025】3号", "测发〔2025〕3号", "测发（2025）3号", "1-4月", "1~4月", "1～4月", "1－4月", "1–4月", "1—4月",
                      "见 http://a.cn/b,c", "a@b.cn,中"]
        for text in texts(around: probes) {
            let needs = Typography.Needs(text)
            for rule in Typography.rules {
                var protected = [Bool](repeating: false, count: text.unicodeScalars.count)
                let scalars = Array(text.unicodeScalars)
                if rule.apply(scalars, &protected) != scalars {
                    XCTAssertTrue(needs.allows(rule.name), "\(rule.name) would change “\(text)” but the pre-scan skips it")
                }
            }
        }
    }
}
