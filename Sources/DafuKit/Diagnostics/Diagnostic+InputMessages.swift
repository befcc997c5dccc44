import Foundation

/// The messages about input files and the reply's fields (E001–E019, W001–W003): every text
/// a drafter reads about their data is here.
extension Diagnostic {
    // MARK: Files

    static func yamlSyntax(_ detail: String, at location: SourceLocation, hint: String?) -> Diagnostic {
        Diagnostic(.yamlSyntax, "YAML 语法错误：\(detail)", at: location, help: hint)
    }

    /// A plain value ending in an ASCII colon: YAML reads it as a key.
    static func yamlTrailingColon(_ value: String, problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, "YAML 语法错误：“\(value)”以英文冒号“:”结尾，YAML 把它读成了键（\(problem)）", at: location,
                   help: trailingColonHelp(value))
    }

    /// What to write instead of a value ending in an ASCII colon.
    static func trailingColonHelp(_ value: String) -> String {
        let bare = value.hasSuffix(":") ? String(value.dropLast()) : value
        return "改用中文冒号“：”（\(bare)：），或给整个值加引号（\(YAMLText.quoted(value))）"
    }

    static func yamlFailure(_ error: Error, file: String) -> Diagnostic {
        Diagnostic(.yamlSyntax, "YAML 读取失败：\(error)", at: .start(of: file))
    }

    static func unreadable(_ path: String, cause: String) -> Diagnostic {
        Diagnostic(.unreadableFile, "无法读取文件“\(path)”：\(cause)")
    }

    static func invalidUTF8(byte: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unreadableFile, "文件不是有效的 UTF-8 编码（第\(byte)字节），也不是 GB18030/GBK", at: location, help: "请将文件另存为 UTF-8 编码")
    }

    static func undecodable(_ problem: String, file: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.unreadableFile, "文件编码无法读取：\(problem)", at: location ?? .start(of: file))
    }

    static func controlCharacter(_ value: Int32, at location: SourceLocation) -> Diagnostic {
        let code = String(format: "U+%04X", value)
        return Diagnostic(.unreadableFile, "文件含有 YAML 不允许的控制字符 \(code)", at: location,
                          help: "多由别的程序粘贴而来：删除它；确需保留时，在双引号字符串里写作 \\u\(code.dropFirst(2))")
    }

    static func emptyLetter(_ file: String) -> Diagnostic {
        Diagnostic(.emptyFile, "文件中没有可导入的文字（文件为空）", at: .start(of: file))
    }

    static func emptyFile(_ file: String) -> Diagnostic {
        Diagnostic(.emptyFile, "文件中没有答复数据（文件为空或只有注释）", at: .start(of: file))
    }

    static func binaryFile(_ file: String) -> Diagnostic {
        Diagnostic(.binaryFile, "文件不是文本（含有二进制数据），无法作为答复数据读取", at: .start(of: file))
    }

    static func documentTooLarge(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.documentTooLarge, "文档过大或别名（&锚点/*别名）展开过多，已停止读取", at: location,
                   help: "一件答复的数据应在数万个值以内；请检查是否误用了 YAML 别名")
    }

    static func nestingTooDeep(at location: SourceLocation, limit: Int) -> Diagnostic {
        Diagnostic(.nestingTooDeep, "嵌套层次过深，已停止读取", at: location, help: "一件答复的数据不需要超过\(limit)层的列表或映射")
    }

    static func fileTooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(.fileTooLarge, "文件“\(path)”过大（\(FileInput.megabytes(size)) 以上），上限为 \(FileInput.megabytes(limit))",
                   help: "检查是否选错了文件；答复数据通常只有几十 KB")
    }

    static func transcoded(_ encoding: String, file: String) -> Diagnostic {
        Diagnostic(.transcoded, encoding == "UTF-16" ? "文件是 UTF-16 编码，已按 UTF-16 读取" : "文件是 \(encoding)编码，已转为 UTF-8 读取",
                   at: .start(of: file), help: "建议另存为 UTF-8 编码")
    }

    // MARK: Fields

    /// - Parameters:
    ///   - suggestion: a key of this mapping (`title`), or where the field belongs (`header.doc_number`).
    ///   - orText: the key with its colon, when it may be a text whose ASCII colon made it a key.
    ///   - described: the suggested field's Chinese name and keys, for a usual mistake (`salutation`).
    /// A key with no value in a `{…}` mapping, that is Chinese text: an ASCII comma in a value
    /// ended the value there, and the rest was read as a key.
    static func textCutByComma(_ written: String, in mapping: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownField, "未知字段“\(written)”（\(mapping)）：英文逗号“,”把前一个值截断了", at: location,
                   help: "在 {…} 里英文逗号分隔字段：文字中的逗号请用中文逗号“，”，或给整个值加引号")
    }

    static func unknownField(_ written: String, in mapping: String, suggestion: String?, fields: [String], at location: SourceLocation,
                             orText: String? = nil, described: String? = nil) -> Diagnostic {
        let help: String?
        if let orText {
            help = "如果这是一段文字：" + trailingColonHelp(orText)
        } else if let suggestion, let dot = suggestion.firstIndex(of: ".") {
            // A field of another mapping: header.doc_number.
            let parent = suggestion[..<dot], key = suggestion[suggestion.index(after: dot)...]
            let named = InputSchema.described(suggestion).map { "（\($0)）" } ?? ""
            help = "“\(key)”\(named)属于 \(parent)，应写在它之下：\(parent): {\(key): …}"
        } else if let suggestion, let named = described {
            help = "是否想写“\(suggestion)”（\(named)）？"
        } else {
            help = didYouMean(suggestion, otherwise: "可用字段：\(fields.joined(separator: "、"))")
        }
        return Diagnostic(.unknownField, "未知字段“\(written)”（\(mapping)）", at: location, help: help)
    }

    static func wrongType(_ field: String, expected: String, actual: String, at location: SourceLocation, accepted: String? = nil) -> Diagnostic {
        Diagnostic(.wrongType, "字段“\(field)”应为\(expected)，实际为\(actual)", at: location, help: accepted)
    }

    /// A text written with an ASCII colon at its end, which YAML read as a mapping `{text: null}`.
    static func trailingColon(_ field: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "字段“\(field)”的值“\(value)”以英文冒号“:”结尾，YAML 把它读成了映射（键值对）", at: location,
                   help: trailingColonHelp(value))
    }

    static func keyNotText(_ actual: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "字段名应为文本，实际为\(actual)", at: location)
    }

    static func missingField(_ key: String, _ chinese: String, at location: SourceLocation?, because reason: String? = nil) -> Diagnostic {
        Diagnostic(.missingField, "缺少必填字段“\(key)”（\(chinese)）" + (reason.map { "——\($0)" } ?? ""), at: location)
    }

    static func emptyField(_ written: String, _ chinese: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.missingField, "必填字段“\(written)”（\(chinese)）不能为空", at: location)
    }

    static func emptyMeasure(leadKey: String, in item: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.missingField, "缺少必填字段“\(leadKey)”或“text”（\(item)不能为空）", at: location)
    }

    static func duplicateField(_ written: String, earlier: String, line: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateField, "字段“\(written)”重复（与第\(line)行的“\(earlier)”相同）", at: location)
    }

    static func duplicateKeys(_ keys: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateField, "字段“\(keys.joined(separator: "、"))”重复", at: location)
    }

    static func badDateFormat(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDate, "日期“\(text)”格式不对，应写作 2025-05-14", at: location)
    }

    static func impossibleDate(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDate, "日期“\(text)”不存在", at: location)
    }

    static func invalidChoice(_ field: String, _ value: String, suggestion: String?, choices: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(.invalidChoice, "字段“\(field)”的值“\(value)”无效", at: location,
                   help: didYouMean(suggestion, otherwise: "可选值：\(choices.joined(separator: "、"))"))
    }

    static func notYesNo(_ field: String, _ value: String, at location: SourceLocation, help: String? = nil) -> Diagnostic {
        Diagnostic(.notYesNo, "字段“\(field)”应为是/否（true/false），实际为“\(value)”", at: location, help: help)
    }

    static func sectionsTooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.sectionsTooDeep, "小节层级超过四级（一、（一）1.（1））", at: location, help: "公文结构层次最多四级，请合并或改为列举（一是……）")
    }

    static func badNumberPattern(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badNumbering, "序号样式“\(text)”无效：应写第一个序号，含且只含一个“一”或“1”", at: location, help: "例如 一、 （一） 1. （1） 一是 第一，")
    }

    static func tooManyLevels(_ count: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badNumbering, "层级序号最多四级，实际给了\(count)级", at: location)
    }

    static func badRunInLevel(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badNumbering, "标题接排层级应为 1 到 4 的整数，实际为“\(text)”", at: location)
    }

    static func handTypedNumber(_ label: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.handTypedNumber, "“\(label)”像是手写的序号；序号由模板自动生成，会重复出现", at: location, help: "删去“\(label)”")
    }

    static func invisibleCharacter(_ field: String, _ scalar: Unicode.Scalar, lineBreak: Bool, at location: SourceLocation) -> Diagnostic {
        let what = lineBreak ? "分隔符" : "控制字符", done = lineBreak ? "已按换行处理" : "已删除"
        return Diagnostic(.invisibleCharacter, "字段“\(field)”含不可见的\(what) U+\(String(format: "%04X", scalar.value))，\(done)",
                          at: location, help: "多见于从网页或其他文件粘贴的文字")
    }

    // MARK: Style tables

    static func badStyleNumber(_ key: String, _ value: String, range: ClosedRange<Int>, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badStyleValue, "样式值“\(key): \(value)”无效：应为 \(range.lowerBound) 到 \(range.upperBound) 的整数", at: location)
    }

    static func badFontSize(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badStyleValue, "字号“\(value)”无效：应为字号名（如 三号）或磅值（如 16）", at: location)
    }

    static func badColor(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badStyleValue, "颜色“\(value)”无效：应为六位十六进制，如 FF0000", at: location)
    }

    // MARK: Figures

    static func undefinedFigure(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.undefinedFigure, "未定义的数据“{\(name)}”", at: location,
                   help: suggestion.map { "是否想写“{\($0)}”？" } ?? "在 figures 中定义它，或删去花括号")
    }

    static func unusedFigure(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unusedFigure, "数据“\(name)”已定义但未使用", at: location)
    }

    static func figureValueCount(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badFigure, "数据“\(name)”的数值应为一个数，或两个数表示范围", at: location)
    }

    static func figureNotDigits(_ name: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badFigure, "数据“\(name)”的数值“\(value)”不是阿拉伯数字（GB/T 15835：不写“千”“百”，不加千分撇）", at: location,
                   help: "例如 7414、374.26；“万”“亿”写在 scale 中")
    }

    static func figureScale(_ name: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badFigure, "数据“\(name)”的量级只能是“万”或“亿”，实际为“\(value)”", at: location,
                   help: "GB/T 15835：“千”“百”不与阿拉伯数字混用，写作 3000 而不是 3千")
    }
}
