import Foundation

/// Modification times and sizes of files (folders are walked), for `dafu render --watch`:
/// two snapshots differ when anything was edited, added or removed.
package struct FileSnapshot: Equatable, Sendable {
    private var entries: [String: [Double]] = [:]

    package static func take(_ paths: [String]) -> FileSnapshot {
        var snapshot = FileSnapshot()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? (fm.enumerator(atPath: path)?.compactMap { $0 as? String }.map { (path as NSString).appendingPathComponent($0) } ?? [])
                : [path]
            for file in files {
                guard let attributes = try? fm.attributesOfItem(atPath: file) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                snapshot.entries[file] = [modified, size]
            }
        }
        return snapshot
    }
}
