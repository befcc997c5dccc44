import Foundation

/// How a text file's bytes hold its text — encoding, byte-order mark, line ends — as
/// `TextDecoding` found them, so that a file written back (the desk's save) keeps the form it
/// had: a file saved by Notepad with a BOM and CRLF, or in GBK by an older Windows editor, is
/// still that file for the drafter's other programs.
package struct TextFileFormat: Sendable, Equatable {
    /// The encodings `TextDecoding` reads.
    package enum Encoding: Sendable, Equatable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
        /// GB18030, which GBK and GB2312 are subsets of: a GBK file stays byte for byte the same.
        case gb18030
    }

    package var encoding: Encoding
    /// Whether the file starts with a byte-order mark (always so for UTF-16).
    package var byteOrderMark: Bool
    /// Whether lines end in CR LF (the file's first line end decides).
    package var crlf: Bool

    /// UTF-8 without a byte-order mark, LF line ends: what dafu writes.
    package static let plain = TextFileFormat(encoding: .utf8, byteOrderMark: false, crlf: false)

    package init(encoding: Encoding, byteOrderMark: Bool, crlf: Bool) {
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
    }

    /// The format of the file whose bytes are `data`; UTF-8 for bytes that are not text.
    package init(of data: Data) {
        let bytes = [UInt8](data)
        if bytes.starts(with: Self.utf16LittleEndianMark) {
            self.init(encoding: .utf16LittleEndian, byteOrderMark: true,
                      crlf: Self.firstLineEndIsCRLF(bytes.dropFirst(2), lineFeed: [0x0A, 0x00], carriageReturn: [0x0D, 0x00]))
        } else if bytes.starts(with: Self.utf16BigEndianMark) {
            self.init(encoding: .utf16BigEndian, byteOrderMark: true,
                      crlf: Self.firstLineEndIsCRLF(bytes.dropFirst(2), lineFeed: [0x00, 0x0A], carriageReturn: [0x00, 0x0D]))
        } else {
            let mark = bytes.starts(with: Self.utf8Mark)
            let body = bytes.dropFirst(mark ? 3 : 0)
            let utf8 = String(validating: body, as: UTF8.self) != nil || TextDecoding.gb18030(Data(body)) == nil
            self.init(encoding: utf8 ? .utf8 : .gb18030, byteOrderMark: mark,
                      crlf: Self.firstLineEndIsCRLF(body, lineFeed: [0x0A], carriageReturn: [0x0D]))
        }
    }

    /// `text` in this format: its line ends (any CR LF in `text` is folded to LF first), its
    /// byte-order mark, its encoding. Nil when the encoding cannot hold a character of `text`.
    package func encoded(_ text: String) -> Data? {
        var text = text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        let mark = byteOrderMark ? Data(Self.utf8Mark) : Data()
        switch encoding {
        case .utf8:
            return mark + Data(text.utf8)
        case .utf16LittleEndian:
            return text.data(using: .utf16LittleEndian).map { Data(Self.utf16LittleEndianMark) + $0 }
        case .utf16BigEndian:
            return text.data(using: .utf16BigEndian).map { Data(Self.utf16BigEndianMark) + $0 }
        case .gb18030:
            return TextDecoding.transcode(Data(text.utf8), from: "UTF-8", to: "GB18030").map { mark + $0 }
        }
    }

    private static let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LittleEndianMark: [UInt8] = [0xFF, 0xFE]
    private static let utf16BigEndianMark: [UInt8] = [0xFE, 0xFF]

    /// Whether the first line feed (a code unit as wide as `lineFeed`) follows a carriage return.
    /// In UTF-8 and GB18030 neither byte occurs inside a multi-byte character.
    private static func firstLineEndIsCRLF(_ bytes: ArraySlice<UInt8>, lineFeed: [UInt8], carriageReturn: [UInt8]) -> Bool {
        let width = lineFeed.count
        var offset = bytes.startIndex
        while offset + width <= bytes.endIndex {
            if bytes[offset..<offset + width].elementsEqual(lineFeed) {
                return offset - width >= bytes.startIndex && bytes[offset - width..<offset].elementsEqual(carriageReturn)
            }
            offset += width
        }
        return false
    }
}

extension TextFileFormat {
    /// Writes `text` back over the file at `path`, whose bytes were `current`, as that file:
    /// in its encoding, byte-order mark and line ends, with its permissions, and — where `path`
    /// is a symbolic link — into the file it points to, so the link stays a link. Through a
    /// staging file and a rename, as every write. The desk's save and `dafu lint --fix` both
    /// write back so.
    package static func rewrite(_ path: String, text: String, current: Data, name: String? = nil) throws(Diagnostic) {
        guard let data = TextFileFormat(of: current).encoded(text) else {
            throw .cannotWrite(name ?? path, cause: "文本中有该文件的编码无法表示的字符")
        }
        var target = path
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        var info = stat()
        try OutputNames.write(data, toFile: target, mode: stat(target, &info) == 0 ? info.st_mode & 0o7777 : nil)
    }
}
