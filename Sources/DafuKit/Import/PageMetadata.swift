/// The 信息公开 table a government page shows above a letter, as copied: label–value cells
/// joined by `|`, tabs or wide spaces, one or several per line (`索引号:… | 发文字号:… |
/// 发文机关:…`, `标题:…`, `成文日期:2024-09-12`), and the item lines some pages show under the
/// title (`会议届次:…`, `建议编号:第30号`, `建议人:刘振华`). The values fill what the letter does
/// not say itself.
struct PageMetadata {
    /// The letter's fields a table can give.
    enum Field: String, CaseIterable {
        case title, docNumber, issuer, date, session, number, proposers

        /// How the field is called in notices.
        var chinese: String {
            switch self {
            case .title: return "标题"
            case .docNumber: return "发文字号"
            case .issuer: return "发文机关"
            case .date: return "成文日期"
            case .session: return "届次"
            case .number: return "编号"
            case .proposers: return "提出人"
            }
        }
    }

    /// Labels that carry a field (the first value found wins); other known labels are read and
    /// ignored (索引号, 主题分类, 发布日期 …: the page's, not the letter's).
    static let fields: [String: Field] = [
        "标题": .title, "名称": .title, "文件名称": .title,
        "发文字号": .docNumber, "文号": .docNumber,
        "发文机关": .issuer, "发布机构": .issuer, "发布机关": .issuer, "办理单位": .issuer, "主办单位": .issuer, "承办单位": .issuer,
        "成文日期": .date, "发文日期": .date,
        "会议届次": .session, "届次": .session,
        "建议编号": .number, "建议号": .number, "提案编号": .number, "提案号": .number,
        "建议人": .proposers, "提案人": .proposers, "领衔代表": .proposers, "领衔人": .proposers,
    ]
    static let ignored: Set<String> = ["索引号", "主题词", "主题分类", "分类", "信息分类", "体裁分类", "组配分类", "公开方式", "公开范围",
                                       "公开时限", "时效", "有效性", "来源", "信息来源", "时间", "作者", "发布日期", "发布时间", "更新时间",
                                       "生效日期", "废止日期", "所属机构", "内容概述", "关键词", "统一编号", "登记号"]
    /// Labels a letter line could start with too: read as the page's only near the top or with
    /// other cells on the line.
    static let weak: Set<String> = ["时间", "来源", "作者", "分类", "名称", "届次", "建议号", "提案号", "标题", "关键词"]

    private(set) var values: [Field: String] = [:]

    /// Records the fields of a data line.
    mutating func read(_ text: String) {
        for (label, value) in Self.cells(text) ?? [] {
            guard let field = Self.fields[label], values[field] == nil, !value.isEmpty else { continue }
            values[field] = value
        }
    }

    subscript(field: Field) -> String? { values[field] }

    /// Whether every cell of `text` is a label–value pair of a page table.
    static func isDataLine(_ text: String, nearTop: Bool) -> Bool {
        guard let pairs = cells(text), !pairs.isEmpty else { return false }
        return nearTop || pairs.count >= 2 || !weak.contains(pairs[0].label)
    }

    /// The label–value pairs of a line, or nil when some cell is not one. A label is followed
    /// by a colon and its value (`发文机关:某局`), or stands in its own cell with the value in
    /// the next (`索引号<tab>1151…`).
    static func cells(_ text: String) -> [(label: String, value: String)]? {
        let pieces = split(text)
        var pairs: [(label: String, value: String)] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            if piece.isEmpty { continue }
            if let colon = piece.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                let label = normalizedLabel(String(piece[..<colon]))
                guard isLabel(label) else { return nil }
                var value = TextFolding.trimmed(String(piece[piece.index(after: colon)...]))
                // 索引号：<tab>1136… — the value in the next cell.
                if value.isEmpty, index < pieces.count, !startsWithLabel(pieces[index]) {
                    value = pieces[index]
                    index += 1
                }
                pairs.append((label, value))
            } else if isLabel(normalizedLabel(piece)), text.contains("\t") {
                var value = ""
                if index < pieces.count, !startsWithLabel(pieces[index]) {
                    value = pieces[index]
                    index += 1
                }
                pairs.append((normalizedLabel(piece), value))
            } else {
                return nil
            }
        }
        return pairs
    }

    private static func isLabel(_ label: String) -> Bool { fields[label] != nil || ignored.contains(label) }

    private static func startsWithLabel(_ piece: String) -> Bool {
        let head = piece.prefix { $0 != ":" && $0 != "：" }
        return isLabel(normalizedLabel(String(head))) && (head.count < piece.count || isLabel(normalizedLabel(piece)))
    }

    /// 发 布 日 期 → 发布日期.
    private static func normalizedLabel(_ label: String) -> String {
        label.filter { $0 != " " && $0 != "\u{3000}" }
    }

    /// Cells: split at `|`, tabs, and runs of two or more spaces (or a full-width space).
    /// Tab-separated cells keep their empty values so that labels and values stay paired.
    static func split(_ text: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        func flush() {
            cells.append(TextFolding.trimmed(current))
            current = ""
        }
        for char in text {
            if char == " " {
                spaces += 1
                continue
            }
            if char == "\u{3000}" {
                spaces += 2
                continue
            }
            if spaces >= 2 { flush() } else if spaces == 1 { current.append(" ") }
            spaces = 0
            if char == "|" || char == "｜" || char == "\t" { flush() } else { current.append(char) }
        }
        if spaces == 1 { current.append(" ") }
        flush()
        return text.contains("\t") ? cells : cells.filter { !$0.isEmpty }
    }
}
