import Foundation
import ZIPFoundation

/// A zip from outside (a .docx to import, an .xlsx list), opened as hostile input: the number
/// of entries is capped, and a part is inflated no further than its cap whatever the zip
/// declares (a zip bomb stops inflating there). Failures are diagnostics made by `damaged`,
/// so each format words them its own way (E008 for a .docx, E070 for a workbook).
struct SafeArchive {
    private let archive: Archive
    private let entries: [String: Entry]
    private let damaged: (String) -> Diagnostic

    /// Opens `data`; at most `Limits.zipEntries` entries.
    init(_ data: Data, damaged: @escaping (String) -> Diagnostic) throws(Diagnostic) {
        self.damaged = damaged
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw damaged("不是有效的 zip 文件") }
        var entries: [String: Entry] = [:]
        // Entries are counted as they come: a zip repeating one name must not pass the cap.
        for (count, entry) in archive.enumerated() {
            guard count < Limits.zipEntries else { throw damaged("包内文件超过 \(Limits.zipEntries) 个") }
            entries[entry.path] = entry
        }
        self.entries = entries
    }

    /// Whether the zip holds a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The part at `path`, inflated to at most `limit` bytes; nil when there is no such part.
    func part(_ path: String, limit: Int = Limits.zipPartBytes) throws(Diagnostic) -> Data? {
        guard let entry = entries[path] else { return nil }
        let tooLarge = damaged("\(path) 解压后超过 \(FileInput.megabytes(limit))")
        // The declared size can lie: it is checked first, and inflating stops at the cap anyway.
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge }
        var bytes = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                guard bytes.count + chunk.count <= limit else { throw CocoaError(.fileReadTooLarge) }
                bytes.append(chunk)
            }
        } catch let error as CocoaError where error.code == .fileReadTooLarge {
            throw tooLarge
        } catch {
            throw damaged("\(path) 解压失败")
        }
        return bytes
    }

    /// The part at `path`, which must be there.
    func requiredPart(_ path: String) throws(Diagnostic) -> Data {
        guard let data = try part(path) else { throw damaged("缺少 \(path)") }
        return data
    }
}
