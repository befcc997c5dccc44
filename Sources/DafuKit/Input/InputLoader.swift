import Foundation
import Yams

/// The replies of one input file (a YAML stream may hold several, `---` separated), with
/// everything found wrong in it.
public struct LoadedFile: Sendable {
    /// The file as named by the user (`<stdin>` for standard input).
    public var file: String
    /// The decoded text, for printing source lines under diagnostics.
    public var text: String
    /// Replies that decoded without errors, in order, with their position in the stream.
    public var replies: [(index: Int, reply: ReplyInput)]
    /// How many documents the stream held.
    public var documentCount: Int
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads input files: bytes → text → YAML documents → typed replies.
public enum InputLoader {
    /// Reads the file at `path` (or standard input for `-`).
    public static func load(path: String) -> LoadedFile {
        let name = path == "-" ? "<stdin>" : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                return LoadedFile(file: name, text: "", replies: [], documentCount: 0,
                                  diagnostics: [.error("E002", "无法读取文件“\(path)”", at: nil)])
            }
            data = contents
        }
        return load(data: data, file: name)
    }

    /// Decodes the bytes of an input file named `file`.
    public static func load(data: Data, file: String) -> LoadedFile {
        switch TextDecoding.decode(data, file: file) {
        case .failure(let diagnostic):
            return LoadedFile(file: file, text: "", replies: [], documentCount: 0, diagnostics: [diagnostic])
        case .success(let text):
            return load(text: text, file: file)
        }
    }

    /// Decodes YAML text: every document of the stream, every problem at once.
    public static func load(text: String, file: String) -> LoadedFile {
        var result = LoadedFile(file: file, text: text, replies: [], documentCount: 0, diagnostics: [])
        do {
            var documents = try Yams.compose_all(yaml: text)
            var index = 0
            while let node = documents.next() {
                index += 1
                let reader = NodeReader(file: file)
                let reply = ReplyInput.decode(node, reader: reader)
                result.diagnostics += reader.diagnostics
                if let reply, !reader.diagnostics.contains(where: { $0.severity == .error }) {
                    result.replies.append((index, reply))
                }
            }
            result.documentCount = index
            // The stream stops at a syntax error; the documents before it are still reported.
            if let error = documents.error { result.diagnostics.append(YAMLErrors.diagnostic(for: error, file: file)) }
        } catch {
            result.diagnostics.append(YAMLErrors.diagnostic(for: error, file: file))
        }
        result.diagnostics = Diagnostic.sortedByLocation(result.diagnostics)
        if result.documentCount == 0, !result.hasErrors {
            result.diagnostics.append(.error("E003", "文件中没有答复数据（文件为空）", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return result
    }
}

/// Bytes to text: UTF-8, with or without a byte-order mark; CRLF line ends are accepted.
enum TextDecoding {
    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        }
        return .failure(invalidUTF8(bytes, file: file))
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
        return .error("E002", "文件不是有效的 UTF-8 编码（第\(index + 1)字节）", at: SourceLocation(file: file, line: line, column: column),
                      help: "请将文件另存为 UTF-8 编码")
    }
}
