import Foundation
import Yams

extension StyleTable {
    static let fontSchema = Schema("字体", [FieldName("name", "字体名"), FieldName("fallback", "替代字体")])
    static let schema = Schema("样式表", [
        FieldName("page", "页面", aliases: ["页面"]), FieldName("grid", "版心网格", aliases: ["网格"]),
        FieldName("fonts", "字体", aliases: ["字体"]), FieldName("sizes", "字号", aliases: ["字号"]),
        FieldName("colors", "颜色", aliases: ["颜色"]), FieldName("signature", "署名方式", aliases: ["署名方式"]),
    ])
    static let pageSchema = Schema("页面", ["width", "height", "margin_top", "margin_bottom", "margin_left", "margin_right", "footer"]
        .map { FieldName($0, $0) })
    static let gridSchema = Schema("网格", ["lines_per_page", "chars_per_line"].map { FieldName($0, $0) })
    static let fontsSchema = Schema("字体", ["body", "title", "heading1", "heading2", "heading3", "heading4", "signer_name",
                                           "page_number", "letterhead", "latin"].map { FieldName($0, $0) })
    static let sizesSchema = Schema("字号", ["body", "title", "heading", "page_number", "cc", "letterhead"].map { FieldName($0, $0) })
    static let colorsSchema = Schema("颜色", ["letterhead", "rule"].map { FieldName($0, $0) })

    /// Chinese size names in half-points.
    static let sizeNames: [String: Int] = ["初号": 84, "小初": 72, "一号": 52, "小一": 48, "二号": 44, "小二": 36,
                                           "三号": 32, "小三": 30, "四号": 28, "小四": 24, "五号": 21, "小五": 18]

    /// The style table of every layout in `directory`: `default.style.yaml`, then the style files
    /// of the layouts it extends (`ancestors`, nearest first), then its own `<layout>.style.yaml`
    /// on top. All problems of all files are returned together.
    /// `sources`: the bytes of each style file read, by style name (`default`, a layout's name).
    static func load(directory: String, layouts: some Sequence<String>, ancestors: [String: [String]] = [:])
        -> (tables: [String: StyleTable], diagnostics: [Diagnostic], sources: [String: Data]) {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent("\(name).style.yaml") }
        var sources: [String: Data] = [:]
        let (base, defaults) = load([path("default")], base: StyleTable(), sources: &sources)
        var diagnostics = defaults
        var tables: [String: StyleTable] = [:]
        for layout in layouts {
            // A layout extending others takes their style files first, the farthest first; each
            // file's problems are reported once, with its own layout.
            let inherited = (ancestors[layout] ?? []).reversed().map(path)
            let (table, found) = load(inherited + [path(layout)], base: base, sources: &sources)
            tables[layout] = table
            diagnostics += found.filter { diagnostic in !inherited.contains { diagnostic.location?.file == $0 } }
        }
        return (tables, diagnostics, sources)
    }

    /// `base` with the style files in `paths` applied in order (missing files skipped).
    static func load(_ paths: [String], base: StyleTable) -> (StyleTable, [Diagnostic]) {
        var sources: [String: Data] = [:]
        return load(paths, base: base, sources: &sources)
    }

    /// The same, keeping the bytes of each file read in `sources` by style name.
    private static func load(_ paths: [String], base: StyleTable, sources: inout [String: Data]) -> (StyleTable, [Diagnostic]) {
        var table = base
        var diagnostics: [Diagnostic] = []
        for path in paths where FileManager.default.fileExists(atPath: path) {
            let reader = NodeReader(file: path)
            do throws(Diagnostic) {
                let data = try FileInput.read(path, limit: Limits.templateBytes)
                sources[String((path as NSString).lastPathComponent.dropLast(".style.yaml".count))] = data
                guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path, cause: "不是 UTF-8 编码") }
                if let node = try YAMLText.compose(text, file: path) { table.apply(node, reader: reader) }
            } catch {
                reader.report(error)
            }
            diagnostics += reader.diagnostics
        }
        return (table, diagnostics)
    }

    private mutating func apply(_ node: Node, reader: NodeReader) {
        guard let root = reader.mapping(node, schema: Self.schema, field: "样式表") else { return }
        if let page = reader.submapping(root, "page", Self.pageSchema) {
            reader.twips(page["width"], 1000...40000).map { pageWidth = $0 }
            reader.twips(page["height"], 1000...40000).map { pageHeight = $0 }
            reader.twips(page["margin_top"], 0...10000).map { marginTop = $0 }
            reader.twips(page["margin_bottom"], 0...10000).map { marginBottom = $0 }
            reader.twips(page["margin_left"], 0...10000).map { marginLeft = $0 }
            reader.twips(page["margin_right"], 0...10000).map { marginRight = $0 }
            reader.twips(page["footer"], 0...10000).map { footerDistance = $0 }
        }
        if let grid = reader.submapping(root, "grid", Self.gridSchema) {
            reader.twips(grid["lines_per_page"], 5...100).map { linesPerPage = $0 }
            reader.twips(grid["chars_per_line"], 1...100).map { charsPerLine = $0 }
        }
        if let fonts = reader.submapping(root, "fonts", Self.fontsSchema) {
            reader.font(fonts["body"]).map { bodyFont = $0 }
            reader.font(fonts["title"]).map { titleFont = $0 }
            for level in 1...4 { reader.font(fonts["heading\(level)"]).map { headingFonts[level - 1] = $0 } }
            reader.font(fonts["signer_name"]).map { signerNameFont = $0 }
            reader.font(fonts["page_number"]).map { pageNumberFont = $0 }
            reader.font(fonts["letterhead"]).map { letterheadFont = $0 }
            if let latin = fonts["latin"] { latinFont = reader.text(latin)?.value }
        }
        if let sizes = reader.submapping(root, "sizes", Self.sizesSchema) {
            reader.size(sizes["body"]).map { bodySize = $0 }
            reader.size(sizes["title"]).map { titleSize = $0 }
            reader.size(sizes["heading"]).map { headingSize = $0 }
            reader.size(sizes["page_number"]).map { pageNumberSize = $0 }
            reader.size(sizes["cc"]).map { ccSize = $0 }
            reader.size(sizes["letterhead"]).map { letterheadSize = $0 }
        }
        if let colors = reader.submapping(root, "colors", Self.colorsSchema) {
            reader.color(colors["letterhead"]).map { letterheadColor = $0 }
            reader.color(colors["rule"]).map { ruleColor = $0 }
        }
        reader.choice(root["signature"], ["unsealed": SignatureMode.unsealed, "不加盖印章": .unsealed,
                                          "sealed": .sealed, "加盖印章": .sealed]).map { signature = $0.value }
    }
}

