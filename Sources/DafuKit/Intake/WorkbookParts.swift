import Foundation

/// The small parts of an .xlsx around its sheets, each read from the XML stream by a few
/// lines of state (ECMA-376 Part 1, §18): the workbook's sheet list, relationships, shared
/// strings and number formats.
enum WorkbookParts {
    /// A sheet as the workbook lists it, in tab order.
    struct SheetEntry: Equatable {
        var name: String
        var relationship: String
    }

    /// The sheets in tab order, and whether dates count from 1904 (old Mac workbooks).
    static func workbook(_ xml: Data, path: String, read: Reader) throws(Diagnostic) -> (sheets: [SheetEntry], date1904: Bool) {
        var sheets: [SheetEntry] = [], date1904 = false
        try read(xml, path) { event, attributes in
            guard case .start(let name, _) = event else { return }
            if name == "sheet", let sheet = attributes["name"], let id = attributes["r:id"] {
                sheets.append(SheetEntry(name: sheet, relationship: id))
            } else if name == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value == "true"
            }
        }
        return (sheets, date1904)
    }

    /// Relationship targets by id, resolved against the folder of the part they belong to
    /// (`worksheets/sheet1.xml` from xl/ is `xl/worksheets/sheet1.xml`), and targets by type.
    static func relationships(_ xml: Data, path: String, folder: String, read: Reader) throws(Diagnostic) -> (byID: [String: String], byType: [String: String]) {
        var byID: [String: String] = [:], byType: [String: String] = [:]
        try read(xml, path) { event, attributes in
            guard case .start("Relationship", _) = event, let id = attributes["Id"], let target = attributes["Target"] else { return }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : normalized(folder + target)
            byID[id] = path
            if let type = attributes["Type"]?.split(separator: "/").last { byType[String(type)] = path }
        }
        return (byID, byType)
    }

    /// `a/b/../c` → `a/c`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings in order: each `si`'s text runs, without phonetic guides (`rPh`).
    static func sharedStrings(_ xml: Data, path: String, read: Reader) throws(Diagnostic) -> [String] {
        var strings: [String] = [], current = "", inText = false, phonetic = 0
        try read(xml, path) { event, _ in
            switch event {
            case .start("si", let empty):
                current = ""
                if empty { strings.append("") }
            case .end("si"): strings.append(current)
            case .start("rPh", false): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", false): inText = phonetic == 0
            case .end("t"): inText = false
            case .text(let text): if inText { current += text }
            default: break
            }
        }
        return strings
    }

    /// The number format of each cell style (`cellXfs`), by the style's index.
    static func cellFormats(_ xml: Data, path: String, read: Reader) throws(Diagnostic) -> [CellText.Format] {
        var custom: [Int: CellText.Format] = [:], ids: [Int] = [], inCellXfs = false
        try read(xml, path) { event, attributes in
            switch event {
            case .start("numFmt", _):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = CellText.Format(code: code) }
            case .start("cellXfs", let empty): inCellXfs = !empty
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", _) where inCellXfs: ids.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        return ids.map { custom[$0] ?? (CellText.builtInDateFormats.contains($0) ? .date : .general) }
    }

    /// Reads one part's XML (data, path) as events: XMLStream with the workbook's failure wording.
    typealias Reader = (Data, String, (XMLStream.Event, XMLStream.Attributes) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void
}
