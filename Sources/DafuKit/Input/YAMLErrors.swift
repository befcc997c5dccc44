import Yams

/// Turns the YAML library's errors into located diagnostics (E001).
enum YAMLErrors {
    static func diagnostic(for error: Error, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        guard let error = error as? YamlError else {
            return .yamlFailure(error, file: file)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem)（\($0.text)）" } ?? problem
            return .yamlSyntax(detail, at: at(mark), hint: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .duplicateKeys(duplicates, at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .undecodable(problem, file: file)
        default:
            return .yamlFailure(error, file: file)
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