extension NodeReader {
    /// A whole number in `range` (twips, counts), E018 otherwise.
    func twips(_ entry: MappingView.Entry?, _ range: ClosedRange<Int>) -> Int? {
        guard let entry, let text = text(entry) else { return nil }
        guard let value = Int(text.value), range.contains(value) else {
            report(.badStyleNumber(entry.writtenKey, text.value, range: range, at: text.location))
            return nil
        }
        return value
    }

    /// A font: a name, or a mapping with `name` and `fallback`.
    func font(_ entry: MappingView.Entry?) -> StyleTable.Font? {
        guard let entry else { return nil }
        if case .mapping = entry.value {
            guard let view = mapping(entry.value, schema: StyleTable.fontSchema, field: entry.writtenKey, introducedAt: entry.keyLocation),
                  let name = requiredText(view, "name") else { return nil }
            return StyleTable.Font(name: name.value, fallback: text(view["fallback"])?.value ?? name.value)
        }
        return text(entry).map { StyleTable.Font(name: $0.value, fallback: $0.value) }
    }

    /// A size: a Chinese size name (三号) or points (16, 10.5).
    func size(_ entry: MappingView.Entry?) -> Int? {
        guard let entry, let text = text(entry) else { return nil }
        if let halfPoints = StyleTable.sizeNames[text.value] { return halfPoints }
        let points = text.value.hasSuffix("pt") ? String(text.value.dropLast(2)) : text.value
        if let value = Double(points), value >= 5, value <= 100, (value * 2).rounded() == value * 2 { return Int(value * 2) }
        report(.badFontSize(text.value, at: text.location))
        return nil
    }

    /// An RGB colour in hex.
    func color(_ entry: MappingView.Entry?) -> String? {
        guard let entry, let text = text(entry) else { return nil }
        let hex = text.value.hasPrefix("#") ? String(text.value.dropFirst()) : text.value
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else {
            report(.badColor(text.value, at: text.location))
            return nil
        }
        return hex.uppercased()
    }
}
