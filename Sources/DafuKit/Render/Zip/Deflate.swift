import CDeflate

/// How the zip writer stores each part: as is, or deflated by zlib or libdeflate at a level.
/// Both libraries are deterministic for a given version and level, so a package's bytes are
/// the same on every run. docs/performance.md compares their size and cost per reply.
public enum ZipCompression: Sendable, Equatable, CustomStringConvertible {
    /// Parts stored as they are (method 0).
    case stored
    /// zlib's raw deflate at `level` (1–9).
    case zlib(level: Int)
    /// libdeflate at `level` (1–12).
    case libdeflate(level: Int)

    /// What .docx and .xlsx packages use (chosen by measurement, docs/performance.md).
    public static let `default` = ZipCompression.libdeflate(level: 6)

    /// `zlib:1`, `libdeflate:6`, `stored`.
    public var description: String {
        switch self {
        case .stored: return "stored"
        case .zlib(let level): return "zlib:\(level)"
        case .libdeflate(let level): return "libdeflate:\(level)"
        }
    }

    /// Parses `zlib:1`, `libdeflate:6` or `stored`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        switch (parts.first, parts.count == 2 ? Int(parts[1]) : nil) {
        case ("stored", _): self = .stored
        case ("zlib", let level?) where (1...9).contains(level): self = .zlib(level: level)
        case ("libdeflate", let level?) where (1...12).contains(level): self = .libdeflate(level: level)
        default: return nil
        }
    }
}

/// The CRC-32 of `bytes` (libdeflate's, which uses the processor's carry-less multiply).
func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    guard let base = bytes.baseAddress else { return 0 }
    return libdeflate_crc32(0, base, bytes.count)
}

/// A compressor: its state is allocated once and reused for every part it compresses (a
/// batch's worker keeps one for all its packages: allocating zlib's window or libdeflate's
/// tables cost as much as compressing a reply's own parts). Not shared between threads.
package final class Deflater {
    private enum Engine {
        case zlib(UnsafeMutablePointer<z_stream>)
        case libdeflate(OpaquePointer)
    }

    private let engine: Engine
    /// What it compresses with.
    let compression: ZipCompression

    /// nil for `.stored` or when the library cannot allocate its state.
    package init?(_ compression: ZipCompression) {
        self.compression = compression
        switch compression {
        case .stored:
            return nil
        case .zlib(let level):
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard dafu_zlib_deflate_init(stream, Int32(level)) == Z_OK else {
                stream.deallocate()
                return nil
            }
            engine = .zlib(stream)
        case .libdeflate(let level):
            guard let compressor = libdeflate_alloc_compressor(Int32(level)) else { return nil }
            engine = .libdeflate(compressor)
        }
    }

    deinit {
        switch engine {
        case .zlib(let stream):
            deflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        case .libdeflate(let compressor):
            libdeflate_free_compressor(compressor)
        }
    }

    /// The raw deflate stream of `bytes`; nil when it would not be smaller (store it then).
    func compress(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let input = bytes.baseAddress, bytes.count > 0 else { return nil }
        switch engine {
        case .zlib(let stream):
            guard deflateReset(stream) == Z_OK else { return nil }
            let bound = Int(deflateBound(stream, UInt(bytes.count)))
            return [UInt8](unsafeUninitializedCapacity: bound) { output, count in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.assumingMemoryBound(to: Bytef.self))
                stream.pointee.avail_in = UInt32(bytes.count)
                stream.pointee.next_out = output.baseAddress
                stream.pointee.avail_out = UInt32(bound)
                let finished = deflate(stream, Z_FINISH) == Z_STREAM_END
                count = finished ? Int(stream.pointee.total_out) : 0
            }.nilIfNotSmaller(than: bytes.count)
        case .libdeflate(let compressor):
            let bound = libdeflate_deflate_compress_bound(compressor, bytes.count)
            return [UInt8](unsafeUninitializedCapacity: bound) { output, count in
                count = libdeflate_deflate_compress(compressor, input, bytes.count, output.baseAddress, bound)
            }.nilIfNotSmaller(than: bytes.count)
        }
    }
}

private extension Array where Element == UInt8 {
    /// nil for an empty result (the library failed) or one no smaller than the input.
    func nilIfNotSmaller(than size: Int) -> [UInt8]? {
        isEmpty || count >= size ? nil : self
    }
}
