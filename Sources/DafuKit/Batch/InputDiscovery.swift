import Foundation

/// The reply files a batch renders: files named directly, and files under folders named,
/// recursively, in a stable (sorted) order.
public enum InputDiscovery {
    /// File endings read as reply data.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    public struct Found: Sendable {
        /// Reply files, in order.
        public var files: [String] = []
        /// Files under folders that are not reply data (README, images …), not rendered.
        public var skipped: [String] = []
        /// Inputs that do not exist.
        public var missing: [String] = []
    }

    public static func find(_ inputs: [String]) -> Found {
        var found = Found()
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                found.missing.append(input)
                continue
            }
            guard isDirectory.boolValue else {
                found.files.append(input)
                continue
            }
            let base = URL(fileURLWithPath: input)
            let enumerator = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            var files: [String] = [], skipped: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.path.dropFirst(base.path.count).drop { $0 == "/" })
                let path = (input as NSString).appendingPathComponent(relative)
                if extensions.contains(url.pathExtension.lowercased()) { files.append(path) } else { skipped.append(path) }
            }
            found.files += files.sorted()
            found.skipped += skipped.sorted()
        }
        return found
    }
}
