import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Output/manifest.json: every input, its outputs and their SHA-256 — in input order, with no
/// time stamps, so re-running on unchanged inputs gives the same bytes. Entries are encoded and
/// written one at a time as the batch goes, so memory does not grow with the number of inputs.
/// Each entry also records what its outputs were made from (the input's SHA-256, the layout
/// and its fingerprint; the build of dafu and the `--template` choice for the whole run), so
/// the next run can keep outputs whose sources did not change (`UnchangedOutputs`).
package enum Manifest {
    package struct Output: Codable, Sendable {
        package var path: String
        package var sha256: String
    }

    /// The line that marks a manifest as dafu's (a folder holding one is an output folder).
    static let generatorField = "\"generator\" : \"dafu\""

    package struct Entry: Codable, Sendable {
        package var input: String
        /// Position in a multi-document stream (1-based), when the file holds several.
        package var document: Int?
        package var outputs: [Output] = []
        /// Codes of the errors, when the reply failed.
        package var errors: [String]?
        /// SHA-256 of the input file's bytes.
        package var inputSHA256: String?
        /// The layout the reply was rendered with, and its fingerprint (`LayoutFingerprints`).
        package var layout: String?
        package var layoutSHA256: String?

        package init(input: String, document: Int?, outputs: [Output] = [], errors: [String]? = nil) {
            self.input = input
            self.document = document
            self.outputs = outputs
            self.errors = errors
        }

        enum CodingKeys: String, CodingKey {
            case input, document, outputs, errors, layout
            case inputSHA256 = "input_sha256"
            case layoutSHA256 = "layout_sha256"
        }
    }

    /// What a run records about itself: the build of dafu and the `--template` given.
    package struct Run: Codable, Sendable, Equatable {
        package var dafu: String
        package var template: String?
    }

    /// A manifest as read back: the run that wrote it and its entries by input.
    struct Previous {
        var run: Run
        var entries: [String: [Entry]]
    }

    private struct File: Decodable {
        var dafu: String?
        var template: String?
        var replies: [Entry]
    }

    /// Where a batch into `directory` keeps its manifest.
    static func path(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("manifest.json")
    }

    /// The manifest in `directory`, or nil when there is none or it cannot be read (then
    /// nothing counts as unchanged).
    static func read(directory: String) -> Previous? {
        guard let data = try? FileInput.read(path(in: directory), limit: Limits.manifestBytes),
              let file = try? JSONDecoder().decode(File.self, from: data), let dafu = file.dafu else { return nil }
        var entries: [String: [Entry]] = [:]
        for entry in file.replies { entries[entry.input, default: []].append(entry) }
        return Previous(run: Run(dafu: dafu, template: file.template), entries: entries)
    }

    /// SHA-256 of the file at `path`, read in blocks; nil when it cannot be read.
    static func sha256(ofFileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hash = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            buffer.withUnsafeBytes { hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
        }
        return hex(hash.finalize())
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
    /// The first write error (a full disk is an error to report, not a crash) is kept: later
    /// entries are not written, and `finish` throws it instead of renaming a manifest with
    /// entries missing or cut off over the last good one. `discard` removes the staged file.
    final class Writer {
        private let descriptor: Int32
        private let temporary: String
        /// manifest.json's path, for messages.
        let path: String
        private let encoder = JSONEncoder()
        private var count = 0
        private var closed = false
        /// The first append that failed.
        private var failure: POSIXError?

        init(directory: String, run: Run) throws(POSIXError) {
            path = Manifest.path(in: directory)
            temporary = FileOutput.stagingPath(in: directory, FileOutput.batchStagingLabel + "manifest-")
            descriptor = try FileOutput.create(temporary)
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do throws(POSIXError) {
                // The run's fields first, then the generator and the list.
                guard let header = try? encoder.encode(run), header.count > 4 else { throw POSIXError(.EINVAL) }
                let fields = String(decoding: header.dropFirst(2).dropLast(2), as: UTF8.self)
                try FileOutput.write(descriptor, Data("{\n\(fields),\n  \(Manifest.generatorField),\n  \"replies\" : [".utf8))
            } catch {
                discard()
                throw error
            }
        }

        /// Appends an entry, unless an earlier one failed; a failure is kept for `finish`.
        func append(_ entry: Entry) {
            guard failure == nil else { return }
            do throws(POSIXError) {
                guard let encoded = try? encoder.encode(entry) else { throw POSIXError(.EINVAL) }
                // Indented by four spaces after each line break, in the bytes (splitting the
                // JSON as a String was a quarter of this function's time).
                var indented = Array((count == 0 ? "\n    " : ",\n    ").utf8)
                indented.reserveCapacity(encoded.count + 256)
                for byte in encoded {
                    indented.append(byte)
                    if byte == 0x0A { indented.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
                }
                try FileOutput.write(descriptor, Data(indented))
                count += 1
            } catch {
                failure = error
            }
        }

        /// Closes the list and renames the file to manifest.json; throws the first failed
        /// append instead, leaving the last manifest in place (call `discard` then).
        func finish() throws(POSIXError) {
            if let failure { throw failure }
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
