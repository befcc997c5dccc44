/// The output files this run has written, and the input each came from, for E041. Every
/// reply of a run writes the same endings, so one entry per reply (its base name) is enough
/// and memory stays small at 100,000 replies; only when one ending ends with another
/// (`tree.txt` and `txt`: `a.tree` + `txt` meets `a` + `tree.txt`) is every file name kept.
struct OutputClaims {
    private var claimants: [String: String] = [:]
    private let extensions: [String]
    private let byFileName: Bool

    init(extensions: [String]) {
        self.extensions = extensions
        byFileName = extensions.contains { ending in extensions.contains { $0 != ending && $0.hasSuffix("." + ending) } }
    }

    /// The keys a reply's output names claim: its base name, or every name.
    private func keys(_ names: [String]) -> [String] {
        guard !byFileName, let first = names.first, let ending = extensions.first(where: { first.hasSuffix("." + $0) }) else { return names }
        return [String(first.dropLast(ending.utf8.count + 1))]
    }

    /// The first of `names` already written, and the input that wrote it.
    func clash(_ names: [String]) -> (name: String, claimant: String)? {
        for key in keys(names) {
            if let claimant = claimants[key] {
                return (byFileName ? key : names.first { $0.hasPrefix(key + ".") } ?? key, claimant)
            }
        }
        return nil
    }

    /// Records `names` as written for `input`.
    mutating func claim(_ names: [String], for input: String) {
        for key in keys(names) { claimants[key] = input }
    }
}
