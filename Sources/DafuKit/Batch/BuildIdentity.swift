import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which build of dafu is running, for the manifest: a reply rendered by another build is
/// rendered again. The ELF build ID of the running executable (a hash of its contents, so it
/// changes with every change to the code and not otherwise); where there is none, the
/// executable's size and modification time.
enum BuildIdentity {
    static let current: String = {
        let executable = "/proc/self/exe"
        if let id = gnuBuildID(executable) { return "build-id " + Manifest.hex(id) }
        var info = stat()
        guard stat(executable, &info) == 0 else { return "unknown" }
        return "executable \(info.st_size) bytes, modified \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// The ELF's NT_GNU_BUILD_ID note, read from its program headers (64-bit little-endian).
    private static func gnuBuildID(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        func read(_ offset: Int, _ count: Int) -> [UInt8]? {
            guard count > 0, count <= 1 << 20 else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
            return got == count ? bytes : nil
        }
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let table = Int(header.le(0x20, 8)), entrySize = Int(header.le(0x36, 2)), count = Int(header.le(0x38, 2))
        for index in 0..<min(count, 64) {
            guard let entry = read(table + index * entrySize, 56), entry.le(0, 4) == 4 else { continue }   // PT_NOTE
            guard let notes = read(Int(entry.le(8, 8)), Int(entry.le(32, 8))) else { continue }
            if let id = buildID(in: notes) { return id }
        }
        return nil
    }

    /// The descriptor of the note named GNU of type 3 (NT_GNU_BUILD_ID) in a note segment.
    private static func buildID(in notes: [UInt8]) -> [UInt8]? {
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.le(offset, 4)), size = Int(notes.le(offset + 4, 4)), type = notes.le(offset + 8, 4)
            let name = offset + 12, descriptor = name + (nameSize + 3) / 4 * 4
            guard descriptor + size <= notes.count else { return nil }
            if type == 3, nameSize == 4, Array(notes[name..<name + 4]) == [0x47, 0x4E, 0x55, 0] {
                return Array(notes[descriptor..<descriptor + size])
            }
            offset = descriptor + (size + 3) / 4 * 4
        }
        return nil
    }
}

private extension Array where Element == UInt8 {
    /// The little-endian unsigned number of `count` bytes at `offset` (0 past the end).
    func le(_ offset: Int, _ count: Int) -> UInt64 {
        guard offset >= 0, offset + count <= self.count else { return 0 }
        var value: UInt64 = 0
        for index in (offset..<offset + count).reversed() { value = value << 8 | UInt64(self[index]) }
        return value
    }
}
