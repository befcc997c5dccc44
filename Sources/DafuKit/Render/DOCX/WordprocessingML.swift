/// WordprocessingML names and the quirks of the format, as named tables.
enum WML {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// Relationship types by short name.
    enum RelationshipType {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let fontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
    }

    /// Content types of the parts dafu writes.
    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let core = "application/vnd.openxmlformats-package.core-properties+xml"
        static let app = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}

/// Paragraph properties, written in the order the schema requires (CT_PPr is a sequence:
/// an element out of order makes strict validators and older Word versions reject the file).
struct ParagraphProperties {
    var style: String?
    var keepNext = false
    var pageBreakBefore = false
    /// Width in twips of a frame anchored to the bottom of the type area (版记); nil: no frame.
    var bottomFrameWidth: Int?
    var borderTop: Border?
    var borderBottom: Border?
    /// A fill colour behind the paragraph (w:shd), e.g. a rule drawn as a thin black paragraph.
    var shading: String?
    /// Custom tab stops, in twips from the left margin (ECMA-376 17.3.1.37: "with respect to
    /// the current page margins", whatever the paragraph's indent).
    var tabs: [Tab] = []
    /// Whether Word adds space between Chinese and Latin letters or digits (w:autoSpaceDE,
    /// w:autoSpaceDN); nil inherits, and Word's default is on.
    var autoSpace: Bool?
    /// Whether the lines snap to the document grid (w:snapToGrid); nil inherits (they do).
    var snapToGrid: Bool?
    var spacingBefore: Int?
    var spacingAfter: Int?
    /// Line spacing in twips, exact.
    var line: Int?
    var indent: Indent?
    var justification: String?
    var outlineLevel: Int?
    /// The size of the paragraph mark in half-points (its w:rPr), for a paragraph without text
    /// whose height is its line's alone.
    var markSize: Int?

    struct Border {
        /// Eighths of a point: 0.35 mm ≈ 8, 0.25 mm ≈ 6.
        var size: Int
        var color: String
        /// Space to the text, in points.
        var space: Int = 0
    }

    /// A tab stop: `left` or `right`, at a position in twips.
    struct Tab {
        var alignment: String
        var position: Int
    }

    /// Indents in characters, written as hundredths of a character and as twips, since not
    /// every reader honours the character forms. An exact indent is written in twips only:
    /// Word reads the character forms first, in a character unit of its own rather than the
    /// grid's 字, which would move a position computed from text widths.
    struct Indent {
        var left: Double = 0
        var right: Double = 0
        var firstLine: Double = 0
        var hanging: Double = 0
        var exact = false
    }

    func write(_ xml: XMLWriter, charWidth: Int) {
        xml.element("w:pPr") {
            if let style { xml.empty("w:pStyle", ["w:val": style]) }
            if keepNext { xml.empty("w:keepNext") }
            if pageBreakBefore { xml.empty("w:pageBreakBefore") }
            if let bottomFrameWidth {
                xml.empty("w:framePr", ["w:w": String(bottomFrameWidth), "w:wrap": "around", "w:vAnchor": "margin",
                                        "w:hAnchor": "margin", "w:xAlign": "center", "w:yAlign": "bottom"])
            }
            writeBorders(xml)
            if let shading { xml.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": shading]) }
            if !tabs.isEmpty {
                xml.element("w:tabs") {
                    for tab in tabs { xml.empty("w:tab", ["w:val": tab.alignment, "w:pos": String(tab.position)]) }
                }
            }
            if let autoSpace {
                xml.empty("w:autoSpaceDE", ["w:val": autoSpace ? "1" : "0"])
                xml.empty("w:autoSpaceDN", ["w:val": autoSpace ? "1" : "0"])
            }
            if let snapToGrid { xml.empty("w:snapToGrid", ["w:val": snapToGrid ? "1" : "0"]) }
            if spacingBefore != nil || spacingAfter != nil || line != nil {
                xml.start("w:spacing")
                if let spacingBefore { xml.attribute("w:before", String(spacingBefore)) }
                if let spacingAfter { xml.attribute("w:after", String(spacingAfter)) }
                if let line {
                    xml.attribute("w:line", String(line))
                    xml.attribute("w:lineRule", "exact")
                }
                xml.end()
            }
            if let indent { write(indent, xml, charWidth: charWidth) }
            if let justification { xml.empty("w:jc", ["w:val": justification]) }
            if let outlineLevel { xml.empty("w:outlineLvl", ["w:val": String(outlineLevel)]) }
            if let markSize {
                xml.element("w:rPr") {
                    xml.empty("w:sz", ["w:val": String(markSize)])
                    xml.empty("w:szCs", ["w:val": String(markSize)])
                }
            }
        }
    }

    private func writeBorders(_ xml: XMLWriter) {
        guard borderTop != nil || borderBottom != nil else { return }
        xml.element("w:pBdr") {
            for (name, border) in [("w:top", borderTop), ("w:bottom", borderBottom)] {
                guard let border else { continue }
                xml.empty(name, ["w:val": "single", "w:sz": String(border.size), "w:space": String(border.space), "w:color": border.color])
            }
        }
    }

    private func write(_ indent: Indent, _ xml: XMLWriter, charWidth: Int) {
        xml.start("w:ind")
        func chars(_ name: String, _ value: Double) {
            if !indent.exact { xml.attribute(name + "Chars", String(Int((value * 100).rounded()))) }
        }
        func twips(_ name: String, _ value: Double) {
            xml.attribute(name, String(Int((value * Double(charWidth)).rounded())))
            chars(name, value)
        }
        twips("w:left", indent.left)
        twips("w:right", indent.right)
        if indent.hanging > 0 {
            twips("w:hanging", indent.hanging)
        } else {
            twips("w:firstLine", indent.firstLine)
        }
        xml.end()
    }
}

/// Run properties in schema order (CT_RPr: rStyle, rFonts, …, color, …, sz, szCs, …, lang).
struct RunProperties {
    var style: String?
    var font: StyleTable.Font?
    var latinFont: String?
    var color: String?
    /// Character spacing in twentieths of a point.
    var spacing: Int?
    var size: Int?
    var lang = false

    var isEmpty: Bool { style == nil && font == nil && color == nil && spacing == nil && size == nil && !lang }

    func write(_ xml: XMLWriter) {
        xml.element("w:rPr") {
            if let style { xml.empty("w:rStyle", ["w:val": style]) }
            if let font {
                // ascii covers Arabic digits and Latin letters; hAnsi covers … — “ ”, which must
                // stay in the Chinese font; eastAsia the Chinese text.
                xml.empty("w:rFonts", ["w:ascii": latinFont ?? font.name, "w:hAnsi": font.name, "w:eastAsia": font.name,
                                       "w:cs": font.name, "w:hint": "eastAsia"])
            }
            if let color { xml.empty("w:color", ["w:val": color]) }
            if let spacing { xml.empty("w:spacing", ["w:val": String(spacing)]) }
            if let size {
                xml.empty("w:sz", ["w:val": String(size)])
                xml.empty("w:szCs", ["w:val": String(size)])
            }
            if lang { xml.empty("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"]) }
        }
    }
}
