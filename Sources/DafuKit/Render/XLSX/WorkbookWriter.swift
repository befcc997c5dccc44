import Foundation

/// A minimal valid .xlsx, written with the libxml2 writer and packed like a .docx: a workbook,
/// its sheets, one styles part, inline strings (no shared-string table to keep in step), the
/// content types and relationships. Each sheet's header rows are bold, framed, frozen at the
/// top of the window and repeated on every printed page; pages are A4 landscape.
package enum WorkbookWriter {
    /// One sheet: its name, its rows (the first `headerRows` are the header) and its columns' widths in characters.
    package struct SheetContent: Sendable {
        package var name: String
        package var rows: [[Cell]]
        package var headerRows: Int
        package var columnWidths: [Int]

        package init(name: String, rows: [[Cell]], headerRows: Int, columnWidths: [Int]) {
            (self.name, self.rows, self.headerRows, self.columnWidths) = (name, rows, headerRows, columnWidths)
        }
    }

    /// A cell: text, or a whole number (counts add up in the office program).
    package enum Cell: Equatable, Sendable {
        case text(String)
        case number(Int)
    }

    /// The .xlsx bytes of `sheets`, titled `title` in its properties.
    package static func xlsx(_ sheets: [SheetContent], title: String) throws -> Data {
        try DocxPackager.package(parts(sheets, title: title))
    }

    /// The parts, in a fixed order.
    static func parts(_ sheets: [SheetContent], title: String) -> [PackagePart] {
        typealias CT = WML.ContentType
        typealias RT = WML.RelationshipType
        let sheetParts = sheets.enumerated().map { index, sheet in
            PackagePart(name: "xl/worksheets/sheet\(index + 1).xml", contentType: SML.ContentType.worksheet, xml: worksheet(sheet))
        }
        return [
            PackagePart(name: "_rels/.rels", contentType: CT.relationships, xml: PackageParts.relationships([
                ("rId1", RT.officeDocument, "xl/workbook.xml"), ("rId2", RT.coreProperties, "docProps/core.xml"),
                ("rId3", RT.extendedProperties, "docProps/app.xml"),
            ])),
            PackagePart(name: "docProps/app.xml", contentType: CT.app, xml: PackageParts.app()),
            PackagePart(name: "docProps/core.xml", contentType: CT.core, xml: PackageParts.core(title: title, creator: "dafu", date: nil)),
            PackagePart(name: "xl/workbook.xml", contentType: SML.ContentType.workbook, xml: workbook(sheets)),
            PackagePart(name: "xl/_rels/workbook.xml.rels", contentType: CT.relationships, xml: PackageParts.relationships(
                sheets.indices.map { ("rId\($0 + 1)", SML.worksheetRelationship, "worksheets/sheet\($0 + 1).xml") }
                    + [("rIdStyles", RT.styles, "styles.xml")])),
            PackagePart(name: "xl/styles.xml", contentType: SML.ContentType.styles, xml: styles()),
        ] + sheetParts
    }

    private static func workbook(_ sheets: [SheetContent]) -> String {
        let xml = XMLWriter()
        xml.start("workbook")
        xml.attribute("xmlns", SML.main)
        xml.attribute("xmlns:r", WML.r)
        xml.element("bookViews") { xml.empty("workbookView", ["activeTab": "0"]) }
        xml.element("sheets") {
            for (index, sheet) in sheets.enumerated() {
                xml.empty("sheet", ["name": sheet.name, "sheetId": String(index + 1), "r:id": "rId\(index + 1)"])
            }
        }
        xml.element("definedNames") {
            // Print titles: the header rows again at the top of every printed page.
            for (index, sheet) in sheets.enumerated() where sheet.headerRows > 0 {
                xml.element("definedName", ["name": "_xlnm.Print_Titles", "localSheetId": String(index)]) {
                    xml.text("\(SourceLocation.sheetReference(sheet.name))!$1:$\(sheet.headerRows)")
                }
            }
        }
        xml.end()
        return xml.finish()
    }

    private static func worksheet(_ sheet: SheetContent) -> String {
        let xml = XMLWriter(indent: false)
        xml.start("worksheet")
        xml.attribute("xmlns", SML.main)
        xml.element("sheetViews") {
            xml.element("sheetView", ["workbookViewId": "0"]) {
                if sheet.headerRows > 0 {
                    xml.empty("pane", ["ySplit": String(sheet.headerRows), "topLeftCell": "A\(sheet.headerRows + 1)",
                                       "activePane": "bottomLeft", "state": "frozen"])
                }
            }
        }
        xml.empty("sheetFormatPr", ["defaultRowHeight": "15"])
        if !sheet.columnWidths.isEmpty {
            xml.element("cols") {
                for (index, width) in sheet.columnWidths.enumerated() {
                    xml.empty("col", ["min": String(index + 1), "max": String(index + 1), "width": String(width), "customWidth": "1"])
                }
            }
        }
        xml.element("sheetData") {
            for (index, row) in sheet.rows.enumerated() { write(row, at: index + 1, header: index < sheet.headerRows, xml) }
        }
        xml.empty("pageMargins", ["left": "0.5", "right": "0.5", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
        xml.empty("pageSetup", ["paperSize": "9", "orientation": "landscape"])
        xml.end()
        return xml.finish()
    }

    private static func write(_ row: [Cell], at number: Int, header: Bool, _ xml: XMLWriter) {
        xml.element("row", ["r": String(number)]) {
            for (index, cell) in row.enumerated() {
                let reference = SourceLocation.cellName(row: number, column: index + 1)
                switch cell {
                case .text(let text):
                    let style = header ? SML.Style.header : .text
                    xml.element("c", ["r": reference, "s": String(style.rawValue), "t": "inlineStr"]) {
                        xml.element("is") { xml.element("t", ["xml:space": "preserve"]) { xml.text(text) } }
                    }
                case .number(let value):
                    xml.element("c", ["r": reference, "s": String(SML.Style.number.rawValue)]) { xml.element("v") { xml.text(String(value)) } }
                }
            }
        }
    }

    /// Two fonts (plain, bold), the two fills every workbook must have, a thin frame, and the
    /// four cell styles of `SML.Style`.
    private static func styles() -> String {
        let xml = XMLWriter()
        xml.start("styleSheet")
        xml.attribute("xmlns", SML.main)
        xml.element("fonts", ["count": "2"]) {
            for bold in [false, true] {
                xml.element("font") {
                    if bold { xml.empty("b") }
                    xml.empty("sz", ["val": "11"])
                    xml.empty("name", ["val": "宋体"])
                    xml.empty("charset", ["val": "134"])
                }
            }
        }
        xml.element("fills", ["count": "2"]) {
            for pattern in ["none", "gray125"] { xml.element("fill") { xml.empty("patternFill", ["patternType": pattern]) } }
        }
        xml.element("borders", ["count": "2"]) {
            xml.element("border") { for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) } }
            xml.element("border") {
                for side in ["left", "right", "top", "bottom"] { xml.element(side, ["style": "thin"]) { xml.empty("color", ["auto": "1"]) } }
                xml.empty("diagonal")
            }
        }
        xml.element("cellStyleXfs", ["count": "1"]) { xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"]) }
        xml.element("cellXfs", ["count": "4"]) {
            xf(xml, font: 0, border: 0, alignment: nil)
            xf(xml, font: 1, border: 1, alignment: ["horizontal": "center", "vertical": "center", "wrapText": "1"])
            xf(xml, font: 0, border: 1, alignment: ["vertical": "top", "wrapText": "1"])
            xf(xml, font: 0, border: 1, alignment: ["vertical": "top"])
        }
        xml.element("cellStyles", ["count": "1"]) { xml.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"]) }
        xml.end()
        return xml.finish()
    }

    private static func xf(_ xml: XMLWriter, font: Int, border: Int, alignment: KeyValuePairs<String, String>?) {
        xml.element("xf", ["numFmtId": "0", "fontId": String(font), "fillId": "0", "borderId": String(border), "xfId": "0",
                           "applyFont": "1", "applyBorder": "1", "applyAlignment": "1"]) {
            if let alignment { xml.empty("alignment", alignment) }
        }
    }
}
