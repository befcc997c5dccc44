import Foundation

/// One file inside a zip, compressed and checksummed, ready to be written (and, for a part
/// that is the same in every package, kept and written again).
struct ZipEntry: Sendable {
    let name: [UInt8]
    let crc: UInt32
    let size: UInt32
    /// 0 stored, 8 deflated.
    let method: UInt16
    let payload: [UInt8]

    /// `bytes` under `name`, deflated by `deflater` when that makes it smaller.
    init(name: String, bytes: [UInt8], deflater: Deflater?) throws {
        guard bytes.count < Int(UInt32.max) else { throw CocoaError(.fileWriteUnknown) }
        self.name = Array(name.utf8)
        size = UInt32(bytes.count)
        let (crc, compressed) = bytes.withUnsafeBytes { raw in (crc32(raw), deflater?.compress(raw)) }
        self.crc = crc
        method = compressed == nil ? 0 : 8
        payload = compressed ?? bytes
    }
}

/// Writes a zip in memory, deterministically: entries in the order added, a fixed time stamp
/// (1980-01-01 00:00, the earliest DOS date) and permissions (0644), no extra fields, no
/// data descriptors, no clock. No Zip64: a package holds far less than 4 GB.
struct ZipWriter {
    private var archive: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// The zip format's fixed values, each with why it is what it is.
    private enum Field {
        /// 2.0: deflate.
        static let versionNeeded: UInt16 = 20
        /// Unix (3) in the high byte, so the permissions in the external attributes count.
        static let versionMadeBy: UInt16 = 0x0314
        /// DOS date of 1980-01-01: (year − 1980) << 9 | month << 5 | day; the time is 00:00.
        static let date: UInt16 = 1 << 5 | 1
        /// A regular file, rw-r--r--, in the high half.
        static let externalAttributes: UInt32 = 0o100644 << 16
    }

    mutating func add(_ entry: ZipEntry) throws {
        guard archive.count < Int(UInt32.max), count < Int(UInt16.max) else { throw CocoaError(.fileWriteUnknown) }
        let offset = UInt32(archive.count)
        archive.append(le32: 0x0403_4B50)
        archive.append(le16: Field.versionNeeded)
        appendCommon(entry, to: &archive)
        archive += entry.name
        archive += entry.payload

        directory.append(le32: 0x0201_4B50)
        directory.append(le16: Field.versionMadeBy)
        directory.append(le16: Field.versionNeeded)
        appendCommon(entry, to: &directory)
        directory.append(le16: 0)   // comment length
        directory.append(le16: 0)   // disk number
        directory.append(le16: 0)   // internal attributes
        directory.append(le32: Field.externalAttributes)
        directory.append(le32: offset)
        directory += entry.name
        count += 1
    }

    /// Flags, method, time, date, CRC, sizes, name length and extra length: the fields the
    /// local header and the central directory share.
    private func appendCommon(_ entry: ZipEntry, to bytes: inout [UInt8]) {
        bytes.append(le16: 0)   // flags
        bytes.append(le16: entry.method)
        bytes.append(le16: 0)   // time 00:00:00
        bytes.append(le16: Field.date)
        bytes.append(le32: entry.crc)
        bytes.append(le32: UInt32(entry.payload.count))
        bytes.append(le32: entry.size)
        bytes.append(le16: UInt16(entry.name.count))
        bytes.append(le16: 0)   // extra field length
    }

    /// The archive: entries, central directory, end record.
    consuming func finish() throws -> Data {
        guard archive.count + directory.count < Int(UInt32.max) else { throw CocoaError(.fileWriteUnknown) }
        let directoryOffset = UInt32(archive.count)
        archive += directory
        archive.append(le32: 0x0605_4B50)
        archive.append(le16: 0)   // this disk
        archive.append(le16: 0)   // disk with the directory
        archive.append(le16: UInt16(count))
        archive.append(le16: UInt16(count))
        archive.append(le32: UInt32(directory.count))
        archive.append(le32: directoryOffset)
        archive.append(le16: 0)   // comment length
        return Data(archive)
    }
}

private extension Array where Element == UInt8 {
    mutating func append(le16 value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        append(le16: UInt16(truncatingIfNeeded: value))
        append(le16: UInt16(truncatingIfNeeded: value >> 16))
    }
}
