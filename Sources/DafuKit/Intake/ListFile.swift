import Foundation

/// An assignment list's file: an .xlsx workbook (by its zip signature, whatever its name) or
/// CSV text. The old binary .xls is refused with a hint to save it as .xlsx.
package enum ListFile {
    /// The sheet to read from `path`: `sheet` names one of a workbook (the first when nil).
    package static func read(_ path: String, sheet: String?) throws(Diagnostic) -> Sheet {
        let data = try FileInput.read(path, limit: Limits.listBytes)
        let name = path == "-" ? "<stdin>" : path
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try WorkbookReader.sheet(data, file: name, named: sheet) }
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if fileExtension == "xls" || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Diagnostic.unsafeWorkbook(name, cause: "这是旧版 Excel 97–2003 文件（.xls），dafu 只读 .xlsx")
        }
        if fileExtension == "xlsx" { throw Diagnostic.unsafeWorkbook(name, cause: "不是有效的 zip 文件") }
        return try CSVSheet.read(data, file: name)
    }
}
