import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to completion with a deadline, in a process group of its own, so that when
/// the deadline passes every process it started is killed with it (LibreOffice's `soffice` is a
/// script that starts `oosplash`, which starts `soffice.bin`; killing only the first would
/// leave the others holding the profile). Its output goes to /dev/null. posix_spawn, not
/// Foundation's Process, which adds about 25 ms of its own per run here (`dafu-bench --cli`).
package enum ChildProcess {
    package enum Outcome: Equatable {
        /// Exited on its own with this status (128 + n when killed by signal n).
        case exited(Int32)
        /// Still running at the deadline: the whole group was killed.
        case timedOut
    }

    /// Runs `program` with `arguments`; throws the errno when it cannot be started. Without a
    /// `timeout` it waits as long as the program runs.
    package static func run(_ program: String, _ arguments: [String], timeout: Double?) throws(POSIXError) -> Outcome {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        guard started == 0 else { throw POSIXError(POSIXErrorCode(rawValue: started) ?? .EIO) }
        guard let timeout else {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return .exited(exitStatus(status))
        }
        return wait(for: pid, timeout: timeout)
    }

    /// Polls the child until it exits or the deadline passes; then kills its group and reaps it.
    private static func wait(for pid: pid_t, timeout: Double) -> Outcome {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
        var status: Int32 = 0
        var pause: useconds_t = 1_000
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return .exited(exitStatus(status)) }
            if reaped == -1 && errno != EINTR { return .exited(-1) }
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
    }

    /// The exit status from `waitpid`'s word (the C macros are not imported into Swift).
    private static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
