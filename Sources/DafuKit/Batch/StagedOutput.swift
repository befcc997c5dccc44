import Foundation

/// An output file written under a temporary name in the output folder, hashed, and waiting to
/// be renamed into place. Workers stage outputs in parallel; the batch's writer decides, in
/// input order, whether each is committed (renamed — atomic on one file system) or discarded,
/// so a run killed at any moment leaves no partial file under a real name.
final class StagedOutput: @unchecked Sendable {
    let name: String
    let sha256: String
    private let temporary: String
    private let final: String

    init(name: String, data: Data, directory: String) throws {
        self.name = name
        sha256 = Manifest.sha256(data)
        final = (directory as NSString).appendingPathComponent(name)
        temporary = (directory as NSString).appendingPathComponent(".dafu-\(UUID().uuidString).tmp")
        // Plain open/write/close: Foundation's createFile writes through a second temporary
        // file and syncs it, which cost more than rendering the reply.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return -1 }
                offset += n
            }
            return offset
        }
        guard written == data.count else {
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Renames the staged file to its name.
    func commit() throws {
        guard rename(temporary, final) == 0 else {
            let code = errno
            discard()
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    func discard() {
        unlink(temporary)
    }
}
