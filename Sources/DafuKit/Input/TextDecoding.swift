import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes to text. UTF-8, with or without a byte-order mark, is the format; CRLF line ends are
/// accepted. A file in GB18030 (GBK, GB2312 — what Chinese Windows saves by default) is
/// transcoded with a warning naming the encoding, UTF-16 with a byte-order mark likewise.
/// Binary files and bytes that are neither UTF-8 nor GB18030 are errors at the first bad byte.
enum TextDecoding {
    static func decode(_ data: Data, file: String) -> Result<(String, [Diagnostic]), Diagnostic> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Validating from contiguous bytes takes the fast path (a Data walked element by
        // element was most of the time spent loading a reply).
        let validated = bytes.withUnsafeBytes { raw in String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) }
        if let text = validated {
            if contains(bytes, 0) { return .failure(binary(file)) }
            return .success((contains(bytes, 0x0D) ? normalizedLineEnds(text) : text, []))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: bytes, encoding: .utf16) {
            return .success((normalizedLineEnds(text), [.transcoded("UTF-16", file: file)]))
        }
        if contains(bytes.prefix(8192), 0) { return .failure(binary(file)) }
        if let text = gb18030(bytes), text.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) {
            return .success((normalizedLineEnds(text), [.transcoded("GB18030（GBK）", file: file)]))
        }
        return .failure(invalidUTF8(bytes, file: file))
    }

    /// Whether `data` holds `byte`, with memchr (Data's own iterator walks byte by byte).
    private static func contains(_ data: Data, _ byte: UInt8) -> Bool {
        data.withUnsafeBytes { raw in raw.count > 0 && memchr(raw.baseAddress!, Int32(byte), raw.count) != nil }
    }

    private static func normalizedLineEnds(_ text: String) -> String {
        text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    private static func binary(_ file: String) -> Diagnostic {
        .binaryFile(file)
    }

    /// GB18030 through the C library's iconv; nil when the bytes are not GB18030.
    static func gb18030(_ bytes: Data) -> String? {
        transcode(bytes, from: "GB18030", to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// `bytes` in the encoding `from` converted to `to` by the C library's iconv; nil when they
    /// are not text in `from` or hold a character `to` cannot write.
    static func transcode(_ bytes: Data, from: String, to: String) -> Data? {
        #if canImport(Glibc)
        let converter = iconv_open(to, from)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: bytes.count)
        bytes.withUnsafeBytes { raw in
            for (index, byte) in raw.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        // Between UTF-8 and GB18030 a character at most doubles (U+0080–U+07FF: 2 bytes → 4).
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return Data(output.prefix(converted).map { UInt8(bitPattern: $0) })
        #else
        return nil
        #endif
    }

    /// E002 at the first byte that is not UTF-8.
    private static func invalidUTF8(_ bytes: Data, file: String) -> Diagnostic {
        let array = Array(bytes)
        var line = 1, column = 1, index = 0
        while index < array.count {
            let byte = array[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= array.count,
                  String(validating: array[index..<index + length], as: UTF8.self) != nil else { break }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return .invalidUTF8(byte: index + 1, at: SourceLocation(file: file, line: line, column: column))
    }
}

/// Rejects nesting too deep for a reply before the YAML library recurses into it (a crafted
/// file of thousands of nested `[` would otherwise exhaust a worker thread's stack).
enum NestingGuard {
    static let maxFlowDepth = Limits.replyNesting
    static let maxIndent = Limits.replyIndent

    static func check(_ text: String, file: String) -> Diagnostic? {
        var copy = text
        return copy.withUTF8 { bytes in scan(bytes, file: file) }
    }

    /// Structural characters are ASCII, so the UTF-8 bytes are scanned; the column is counted
    /// in characters only when there is something to report.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic? {
        var depth = 0, line = 1, lineStart = 0
        var quote: UInt8 = 0
        var atLineStart = true, indent = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A {
                line += 1; lineStart = offset + 1; atLineStart = true; indent = 0; quote = 0
                continue
            }
            if atLineStart {
                if byte == 0x20 {
                    indent += 1
                    if indent > maxIndent { return tooDeep(file, line, column(bytes, lineStart, offset)) }
                    continue
                }
                atLineStart = false
            }
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case 0x22, 0x27: quote = byte                  // " '
            case 0x23: if depth == 0 { quote = 0x0A }      // # comment: to the end of the line
            case 0x5B, 0x7B:                               // [ {
                depth += 1
                if depth > maxFlowDepth { return tooDeep(file, line, column(bytes, lineStart, offset)) }
            case 0x5D, 0x7D: depth = max(0, depth - 1)     // ] }
            default: break
            }
        }
        return nil
    }

    /// The 1-based character column of the byte at `offset` on a line starting at `lineStart`.
    private static func column(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ offset: Int) -> Int {
        // Count the bytes that start a character (every byte but UTF-8 continuation bytes).
        (lineStart...offset).filter { bytes[$0] & 0xC0 != 0x80 }.count
    }

    private static func tooDeep(_ file: String, _ line: Int, _ column: Int) -> Diagnostic {
        .nestingTooDeep(at: SourceLocation(file: file, line: line, column: column), limit: maxFlowDepth)
    }
}
