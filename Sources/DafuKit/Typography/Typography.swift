import Foundation

/// Punctuation per GB/T 15834-2011, applied to data texts at render time (a template may turn
/// it off with `typography: false`). Each rule is a row of `rules`, tested on its own; none
/// changes anything inside a URL, an e-mail address, a Latin word or a number.
package enum Typography {
    /// One rule: its name (used by `dafu lint`), what it does, and the function doing it.
    package struct Rule: Sendable {
        package let name: String
        package let summary: String
        let apply: @Sendable ([Unicode.Scalar], inout [Bool]) -> [Unicode.Scalar]
    }

    /// The rules, in the order they are applied.
    package static let rules: [Rule] = [
        Rule(name: "full-width-punctuation", summary: "中文之间的半角 , : ; ( ) ! ? 改为全角", apply: { fullWidthPunctuation($0, &$1) }),
        Rule(name: "curly-quotes", summary: "直引号改为成对的“”，内层用‘’", apply: { curlyQuotes($0, &$1) }),
        Rule(name: "document-number-brackets", summary: "发文字号的年份用六角括号〔〕", apply: { documentNumberBrackets($0, &$1) }),
        Rule(name: "time-range-dash", summary: "时间起止用一字线：1—4月", apply: { timeRangeDash($0, &$1) }),
    ]

    /// `text` with every rule applied.
    package static func apply(_ text: String) -> String {
        apply(text, rules: rules)
    }

    /// `text` with the given rules applied.
    package static func apply(_ text: String, rules: [Rule]) -> String {
        // One pass over the bytes decides which rules can act at all: most Chinese paragraphs
        // need none, and then nothing is copied (this runs on every text of a batch).
        let needed = Needs(text)
        let active = rules.filter { needed.allows($0.name) }
        guard !active.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        var protected = needed.mayHaveAddresses ? protectedRanges(scalars) : [Bool](repeating: false, count: scalars.count)
        for rule in active { scalars = rule.apply(scalars, &protected) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// What a text contains, from its UTF-8 bytes.
    struct Needs {
        var asciiPunctuation = false
        var quotes = false
        var documentNumber = false
        var dash = false
        var mayHaveAddresses = false
        private var slash = false

        init(_ text: String) {
            var text = text
            var digit = false, bracket = false, hao = false
            text.withUTF8 { bytes in
                // Valid UTF-8: one step per character; three-byte characters are compared whole.
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        switch byte {
                        case 0x2C, 0x3A, 0x3B, 0x28, 0x29, 0x21, 0x3F: asciiPunctuation = true
                        case 0x22, 0x27: quotes = true
                        case 0x5B: bracket = true
                        case 0x2D, 0x7E: dash = true
                        case 0x40: mayHaveAddresses = true
                        case 0x30...0x39: digit = true
                        case 0x2F: slash = true
                        default: break
                        }
                        index += 1
                    } else if byte < 0xE0 {
                        index += 2
                    } else if byte < 0xF0 {
                        // 【 E3 80 90, （ EF BC 88, 〔 E3 80 94, 号 E5 8F B7, ～ EF BD 9E, － EF BC 8D,
                        // – E2 80 93, — E2 80 94.
                        switch (byte, bytes[index + 1], bytes[index + 2]) {
                        case (0xE3, 0x80, 0x90), (0xEF, 0xBC, 0x88), (0xE3, 0x80, 0x94): bracket = true
                        case (0xE5, 0x8F, 0xB7): hao = true
                        case (0xEF, 0xBD, 0x9E), (0xEF, 0xBC, 0x8D), (0xE2, 0x80, 0x93), (0xE2, 0x80, 0x94): dash = true
                        default: break
                        }
                        index += 3
                    } else {
                        index += 4
                    }
                }
            }
            documentNumber = (bracket || asciiPunctuation) && hao && digit
            dash = dash && digit
            mayHaveAddresses = mayHaveAddresses || (asciiPunctuation && slash)
        }

        func allows(_ rule: String) -> Bool {
            switch rule {
            case "full-width-punctuation": return asciiPunctuation
            case "curly-quotes": return quotes
            case "document-number-brackets": return documentNumber
            case "time-range-dash": return dash
            default: return true
            }
        }
    }

    // MARK: Character classes

    static func isChinese(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x20000...0x2FFFF).contains(s.value)
    }

    /// Full-width punctuation that counts as Chinese context (a closing quote, bracket …).
    static func isChinesePunctuation(_ s: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(s.value) || (0xFF00...0xFF0F).contains(s.value) || [0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026].contains(s.value)
            || (0xFF1A...0xFF1F).contains(s.value)
    }

    static func isChineseContext(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return isChinese(s) || isChinesePunctuation(s)
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar?) -> Bool {
        guard let s, s.isASCII else { return false }
        return (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }

    /// URLs and e-mail addresses: no rule touches them.
    static func protectedRanges(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var protected = [Bool](repeating: false, count: scalars.count)
        let text = String(String.UnicodeScalarView(scalars))
        guard text.contains("://") || text.contains("www.") || text.contains("@") else { return protected }
        let patterns = [#"[A-Za-z][A-Za-z0-9+.-]*://[!-~]+"#, #"www\.[!-~]+"#, #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let utf16 = text.utf16
            for match in regex.matches(in: text, range: NSRange(location: 0, length: utf16.count)) {
                guard let range = Range(match.range, in: text) else { continue }
                let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                let length = text.unicodeScalars[range].count
                for i in start..<min(start + length, protected.count) { protected[i] = true }
            }
        }
        return protected
    }

    // MARK: Rules

    /// , : ; ! ? after Chinese become ，：；！？; ( ) around Chinese become （ ）.
    static func fullWidthPunctuation(_ s: [Unicode.Scalar], _ protected: inout [Bool]) -> [Unicode.Scalar] {
        let map: [Unicode.Scalar: Unicode.Scalar] = [",": "，", ":": "：", ";": "；", "!": "！", "?": "？"]
        var out = s
        var openConverted: [Bool] = []
        for i in s.indices where !protected[i] {
            let previous = i > 0 ? out[i - 1] : nil
            let next = i + 1 < s.count ? s[i + 1] : nil
            switch s[i] {
            case ",", ":", ";", "!", "?":
                // Next to Chinese they widen; 3,5 and 10:30 and "Hello, world" stay.
                if isChineseContext(previous) || isChineseContext(next) { out[i] = map[s[i]]! }
            case "(":
                let chinese = isChineseContext(next) || isChineseContext(previous)
                openConverted.append(chinese)
                if chinese { out[i] = "（" }
            case ")":
                let converted = openConverted.popLast() ?? isChineseContext(previous)
                if converted { out[i] = "）" }
            default:
                break
            }
        }
        return out
    }

    /// Straight quotes paired into “” (outer) and ‘’ (inner); an apostrophe inside a Latin word
    /// stays. With an odd number of quotes nothing is changed (the pairing would be a guess).
    static func curlyQuotes(_ s: [Unicode.Scalar], _ protected: inout [Bool]) -> [Unicode.Scalar] {
        let doubles = s.indices.filter { s[$0] == "\"" && !protected[$0] }
        let singles = s.indices.filter { i in
            s[i] == "'" && !protected[i] && !(isASCIIAlphanumeric(i > 0 ? s[i - 1] : nil) && isASCIIAlphanumeric(i + 1 < s.count ? s[i + 1] : nil))
        }
        var out = s
        if !doubles.isEmpty, doubles.count % 2 == 0 {
            for (n, i) in doubles.enumerated() { out[i] = n % 2 == 0 ? "\u{201C}" : "\u{201D}" }
        }
        if !singles.isEmpty, singles.count % 2 == 0 {
            // Single quotes inside double ones are the inner level: ‘’.
            for (n, i) in singles.enumerated() { out[i] = n % 2 == 0 ? "\u{2018}" : "\u{2019}" }
        }
        return out
    }

    /// 〔2025〕 for the year of a document number written [2025], 【2025】, （2025） or (2025)
    /// before its serial number and 号.
    static func documentNumberBrackets(_ s: [Unicode.Scalar], _ protected: inout [Bool]) -> [Unicode.Scalar] {
        let opens: Set<Unicode.Scalar> = ["[", "【", "（", "(", "〔"]
        let closes: Set<Unicode.Scalar> = ["]", "】", "）", ")", "〕"]
        var out = s
        var i = 0
        while i + 5 < s.count {
            guard opens.contains(s[i]), !protected[i], (1...4).allSatisfy({ ("0"..."9").contains(s[i + $0]) }), closes.contains(s[i + 5]) else {
                i += 1
                continue
            }
            var j = i + 6
            while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
            if j > i + 6, j < s.count, s[j] == "号" {
                out[i] = "〔"
                out[i + 5] = "〕"
            }
            i = j
        }
        return out
    }

    /// 1—4月, 2024—2026年: a hyphen, tilde or dash between two numbers of a time range becomes
    /// an 一字线 (phone numbers 0373-1234567 and ISO dates stay).
    static func timeRangeDash(_ s: [Unicode.Scalar], _ protected: inout [Bool]) -> [Unicode.Scalar] {
        let dashes: Set<Unicode.Scalar> = ["-", "~", "～", "－", "–", "—"]
        let units: Set<Unicode.Scalar> = ["年", "月", "日", "时"]
        var out = s
        for i in s.indices where dashes.contains(s[i]) && !protected[i] && i > 0 && ("0"..."9").contains(s[i - 1]) {
            var j = i + 1
            while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
            guard j > i + 1, j < s.count, units.contains(s[j]) else { continue }
            // The first number must not itself continue a date (2025-05-14 stays).
            var k = i - 1
            while k > 0, ("0"..."9").contains(s[k - 1]) { k -= 1 }
            if k > 0, dashes.contains(s[k - 1]) { continue }
            out[i] = "—"
        }
        return out
    }
}
