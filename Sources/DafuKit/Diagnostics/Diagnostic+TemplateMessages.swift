/// The messages about templates (E020–E039, E060): what a template author reads.
extension Diagnostic {
    static func layoutNotFound(_ name: String, suggestion: String?, available: [String], at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.layoutNotFound, "找不到模板“\(name)”", at: location,
                   help: didYouMean(suggestion, otherwise: "可用模板：\(available.joined(separator: "、"))"))
    }

    static func templateFolderMissing(_ directory: String) -> Diagnostic {
        Diagnostic(.templateFolderMissing, "找不到模板目录“\(directory)”", help: "用 --templates 指定，或在含 Templates/ 的目录中运行")
    }

    static func templateSyntax(_ problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.templateSyntax, "模板语法错误：\(problem)", at: location)
    }

    static func templateNotUTF8(_ path: String) -> Diagnostic {
        Diagnostic(.unreadableFile, "无法以 UTF-8 读取模板文件", at: .start(of: path))
    }

    static func templateTooLarge(_ path: String, limit: Int) -> Diagnostic {
        Diagnostic(.fileTooLarge, "模板文件“\(path)”超过 \(FileInput.megabytes(limit))", at: .start(of: path), help: "模板应与一件答复相仿，通常只有几 KB")
    }

    static func duplicateTemplateName(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateTemplateName, "模板名“\(name)”重复（布局与片段不能同名）", at: location)
    }

    static func unknownMarker(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownMarker, "未知的结构标记“@\(name)”", at: location,
                   help: suggestion.map { "是否想写“@\($0)”？" } ?? "行首写 @@ 表示字面的 @")
    }

    static func badMarkup(_ template: String, _ problem: String) -> Diagnostic {
        Diagnostic(.badMarkup, "模板“\(template)”的结构标记有误：\(problem)")
    }

    static func templateCycle(_ names: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(.templateCycle, "模板循环包含：\(names.joined(separator: " → "))", at: location,
                   help: "模板只能在 {{#sections}} 中包含自身（按小节逐级递归）")
    }

    static func unknownBlock(_ block: String, parent: String, suggestion: String?, available: [String], at location: SourceLocation) -> Diagnostic {
        let listed = available.isEmpty ? "模板“\(parent)”没有可覆盖的块（{{$名称}}…{{/名称}}）" : "可覆盖的块：\(available.joined(separator: "、"))"
        return Diagnostic(.unknownBlock, "模板“\(parent)”及其包含的片段中没有块“\(block)”，这个覆盖不会起作用", at: location,
                          help: didYouMean(suggestion, otherwise: listed))
    }

    static func templateNesting(limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.templateTooDeep, "模板的节嵌套超过 \(limit) 层", at: location, help: "模板应与答复的结构相仿，不需要这么深的嵌套")
    }

    static func includeChainTooDeep(_ name: String, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.templateTooDeep, "模板“\(name)”的片段层层包含超过 \(limit) 层", at: location)
    }

    static func dynamicPartial(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.dynamicPartial, "不支持动态片段名“\(name)”", at: location, help: "写出片段的名字，如 {{> section}}")
    }

    static func unknownPartial(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownPartial, "找不到被包含的模板“\(name)”", at: location, help: didYouMean(suggestion))
    }

    static func tooManyTemplates(_ directory: String, limit: Int) -> Diagnostic {
        Diagnostic(.tooManyTemplates, "模板目录“\(directory)”中的模板文件超过 \(limit) 个")
    }

    static func unknownTemplateVariable(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownTemplateVariable, "模板变量“\(name)”不存在，会渲染为空", at: location,
                   help: didYouMean(suggestion, otherwise: "Templates/README.md 列出全部变量"))
    }
}
