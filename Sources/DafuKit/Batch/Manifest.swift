import Crypto
import Foundation

/// Output/manifest.json: every input, its outputs and their SHA-256 — in input order, with no
/// time stamps, so re-running on unchanged inputs gives the same bytes. Entries are encoded and
/// written one at a time as the batch goes, so memory does not grow with the number of inputs.
public enum Manifest {
    public struct Output: Codable, Sendable {
        public var path: String
        public var sha256: String
    }

    public struct Entry: Codable, Sendable {
        public var input: String
        /// Position in a multi-document stream (1-based), when the file holds several.
        public var document: Int?
        public var outputs: [Output] = []
        /// Codes of the errors, when the reply failed.
        public var errors: [String]?

        public init(input: String, document: Int?, outputs: [Output] = [], errors: [String]? = nil) {
            self.input = input
            self.document = document
            self.outputs = outputs
            self.errors = errors
        }
    }

    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lower-case hex of a digest.
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the manifest entry by entry into a staged file, renamed into place at the end.
    final class Writer {
        private let handle: FileHandle
        private let temporary: String
        private let final: String
        private let encoder = JSONEncoder()
        private var count = 0

        init(directory: String) throws {
            final = (directory as NSString).appendingPathComponent("manifest.json")
            temporary = (directory as NSString).appendingPathComponent(".dafu-manifest-\(UUID().uuidString).tmp")
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final])
            }
            self.handle = handle
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            handle.write(Data("{\n  \"generator\" : \"dafu\",\n  \"replies\" : [".utf8))
        }

        func append(_ entry: Entry) throws {
            let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
            let indented = json.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            handle.write(Data(((count == 0 ? "\n" : ",\n") + indented).utf8))
            count += 1
        }

        /// Closes the list and renames the file to manifest.json.
        func finish() throws {
            handle.write(Data(((count == 0 ? "" : "\n  ") + "]\n}\n").utf8))
            try handle.close()
            guard rename(temporary, final) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }

        func discard() {
            try? handle.close()
            unlink(temporary)
        }
    }
}
