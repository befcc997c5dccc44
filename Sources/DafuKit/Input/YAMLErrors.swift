import Yams

/// Turns the YAML library's errors into located diagnostics (E001).
enum YAMLErrors {
    static func diagnostic(for error: Error, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        guard let error = error as? YamlError else {
            return .error("E001", "YAML 读取失败：\(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem)（\($0.text)）" } ?? problem
            return .error("E001", "YAML 语法错误：\(detail)", at: at(mark), help: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("E013", "字段“\(duplicates.joined(separator: "、"))”重复", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error("E002", "文件编码无法读取：\(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return .error("E001", "YAML 读取失败：\(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// A Chinese hint for the YAML mistakes drafters make most.
    private static func hint(for problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "值里含有“: ”（英文冒号加空格）时，请给整个值加引号，或改用中文冒号“：”"
        }
        if problem.contains("tab") { return "YAML 缩进只能用空格，不能用制表符" }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "检查本行与上一行的缩进是否对齐"
        }
        return nil
    }
}
