import Crypto
import Foundation

/// Output/manifest.json: every input, its outputs and their SHA-256 — in input order, with no
/// time stamps, so re-running on unchanged inputs gives the same bytes.
public struct Manifest: Sendable {
    public struct Output: Sendable {
        public var path: String
        public var sha256: String
    }

    public struct Entry: Sendable {
        public var input: String
        /// Position in a multi-document stream (1-based), when the file holds several.
        public var document: Int?
        public var outputs: [Output] = []
        /// Diagnostics codes of errors, when the reply failed.
        public var errors: [String] = []
    }

    public var entries: [Entry] = []

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The manifest as pretty-printed JSON with sorted keys.
    public func json() throws -> Data {
        let list: [[String: Any]] = entries.map { entry in
            var object: [String: Any] = [
                "input": entry.input,
                "outputs": entry.outputs.map { ["path": $0.path, "sha256": $0.sha256] },
            ]
            if let document = entry.document { object["document"] = document }
            if !entry.errors.isEmpty { object["errors"] = entry.errors }
            return object
        }
        var data = try JSONSerialization.data(withJSONObject: ["generator": "dafu", "replies": list],
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
