import Foundation

/// An .xlsx (SpreadsheetML, ECMA-376) read as hostile input, for the few things an assignment
/// list needs: the sheets' names, and one sheet's cells as shown. The zip's entries and each
/// part's inflated size are capped (SafeArchive); every part is read as a stream with
/// libxml2's safe options (XMLStream), so no DTD, entity or depth can hurt.
package enum WorkbookReader {
    /// The names of the workbook's sheets, in tab order.
    package static func sheetNames(_ data: Data, file: String) throws(Diagnostic) -> [String] {
        try Workbook(data, file: file).entries.map(\.name)
    }

    /// The sheet called `name` (the first sheet when nil), merged cells filled in.
    package static func sheet(_ data: Data, file: String, named name: String?) throws(Diagnostic) -> Sheet {
        let workbook = try Workbook(data, file: file)
        let entry = try workbook.entry(named: name)
        var sheet = try workbook.read(entry)
        sheet.otherSheets = workbook.entries.map(\.name).filter { $0 != entry.name }
        return sheet
    }

    /// The opened package: where its parts are and how to read them.
    private struct Workbook {
        let file: String
        let archive: SafeArchive
        let entries: [WorkbookParts.SheetEntry]
        let date1904: Bool
        let targets: (byID: [String: String], byType: [String: String])

        init(_ data: Data, file: String) throws(Diagnostic) {
            self.file = file
            archive = try SafeArchive(data, damaged: { Diagnostic.unsafeWorkbook(file, cause: $0) })
            let read = Self.reader(file)
            var path = "xl/workbook.xml"
            if let rels = try archive.part("_rels/.rels"),
               let main = try WorkbookParts.relationships(rels, path: "_rels/.rels", folder: "", read: read).byType["officeDocument"] {
                path = main
            }
            guard archive.contains(path) else { throw Diagnostic.unsafeWorkbook(file, cause: "缺少工作簿（\(path)）；不是 Excel 文件") }
            (entries, date1904) = try WorkbookParts.workbook(archive.requiredPart(path), path: path, read: read)
            guard !entries.isEmpty else { throw Diagnostic.unsafeWorkbook(file, cause: "工作簿中没有工作表") }
            let folder = (path as NSString).deletingLastPathComponent
            let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (path as NSString).lastPathComponent + ".rels"
            targets = try WorkbookParts.relationships(archive.requiredPart(relsPath), path: relsPath,
                                                      folder: folder.isEmpty ? "" : folder + "/", read: read)
        }

        static func reader(_ file: String) -> WorkbookParts.Reader {
            { xml, path, visit throws(Diagnostic) in
                try XMLStream.read(xml, part: path, damaged: { Diagnostic.unsafeWorkbook(file, cause: $0) }, visit: visit)
            }
        }

        /// The sheet called `name` — exactly, else ignoring case and surrounding spaces — or the first.
        func entry(named name: String?) throws(Diagnostic) -> WorkbookParts.SheetEntry {
            guard let name else { return entries[0] }
            let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let entry = entries.first(where: { $0.name == name })
                ?? entries.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }) {
                return entry
            }
            let names = entries.map(\.name)
            throw Diagnostic.sheetNotFound(name, file: file, suggestion: EditDistance.suggestion(for: name, among: names), sheets: names)
        }

        func read(_ entry: WorkbookParts.SheetEntry) throws(Diagnostic) -> Sheet {
            let read = Self.reader(file)
            var context = WorksheetReader.Context(date1904: date1904)
            if let path = targets.byType["sharedStrings"], let xml = try archive.part(path) {
                context.sharedStrings = try WorkbookParts.sharedStrings(xml, path: path, read: read)
            }
            if let path = targets.byType["styles"], let xml = try archive.part(path) {
                context.formats = try WorkbookParts.cellFormats(xml, path: path, read: read)
            }
            guard let path = targets.byID[entry.relationship], let xml = try archive.part(path) else {
                throw Diagnostic.unsafeWorkbook(file, cause: "找不到工作表“\(entry.name)”的内容")
            }
            var reader = WorksheetReader(sheet: Sheet(file: file, name: entry.name, rows: []), context: context,
                                         damaged: { Diagnostic.unsafeWorkbook(file, cause: $0) })
            try read(xml, path) { event, attributes throws(Diagnostic) in try reader.visit(event, attributes) }
            var sheet = reader.sheet
            guard sheet.fillMerges(budget: Limits.mergedCells) else {
                throw Diagnostic.unsafeWorkbook(file, cause: "合并单元格覆盖超过 \(Limits.mergedCells) 个单元格")
            }
            return sheet
        }
    }
}
