/// Suggestions for misspelt names ("did you mean").
enum EditDistance {
    /// Edit distance between two strings, by Unicode scalar, where swapping two neighbours
    /// (titel → title) counts as one edit (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The closest candidate, if it is close enough to be a plausible typo; else the one
    /// candidate that starts with the name (`time-range` for `time-range-dash`, `联系` for 联系人).
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        let length = best.0.unicodeScalars.count
        let limit = length <= 3 ? 1 : length <= 8 ? 2 : 3
        if best.1 <= limit { return best.0 }
        let minimum = lowered.unicodeScalars.contains { !$0.isASCII } ? 2 : 4
        guard lowered.unicodeScalars.count >= minimum else { return nil }
        let starting = Set(candidates.filter { $0.lowercased().hasPrefix(lowered) })
        return starting.count == 1 ? starting.first : nil
    }
}
