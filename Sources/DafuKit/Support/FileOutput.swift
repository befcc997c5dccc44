import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX writes with every error kept: Foundation's FileHandle.write traps on a full
/// disk, and its atomic writes sync through a second temporary file. Callers stage under a
/// temporary name and rename, so no partial file ever carries a real name.
package enum FileOutput {
    /// Prefix of every staging file dafu creates (`.dafu-…tmp`); nothing else starts with it.
    package static let stagingPrefix = ".dafu-"
    /// What `dafu batch` adds to the prefix (`.dafu-batch-…tmp`): staging files of a batch that
    /// was killed are recognised by it, and removed by the next batch, which holds the folder's
    /// lock, so none of them can belong to a run still writing.
    package static let batchStagingLabel = "batch-"

    /// Writes to standard output; a failure (a full disk, a closed descriptor) is E042 naming
    /// 标准输出, never a trap nor silence.
    package static func writeStandardOutput(_ data: Data) throws(Diagnostic) {
        do {
            try write(STDOUT_FILENO, data)
        } catch {
            throw .cannotWrite("标准输出", cause: SystemErrors.describe(error))
        }
    }

    /// Creates `path`, which must not exist, for writing.
    package static func create(_ path: String) throws(POSIXError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemErrors.current() }
        return descriptor
    }

    /// Writes all of `bytes`, retrying short writes and interruptions.
    package static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(POSIXError) {
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemErrors.current()
            }
            if count == 0 { throw POSIXError(.EIO) }
            offset += count
        }
    }

    package static func write(_ descriptor: Int32, _ data: Data) throws(POSIXError) {
        guard !data.isEmpty else { return }
        let failure: POSIXError? = data.withUnsafeBytes { raw -> POSIXError? in
            do throws(POSIXError) {
                try write(descriptor, raw)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Closes, reporting what a network or full file system only says at close.
    package static func close(_ descriptor: Int32) throws(POSIXError) {
        guard Glibc.close(descriptor) == 0 else { throw SystemErrors.current() }
    }

    /// A staging name in `directory` for a file that will be renamed to its real name.
    package static func stagingPath(in directory: String, _ label: String = "") -> String {
        (directory as NSString).appendingPathComponent("\(stagingPrefix)\(label)\(UUID().uuidString).tmp")
    }

    /// Removes the staging files a killed batch left in `directory` (`.dafu-batch-…tmp`, regular
    /// files only) and returns how many. Call only while holding the folder's `OutputLock`.
    @discardableResult
    package static func removeStaleBatchStaging(in directory: String) -> Int {
        let prefix = stagingPrefix + batchStagingLabel
        guard let folder = opendir(directory) else { return 0 }
        defer { closedir(folder) }
        var removed = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if unlink(path) == 0 { removed += 1 }
        }
        return removed
    }
}
