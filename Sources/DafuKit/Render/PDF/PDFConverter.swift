import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// PDF through LibreOffice: the reply's .docx converted by `soffice --headless`, so the PDF is
/// what an office suite makes of the document, not a second layout. Where LibreOffice is not
/// installed, fails or hangs, the answer is a clear error (E044), never a missing file or a
/// batch that waits for ever.
///
/// LibreOffice runs with a profile folder of dafu's own per user, kept between conversions (a
/// fresh profile costs seconds on every start). Two soffice instances on one profile do not
/// work, so conversions take turns: one at a time per process, and across processes through a
/// lock on the profile folder itself (a `dafu batch` and the desk converting at once).
package enum PDFConverter {
    /// The `soffice` program on the PATH, if any.
    package static var soffice: String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/soffice"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    private static let lock = NSLock()

    /// PDF with the blank pages LibreOffice inserts itself kept: the one before a 版记 that
    /// stands on an even page is part of the document (its default export drops them).
    package static let filter = #"pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}"#

    /// The PDF of a .docx. `program`: the soffice to run; `timeout`: seconds after which the
    /// conversion, and every process it started, is killed.
    package static func pdf(fromDocx docx: Data, program: String? = soffice, timeout: Double = Limits.pdfSeconds) throws(Diagnostic) -> Data {
        guard let program else { throw .pdfUnavailable("未安装 LibreOffice（找不到 soffice）") }
        lock.lock()
        defer { lock.unlock() }
        let temporary = FileManager.default.temporaryDirectory
        let folder = temporary.appendingPathComponent("dafu-pdf-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("reply.docx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try docx.write(to: input)
        } catch {
            throw .pdfUnavailable("无法写入临时文件：\(SystemErrors.describe(error))")
        }
        let profile = temporary.appendingPathComponent("dafu-soffice-profile-\(getuid())")
        let profileLock = try lockProfile(profile.path)
        defer { close(profileLock) }
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(program, ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                                     "--convert-to", filter, "--outdir", folder.path, input.path], timeout: timeout)
        } catch {
            throw .pdfUnavailable("无法启动 soffice：\(SystemErrors.describe(error))")
        }
        guard case .exited(let status) = outcome else {
            throw .pdfUnavailable("LibreOffice 在 \(Int(timeout)) 秒内未完成转换，已终止")
        }
        guard let pdf = try? FileInput.read(folder.appendingPathComponent("reply.pdf").path, limit: Limits.pdfBytes),
              pdf.starts(with: Array("%PDF".utf8)) else {
            throw .pdfUnavailable("LibreOffice 未能转换（退出码 \(status)）")
        }
        return pdf
    }

    /// The profile folder, made if missing (0700), opened without following a link and locked
    /// (waiting for another process's conversion); the descriptor holds the lock until closed.
    private static func lockProfile(_ path: String) throws(Diagnostic) -> Int32 {
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw .pdfUnavailable("无法创建 LibreOffice 配置文件夹：\(SystemErrors.describe(errno))")
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .pdfUnavailable("无法打开 LibreOffice 配置文件夹：\(SystemErrors.describe(errno))") }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw .pdfUnavailable("无法锁定 LibreOffice 配置文件夹：\(SystemErrors.describe(code))")
            }
        }
        return descriptor
    }
}
