/// SpreadsheetML names (ECMA-376 Part 1, §18).
enum SML {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let worksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

    enum ContentType {
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
    }

    /// The cell styles of styles.xml, by index: what `cellXfs` lists, in this order.
    enum Style: Int {
        case plain = 0, header, text, number
    }
}
