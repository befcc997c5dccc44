import Foundation
import XCTest
@testable import DafuKit

/// The GB/T 9704-2012 rules, each as measurements of a specimen's pages against what its
/// blocks say should be there.
extension Specimen {
    private var signatures: [SignatureBlock] {
        blocks.compactMap { if case .signature(let signature) = $0 { signature } else { nil } }
    }

    /// 7.3.5: 署名 and 成文日期, sealed or unsealed, and the blank line above them.
    func signature() throws -> [Measurement] {
        var out: [Measurement] = []
        for block in signatures {
            let issuer = try block.issuer.map { try XCTUnwrap(find($0, last: true), "\(name): 署名 \($0) not on the page") }
            let date = try block.date.map { try XCTUnwrap(find($0, last: true), "\(name): 成文日期 \($0) not on the page") }
            if let top = issuer ?? date, let above = line(before: top) {
                out.append(vertical("正文下空一行 (7.3.5), lines", lines(from: above.box, to: top.first.box), 2))
            }
            switch (block.issuer, issuer, block.date, date) {
            case let (issuerText?, issuer?, dateText?, date?):
                out.append(vertical("成文日期在署名下一行, lines", lines(from: issuer.first.box, to: date.first.box), 1))
                out += pair(issuer: issuer.first.box, issuerText, date: date.first.box, dateText)
            case let (_, alone?, _, nil), let (_, nil, _, alone?):
                out.append(Measurement(rule: "署名或成文日期单独一行, 右空", value: fromRight(alone.first.box.xMax),
                                       expected: SignaturePlacement.alone(mode: style.signature)))
            default:
                break
            }
        }
        return out
    }

    /// The issuer and the date as a pair. The rules that hold whatever width a renderer gives the
    /// date are measured as they are; where the standard ties a position to the date's width
    /// (unsealed: a long date 右空二字; sealed: the date 右空四字 under a centred issuer), the
    /// date's extra width on this page — what it sets beyond the arithmetic's half-character
    /// digits — is shown and accounted for.
    private func pair(issuer: Box, _ issuerText: String, date: Box, _ dateText: String) -> [Measurement] {
        let dateWidth = SignaturePlacement.width(dateText)
        let place = SignaturePlacement.place(issuerWidth: SignaturePlacement.width(issuerText), dateWidth: dateWidth, mode: style.signature)
        let extra = (date.xMax - date.xMin) / char - dateWidth
        let shown = String(format: "%.2f", extra)
        switch style.signature {
        case .unsealed:
            return [
                Measurement(rule: "署名右空 (7.3.5.2)", value: fromRight(issuer.xMax), expected: place.issuer),
                Measurement(rule: "日期首字比署名首字右移二字 (7.3.5.2)", value: fromLeft(date.xMin) - fromLeft(issuer.xMin), expected: 2),
                Measurement(rule: "成文日期右空 (7.3.5.2) + the date's extra width \(shown)", value: fromRight(date.xMax) + extra,
                            expected: place.date),
            ]
        case .sealed where place.issuer > 0:
            return [
                Measurement(rule: "署名以成文日期为准居中 (7.3.5.1)", value: offCentre(issuer) - offCentre(date), expected: 0),
                Measurement(rule: "成文日期右空四字 (7.3.5.1) + half the date's extra width \(shown)",
                            value: fromRight(date.xMax) + extra / 2, expected: 4),
            ]
        case .sealed:
            return [
                Measurement(rule: "署名 too long to centre over the date: 右空 (7.3.5.1)", value: fromRight(issuer.xMax), expected: 0),
                Measurement(rule: "成文日期右空四字 (7.3.5.1)", value: fromRight(date.xMax), expected: 4),
            ]
        }
    }

    /// 7.3.6: each 附注 居左空二字, in parentheses, the first on the line after the date.
    func notes() throws -> [Measurement] {
        var out: [Measurement] = []
        for block in signatures where !block.notes.isEmpty {
            guard var above = (block.date ?? block.issuer).flatMap({ find($0, last: true) }) else { continue }
            for note in block.notes {
                let found = try XCTUnwrap(find(note, last: true), "\(name): 附注 \(note) not on the page")
                out.append(Measurement(rule: "附注居左空二字 (7.3.6)", value: fromLeft(found.first.box.xMin), expected: 2))
                out.append(holds("附注加圆括号 (7.3.6): \(note)", note.hasPrefix("（") && note.hasSuffix("）")))
                if found.page == above.page {
                    out.append(vertical("附注在上一行之下一行 (7.3.6), lines", lines(from: above.lines.last!.box, to: found.first.box), 1))
                }
                above = found
            }
        }
        return out
    }
}
