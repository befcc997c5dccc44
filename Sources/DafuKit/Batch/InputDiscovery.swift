import Foundation

/// The reply files a batch renders: files named directly, and files under folders named,
/// recursively, in a stable (sorted) order. Symbolic links are followed — to files and to
/// folders — except where they loop back into a folder already being walked or lead nowhere;
/// each of those is reported (W040) and counted as skipped, never silently left out.
package enum InputDiscovery {
    /// File endings read as reply data.
    package static let extensions: Set<String> = ["yaml", "yml", "json"]

    package struct Found: Sendable {
        /// Reply files, in order.
        package var files: [String] = []
        /// Files under folders that are not reply data (README, images …), not rendered.
        package var skipped: [String] = []
        /// Inputs that do not exist.
        package var missing: [String] = []
        /// Links that were not followed, with the reason (W040).
        package var notices: [Diagnostic] = []
    }

    package static func find(_ inputs: [String]) -> Found {
        var found = Found()
        for input in inputs {
            var info = stat()
            guard stat(input, &info) == 0 else {
                if lstat(input, &info) == 0 { found.notices.append(link(input, "链接指向的文件不存在")) } else { found.missing.append(input) }
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                found.files.append(input)
                continue
            }
            walk(input, device: info.st_dev, inode: info.st_ino, into: &found)
        }
        return found
    }

    private static func link(_ path: String, _ reason: String) -> Diagnostic {
        .skippedLink(path, reason: reason)
    }

    /// Walks a folder without recursion: a stack of folders still to read, and the folders on
    /// the way to each (a link back into one of them is a loop).
    private static func walk(_ root: String, device: dev_t, inode: ino_t, into found: inout Found) {
        var files: [String] = [], skipped: [String] = []
        var pending: [(relative: String, ancestors: [FileID])] = [("", [FileID(device: device, inode: inode)])]
        let fm = FileManager.default
        while let (relative, ancestors) = pending.popLast() {
            let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let childRelative = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let path = (root as NSString).appendingPathComponent(childRelative)
                var own = stat(), target = stat()
                guard lstat(path, &own) == 0 else { continue }
                let isLink = own.st_mode & S_IFMT == S_IFLNK
                guard stat(path, &target) == 0 else {
                    found.notices.append(link(path, "链接指向的文件不存在"))
                    continue
                }
                switch target.st_mode & S_IFMT {
                case S_IFDIR:
                    let id = FileID(device: target.st_dev, inode: target.st_ino)
                    if ancestors.contains(id) {
                        found.notices.append(link(path, "链接指回上层目录，会无限循环"))
                    } else {
                        pending.append((childRelative, ancestors + [id]))
                    }
                case S_IFREG:
                    let isReply = extensions.contains((name as NSString).pathExtension.lowercased())
                    if isReply { files.append(childRelative) } else { skipped.append(childRelative) }
                default:
                    if isLink { found.notices.append(link(path, "链接指向的不是普通文件")) } else { skipped.append(childRelative) }
                }
            }
        }
        found.files += files.sorted().map { (root as NSString).appendingPathComponent($0) }
        found.skipped += skipped.sorted().map { (root as NSString).appendingPathComponent($0) }
    }

    private struct FileID: Equatable {
        var device: dev_t
        var inode: ino_t
    }
}
