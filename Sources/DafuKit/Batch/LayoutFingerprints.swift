import Crypto
import Foundation

/// What each layout's output depends on besides the reply, as one SHA-256: the layout's
/// template, every template it names (partials, the parent it extends), directly or through
/// others, the style tables of all of these, and the default style table. A batch re-renders a reply when its layout's fingerprint changed,
/// so editing one layout re-renders only the replies that use it.
enum LayoutFingerprints {
    /// The fingerprint of every layout in `directory`, by name; read again from the files
    /// (the library keeps compiled templates, not their bytes).
    static func of(directory: String) -> [String: String] {
        let (layoutFiles, partialFiles) = TemplateSource.files(in: directory)
        var texts: [String: String] = [:], includes: [String: Set<String>] = [:]
        for path in layoutFiles + partialFiles {
            let name = TemplateSource.name(ofFile: path)
            guard let text = try? TemplateSource.read(path) else { continue }
            texts[name] = text
            includes[name] = dependencies(TemplateChecks.check(TemplateTags.scan(text), name: name, file: path).outline)
        }
        let defaultStyle = styleBytes(directory, "default")
        var fingerprints: [String: String] = [:]
        for path in layoutFiles {
            let name = TemplateSource.name(ofFile: path)
            guard texts[name] != nil else { continue }
            var hash = SHA256()
            // A layout extending others also takes their style tables: every template reached
            // counts with its style table, if it has one.
            for used in reachable(from: name, includes).sorted() {
                hash.update(field: "template " + used, Data(texts[used, default: ""].utf8))
                hash.update(field: "style " + used, styleBytes(directory, used))
            }
            hash.update(field: "style default", defaultStyle)
            fingerprints[name] = Manifest.hex(hash.finalize())
        }
        return fingerprints
    }

    /// Every template one template names: partials it includes, the parent it extends, the
    /// parents of its overrides and what their content includes. More than it may need is
    /// harmless (a reply is rendered again); less would keep a stale output.
    private static func dependencies(_ outline: TemplateChecks.Outline) -> Set<String> {
        var names = Set(outline.includes.map(\.to) + outline.overrides.flatMap { [$0.parent] + $0.includes.map(\.to) })
        if let parent = outline.extends { names.insert(parent) }
        return names
    }

    /// `name` and every template it includes, transitively (without recursion: a worklist).
    private static func reachable(from name: String, _ includes: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = [name], pending = [name]
        while let next = pending.popLast() {
            for included in includes[next, default: []] where seen.insert(included).inserted { pending.append(included) }
        }
        return seen
    }

    private static func styleBytes(_ directory: String, _ name: String) -> Data {
        let path = (directory as NSString).appendingPathComponent("\(name).style.yaml")
        return (try? FileInput.read(path, limit: Limits.templateBytes)) ?? Data()
    }
}

private extension SHA256 {
    /// A labelled field, its length first, so no two sets of fields hash alike.
    mutating func update(field label: String, _ bytes: Data) {
        update(data: Data("\(label) \(bytes.count)\n".utf8))
        update(data: bytes)
    }
}
