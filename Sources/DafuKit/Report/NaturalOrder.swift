/// Order for numbers as offices write them: digit runs compare as numbers (2 < 10 < 0257,
/// 提案12 < 提案100), other characters as text; equal ones by their spelling (012 after 12).
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let left = chunks(a), right = chunks(b)
        for (x, y) in zip(left, right) where x != y {
            switch (x.isNumber, y.isNumber) {
            case (true, true):
                let p = x.digits.drop { $0 == "0" }, q = y.digits.drop { $0 == "0" }
                if p.count != q.count { return p.count < q.count }
                if p != q { return p < q }
            case (true, false): return true
            case (false, true): return false
            case (false, false): return x.digits < y.digits
            }
        }
        return left.count != right.count ? left.count < right.count : a < b
    }

    private struct Chunk: Equatable {
        var digits: Substring
        var isNumber: Bool
    }

    private static func chunks(_ text: String) -> [Chunk] {
        var chunks: [Chunk] = []
        var start = text.startIndex
        while start < text.endIndex {
            let isNumber = text[start].isASCII && text[start].isNumber
            let end = text[start...].firstIndex { ($0.isASCII && $0.isNumber) != isNumber } ?? text.endIndex
            chunks.append(Chunk(digits: text[start..<end], isNumber: isNumber))
            start = end
        }
        return chunks
    }
}
