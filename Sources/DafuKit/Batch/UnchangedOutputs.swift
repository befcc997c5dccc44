import Foundation

/// Which replies a batch need not render again: those whose input bytes, layout (template,
/// partials, style tables) and dafu build are what the last run's manifest recorded, and whose
/// outputs on disk still have the SHA-256 it recorded. A reply that failed last time is always
/// rendered again (so its errors are reported again).
struct UnchangedOutputs: Sendable {
    private let previous: [String: [Manifest.Entry]]
    private let fingerprints: [String: String]
    /// The file endings the run writes for each reply, in order.
    private let extensions: [String]
    private let directory: String

    /// nil when nothing can be kept: no readable manifest, another build of dafu, or another
    /// `--template` choice.
    init?(directory: String, run: Manifest.Run, formats: [OutputFormat], fingerprints: [String: String]) {
        guard let previous = Manifest.read(directory: directory), previous.run == run else { return nil }
        self.previous = previous.entries
        self.fingerprints = fingerprints
        extensions = formats.map(\.fileExtension)
        self.directory = directory
    }

    /// The last run's entries for `file`, one per document, when every one of them still holds.
    func entries(for file: String, inputSHA256: String) -> [Manifest.Entry]? {
        guard let entries = previous[file], !entries.isEmpty else { return nil }
        for entry in entries {
            guard entry.errors == nil, entry.inputSHA256 == inputSHA256,
                  let layout = entry.layout, let fingerprint = fingerprints[layout], entry.layoutSHA256 == fingerprint,
                  entry.outputs.count == extensions.count,
                  zip(entry.outputs, extensions).allSatisfy({ $0.path.hasSuffix("." + $1) }) else { return nil }
        }
        for output in entries.flatMap(\.outputs) {
            let path = (directory as NSString).appendingPathComponent(output.path)
            guard Manifest.sha256(ofFileAt: path) == output.sha256 else { return nil }
        }
        return entries
    }
}
