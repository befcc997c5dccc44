import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an outside file whole, with a size cap, after checking that it is a regular file (a
/// FIFO or a device would block or never end). Failures are diagnostics naming the path and
/// the cause in Chinese: E002 for a file that cannot be read, E007 for one over the cap.
package enum FileInput {
    /// The bytes of `path` (`-` for standard input), at most `limit` of them.
    package static func read(_ path: String, limit: Int) throws(Diagnostic) -> Data {
        if path == "-" { return try readAll(FileHandle.standardInput.fileDescriptor, name: "<stdin>", limit: limit) }
        // Opened first, then checked: what is read is the file that was checked. O_NONBLOCK
        // makes opening a FIFO return at once instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw unreadable(path, cause: SystemErrors.describe(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable(path, cause: SystemErrors.describe(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw unreadable(path, cause: SystemErrors.describe(EISDIR))
        default: throw unreadable(path, cause: "不是普通文件（管道、设备或套接字）")
        }
        guard Int(info.st_size) <= limit else { throw tooLarge(path, size: Int(info.st_size), limit: limit) }
        return try readAll(descriptor, name: path, limit: limit)
    }

    /// Reads to the end, stopping with E007 once more than `limit` bytes came (a file may grow
    /// while it is read; standard input has no size to check first).
    private static func readAll(_ descriptor: Int32, name: String, limit: Int) throws(Diagnostic) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(name, cause: SystemErrors.describe(errno))
            }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { throw tooLarge(name, size: data.count, limit: limit) }
        }
    }

    package static func unreadable(_ path: String, cause: String) -> Diagnostic { .unreadable(path, cause: cause) }

    package static func tooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic { .fileTooLarge(path, size: size, limit: limit) }

    /// A byte count as people say it: 64 KB, 32 MB.
    package static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(max(1, bytes >> 10)) KB"
    }
}
