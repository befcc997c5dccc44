import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a batch's output folder for the length of a run (flock on the folder
/// itself, so no lock file is left behind and a killed run releases it): two runs writing one
/// folder would leave a manifest that disagrees with the files.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock, or fails at once with E043 when another run holds it.
    init(directory: String) throws(Diagnostic) {
        descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotLockFolder(directory, cause: SystemErrors.describe(errno))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            if code == EWOULDBLOCK {
                throw .outputLocked(directory)
            }
            throw .cannotLockFolder(directory, cause: SystemErrors.describe(code))
        }
    }

    deinit {
        Glibc.close(descriptor)
    }
}
