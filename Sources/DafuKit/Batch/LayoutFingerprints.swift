import Crypto
import Foundation

/// What each layout's output depends on besides the reply, as one SHA-256: the layout's
/// template, every template it names (partials, the parent it extends), directly or through
/// others, the style tables of all of these, and the default style table. A batch re-renders a
/// reply when its layout's fingerprint changed, so editing one layout re-renders only the
/// replies that use it.
///
/// It is taken from the texts and bytes the pipeline compiled and loaded, not read again from
/// the folder: a template edited after the pipeline loaded it, while a batch starts, then
/// changes the fingerprint on the next run instead of being recorded as what was rendered.
enum LayoutFingerprints {
    /// The fingerprint of every layout of `pipeline`, by name.
    static func of(_ pipeline: Pipeline) -> [String: String] {
        let sources = pipeline.library.sources
        let defaultStyle = pipeline.styleSources["default"] ?? Data()
        var fingerprints: [String: String] = [:]
        for name in pipeline.layouts.keys {
            var hash = SHA256()
            // A layout extending others also takes their style tables: every template reached
            // counts with its style table, if it has one. More than it may need is harmless (a
            // reply is rendered again); less would keep a stale output.
            for used in reachable(from: name, sources.mapValues(\.names)).sorted() {
                hash.update(field: "template " + used, Data((sources[used]?.text ?? "").utf8))
                hash.update(field: "style " + used, pipeline.styleSources[used] ?? Data())
            }
            hash.update(field: "style default", defaultStyle)
            fingerprints[name] = Manifest.hex(hash.finalize())
        }
        return fingerprints
    }

    /// `name` and every template it names, transitively (without recursion: a worklist).
    private static func reachable(from name: String, _ names: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = [name], pending = [name]
        while let next = pending.popLast() {
            for named in names[next, default: []] where seen.insert(named).inserted { pending.append(named) }
        }
        return seen
    }
}

private extension SHA256 {
    /// A labelled field, its length first, so no two sets of fields hash alike.
    mutating func update(field label: String, _ bytes: Data) {
        update(data: Data("\(label) \(bytes.count)\n".utf8))
        update(data: bytes)
    }
}
