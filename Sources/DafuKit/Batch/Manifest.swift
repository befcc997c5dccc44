import Crypto
import Foundation

/// Output/manifest.json: every input, its outputs and their SHA-256 — in input order, with no
/// time stamps, so re-running on unchanged inputs gives the same bytes. Entries are encoded and
/// written one at a time as the batch goes, so memory does not grow with the number of inputs.
package enum Manifest {
    package struct Output: Codable, Sendable {
        package var path: String
        package var sha256: String
    }

    package struct Entry: Codable, Sendable {
        package var input: String
        /// Position in a multi-document stream (1-based), when the file holds several.
        package var document: Int?
        package var outputs: [Output] = []
        /// Codes of the errors, when the reply failed.
        package var errors: [String]?

        package init(input: String, document: Int?, outputs: [Output] = [], errors: [String]? = nil) {
            self.input = input
            self.document = document
            self.outputs = outputs
            self.errors = errors
        }
    }

    package static func sha256(_ data: Data) -> String {
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
    /// Every write error is thrown (a full disk is an error to report, not a crash); `discard`
    /// removes the staged file.
    final class Writer {
        private let descriptor: Int32
        private let temporary: String
        /// manifest.json's path, for messages.
        let path: String
        private let encoder = JSONEncoder()
        private var count = 0
        private var closed = false

        init(directory: String) throws(POSIXError) {
            path = (directory as NSString).appendingPathComponent("manifest.json")
            temporary = FileOutput.stagingPath(in: directory, "manifest-")
            descriptor = try FileOutput.create(temporary)
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                try FileOutput.write(descriptor, Data("{\n  \"generator\" : \"dafu\",\n  \"replies\" : [".utf8))
            } catch {
                discard()
                throw error
            }
        }

        func append(_ entry: Entry) throws(POSIXError) {
            guard let encoded = try? encoder.encode(entry) else { throw POSIXError(.EINVAL) }
            let json = String(decoding: encoded, as: UTF8.self)
            let indented = json.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            try FileOutput.write(descriptor, Data(((count == 0 ? "\n" : ",\n") + indented).utf8))
            count += 1
        }

        /// Closes the list and renames the file to manifest.json.
        func finish() throws(POSIXError) {
            try FileOutput.write(descriptor, Data(((count == 0 ? "" : "\n  ") + "]\n}\n").utf8))
            closed = true
            try FileOutput.close(descriptor)
            guard rename(temporary, path) == 0 else { throw SystemErrors.current() }
        }

        func discard() {
            if !closed { _ = close(descriptor) }
            closed = true
            unlink(temporary)
        }
    }
}
