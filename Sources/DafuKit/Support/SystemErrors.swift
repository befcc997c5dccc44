import Foundation

/// The causes of failed file operations, in Chinese, from errno: every write or read error
/// names the path and one of these instead of Foundation's English text.
package enum SystemErrors {
    package static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "文件或目录不存在"
        case EACCES, EPERM: return "没有权限"
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "超出磁盘配额"
        case EROFS: return "文件系统只读"
        case EFBIG: return "文件超过系统允许的大小"
        case EISDIR: return "是一个目录"
        case ENOTDIR: return "路径中有一部分不是目录"
        case ELOOP: return "符号链接循环"
        case ENAMETOOLONG: return "路径过长"
        case EEXIST: return "已存在"
        case EIO: return "读写出错"
        case EMFILE, ENFILE: return "打开的文件过多"
        case EXDEV: return "不在同一文件系统"
        default: return String(cString: strerror(code))
        }
    }

    /// The cause carried by a thrown error: a POSIX code, a Cocoa file error, or its text.
    package static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return describe(posix.code.rawValue) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(Int32(underlying.code))
        }
        if ns.domain == NSPOSIXErrorDomain { return describe(Int32(ns.code)) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return describe(ENOENT)
            case .fileReadNoPermission, .fileWriteNoPermission: return describe(EACCES)
            case .fileWriteOutOfSpace: return describe(ENOSPC)
            case .fileWriteVolumeReadOnly: return describe(EROFS)
            default: break
            }
        }
        return ns.localizedDescription
    }

    /// A POSIX error for the current errno.
    package static func current() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
