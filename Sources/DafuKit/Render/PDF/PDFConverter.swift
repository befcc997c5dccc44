import Foundation

/// PDF through LibreOffice: the reply's .docx converted by `soffice --headless`, so the PDF is
/// what an office suite makes of the document, not a second layout. Conversions run one at a
/// time per process with a profile folder of dafu's own (two soffice instances sharing the
/// user's profile would refuse to start). Where LibreOffice is not installed the answer is a
/// clear error (E044), never a missing file.
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

    /// The PDF of a .docx.
    package static func pdf(fromDocx docx: Data) throws(Diagnostic) -> Data {
        guard let soffice else { throw .pdfUnavailable("未安装 LibreOffice（找不到 soffice）") }
        lock.lock()
        defer { lock.unlock() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-pdf-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("reply.docx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try docx.write(to: input)
        } catch {
            throw .pdfUnavailable("无法写入临时文件：\(SystemErrors.describe(error))")
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-soffice-profile-\(getuid())").absoluteString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", filter, "--outdir", folder.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pdfUnavailable("无法启动 soffice：\(SystemErrors.describe(error))")
        }
        process.waitUntilExit()
        guard let pdf = try? Data(contentsOf: folder.appendingPathComponent("reply.pdf")), pdf.starts(with: Array("%PDF".utf8)) else {
            throw .pdfUnavailable("LibreOffice 未能转换（退出码 \(process.terminationStatus)）")
        }
        return pdf
    }
}
