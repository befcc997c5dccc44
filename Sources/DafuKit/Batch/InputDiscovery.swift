import Foundation

/// The reply files a batch renders: files named directly, and files under folders named,
/// recursively, in a stable (sorted) order. Symbolic links are followed — to files and to
/// folders — except where they loop back into a folder already being walked or lead nowhere
/// (W040). Each file and folder is read once, however often it is reached (a link to a sibling
/// folder, a folder named together with a file in it): a repeat is skipped with W045. Every
/// skip is reported and counted, never silently left out — but for output folders met under
/// an input folder, which hold outputs, not replies, and are not walked (their manifest.json
/// would read as a broken reply): the batch's own (`dafu batch .` with `--output Output`), and
/// any folder holding a manifest.json that `dafu batch` wrote.
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
        /// Links that were not followed (W040) and files or folders reached again (W045).
        package var notices: [Diagnostic] = []
    }

    /// The reply files of `inputs`; `excluded`: a folder not walked when met under a folder
    /// (it is still read when named itself).
    package static func find(_ inputs: [String], excluding excluded: String? = nil) -> Found {
        var discovery = Discovery()
        var info = stat()
        if let excluded, stat(excluded, &info) == 0 { discovery.excluded = FileID(info) }
        for input in inputs { discovery.add(input) }
        return discovery.found
    }

    /// Whether `folder` holds a manifest.json written by `dafu batch` (its first bytes name dafu
    /// as the generator): an output folder.
    private static func holdsBatchManifest(_ folder: String) -> Bool {
        let descriptor = open((folder as NSString).appendingPathComponent("manifest.json"), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        var head = [UInt8](repeating: 0, count: 512)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count > 0 && String(decoding: head.prefix(count), as: UTF8.self).contains(Manifest.generatorField)
    }

    /// A file or folder, by device and inode: the same under every name and link.
    private struct FileID: Hashable {
        var device: dev_t
        var inode: ino_t

        init(_ info: stat) {
            (device, inode) = (info.st_dev, info.st_ino)
        }
    }

    /// A folder waiting to be read: its path under the root, and the folders on the way to
    /// it (a link back into one of them is a loop).
    private typealias Pending = (relative: String, id: FileID, ancestors: [FileID])

    /// One discovery over all inputs: what was found, and every file and folder met so far
    /// with the path it was first met at.
    private struct Discovery {
        var found = Found()
        var excluded: FileID?
        private var files: [FileID: String] = [:]
        private var folders: [FileID: String] = [:]

        mutating func add(_ input: String) {
            var info = stat()
            guard stat(input, &info) == 0 else {
                if lstat(input, &info) == 0 { found.notices.append(.skippedLink(input, reason: "链接指向的文件不存在")) } else { found.missing.append(input) }
                return
            }
            if info.st_mode & S_IFMT == S_IFDIR { walk(input, id: FileID(info)) } else { addFile(input, id: FileID(info)) }
        }

        /// Adds a file, unless it was met before.
        private mutating func addFile(_ path: String, id: FileID) {
            if let first = files[id] {
                found.notices.append(.repeatedInput(path, first: first, isFolder: false))
            } else {
                files[id] = path
                found.files.append(path)
            }
        }

        /// Walks a folder without recursion, in name order: a stack of folders still to read,
        /// so the first of two ways to one folder is the one read. Its reply files are added in
        /// sorted order, so of two names for one file the first in that order is rendered.
        private mutating func walk(_ root: String, id: FileID) {
            var replies: [(relative: String, id: FileID)] = [], skipped: [String] = []
            var pending: [Pending] = [("", id, [])]
            while let (relative, id, ancestors) = pending.popLast() {
                let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
                if !relative.isEmpty, id == excluded || InputDiscovery.holdsBatchManifest(folder) {
                    continue
                } else if ancestors.contains(id) {
                    found.notices.append(.skippedLink(folder, reason: "链接指回上层目录，会无限循环"))
                } else if let first = folders[id] {
                    found.notices.append(.repeatedInput(folder, first: first, isFolder: true))
                } else {
                    folders[id] = folder
                    let subfolders = read(folder, relative: relative, root: root, replies: &replies, skipped: &skipped)
                    pending += subfolders.reversed().map { ($0.relative, $0.id, ancestors + [id]) }
                }
            }
            for reply in replies.sorted(by: { $0.relative < $1.relative }) {
                addFile((root as NSString).appendingPathComponent(reply.relative), id: reply.id)
            }
            found.skipped += skipped.sorted().map { (root as NSString).appendingPathComponent($0) }
        }

        /// Lists one folder: its reply files and other files (paths under the root), and its
        /// subfolders in name order; links that lead nowhere or to something that is not a
        /// file are reported.
        private mutating func read(_ folder: String, relative: String, root: String, replies: inout [(relative: String, id: FileID)],
                                   skipped: inout [String]) -> [(relative: String, id: FileID)] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            var subfolders: [(relative: String, id: FileID)] = []
            for name in names {
                let childRelative = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let path = (root as NSString).appendingPathComponent(childRelative)
                var own = stat(), target = stat()
                guard lstat(path, &own) == 0 else { continue }
                let isLink = own.st_mode & S_IFMT == S_IFLNK
                guard stat(path, &target) == 0 else {
                    found.notices.append(.skippedLink(path, reason: "链接指向的文件不存在"))
                    continue
                }
                switch target.st_mode & S_IFMT {
                case S_IFDIR:
                    subfolders.append((childRelative, FileID(target)))
                case S_IFREG:
                    let isReply = extensions.contains((name as NSString).pathExtension.lowercased())
                    if isReply { replies.append((childRelative, FileID(target))) } else { skipped.append(childRelative) }
                default:
                    if isLink { found.notices.append(.skippedLink(path, reason: "链接指向的不是普通文件")) } else { skipped.append(childRelative) }
                }
            }
            return subfolders
        }
    }
}
