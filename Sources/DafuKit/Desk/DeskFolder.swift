import Foundation

/// The folder the desk serves: every path a request names is resolved inside it or refused —
/// no absolute paths, no `..`, no hidden names, and no symbolic link that leads out (paths are
/// compared after the file system resolves them).
package struct DeskFolder: Sendable {
    /// The folder, resolved.
    package let root: String

    package enum Refusal: Error, Equatable {
        /// The name leaves the folder or is not a reply file's name.
        case outside(String)
        case notFound(String)
        case exists(String)
    }

    package init(_ folder: String) throws(Diagnostic) {
        guard let resolved = Self.realPath(folder) else { throw .unreadable(folder, cause: SystemErrors.describe(ENOENT)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadable(folder, cause: SystemErrors.describe(ENOTDIR))
        }
        root = resolved
    }

    /// The absolute path of the reply file `relative` names, which must exist (or, with
    /// `creating`, must not yet exist in a folder that does).
    package func resolve(_ relative: String, creating: Bool = false) throws(Refusal) -> String {
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0"), relative.utf8.count <= 1024,
              components.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }),
              InputDiscovery.extensions.contains((relative as NSString).pathExtension.lowercased()) else {
            throw .outside(relative)
        }
        let joined = (root as NSString).appendingPathComponent(relative)
        if creating {
            guard let parent = Self.realPath((joined as NSString).deletingLastPathComponent), inside(parent, orRoot: true) else { throw .outside(relative) }
            var info = stat()
            guard lstat(joined, &info) != 0 else { throw .exists(relative) }
            return (parent as NSString).appendingPathComponent((joined as NSString).lastPathComponent)
        }
        guard let resolved = Self.realPath(joined) else { throw .notFound(relative) }
        guard inside(resolved, orRoot: false) else { throw .outside(relative) }
        return resolved
    }

    /// The path of `absolute` relative to the root, for links.
    package func relative(_ absolute: String) -> String {
        absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : absolute
    }

    private func inside(_ path: String, orRoot: Bool) -> Bool {
        path.hasPrefix(root + "/") || (orRoot && path == root)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
