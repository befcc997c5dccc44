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
}
