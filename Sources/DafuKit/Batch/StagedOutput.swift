import Foundation

/// An output file written under a temporary name in the output folder, hashed, and waiting to
/// be renamed into place. Workers stage outputs in parallel; the batch's writer decides, in
/// input order, whether each is committed (renamed — atomic on one file system) or discarded,
/// so a run killed at any moment leaves no partial file under a real name.
final class StagedOutput: Sendable {
    let name: String
    let sha256: String
    /// The real path, for messages.
    let path: String
    private let temporary: String

    /// Writes `data`; a failure names nothing yet (the caller knows the path) and leaves no file.
    /// `label` marks whose staging file it is (`FileOutput.batchStagingLabel` for a batch);
    /// `mode`: the permissions to give it (a file written back keeps its own), else 0644.
    init(name: String, data: Data, directory: String, label: String = "", mode: mode_t? = nil) throws(POSIXError) {
        self.name = name
        sha256 = Manifest.sha256(data)
        path = (directory as NSString).appendingPathComponent(name)
        temporary = FileOutput.stagingPath(in: directory, label)
        let descriptor = try FileOutput.create(temporary)
        do throws(POSIXError) {
            if let mode, fchmod(descriptor, mode) != 0 { throw SystemErrors.current() }
            try FileOutput.write(descriptor, data)
        } catch {
            _ = close(descriptor)
            unlink(temporary)
            throw error
        }
        do {
            try FileOutput.close(descriptor)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Renames the staged file to its name.
    func commit() throws(POSIXError) {
        guard rename(temporary, path) == 0 else {
            let error = SystemErrors.current()
            discard()
            throw error
        }
    }

    /// Gives the staged file its name unless a file has that name already (a hard link fails
    /// then, atomically); false, with the staged file removed, when one had. Where the file
    /// system has no hard links, the check and the rename are two steps.
    func commitIfAbsent() throws(POSIXError) -> Bool {
        defer { discard() }
        if link(temporary, path) == 0 { return true }
        let error = SystemErrors.current()
        switch error.code {
        case .EEXIST: return false
        case .EPERM, .EOPNOTSUPP, .EXDEV:
            guard access(path, F_OK) != 0 else { return false }
            try commit()
            return true
        default: throw error
        }
    }

    func discard() {
        unlink(temporary)
    }
}
