import Foundation
import Mustache
import Yams

/// `dafu lint`: everything the loader reports, plus the rules of this folder on replies, and
/// syntax, markers and variables on templates. Findings are diagnostics with stable codes.
public enum Linter {
    /// What linting one file found.
    public struct Report: Sendable {
        public var file: String
        public var text: String
        public var findings: [LintFinding]

        public var diagnostics: [Diagnostic] { findings.map(\.diagnostic) }
        public var hasErrors: Bool { findings.contains { $0.diagnostic.severity == .error } }
        public var fixes: [LintFix] { findings.compactMap(\.fix) }
    }

    static let rules: [LintRule] = [
        BracketBalanceRule(), PunctuationWidthRule(), DocumentNumberRule(), DateInTextRule(),
        SalutationRoleRule(), MeasureFullStopRule(), RepeatedSentenceRule(), MissingClosingRule(),
    ]

    /// Lints a reply file (.yaml/.yml/.json) or a template (.mustache).
    public static func lint(path: String) -> Report {
        if path.hasSuffix(".mustache") { return lintTemplate(path: path) }
        if path.hasSuffix(".style.yaml") {
            let (_, diagnostics) = StyleSheet.load([path], base: StyleSheet())
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return Report(file: path, text: text, findings: diagnostics.map { LintFinding(diagnostic: $0, fix: nil) })
        }
        let loaded = InputLoader.load(path: path)
        var findings = loaded.diagnostics.map { LintFinding(diagnostic: $0, fix: nil) }
        let source = loaded.text.split(separator: "\n", omittingEmptySubsequences: false)
        if !loaded.replies.isEmpty, var documents = try? Yams.compose_all(yaml: loaded.text, Resolver.basic) {
            var index = 0
            let replies = Dictionary(uniqueKeysWithValues: loaded.replies.map { ($0.index, $0.reply) })
            while let node = documents.next() {
                index += 1
                guard let reply = replies[index] else { continue }
                let texts = LintContext.scalars(node, file: loaded.file, source: source)
                let context = LintContext(reply: reply, texts: texts, byLocation: Dictionary(texts.map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a }))
                for rule in rules { findings += rule.check(context) }
            }
        }
        let sorted = Diagnostic.sortedByLocation(findings.map(\.diagnostic))
        let order = Dictionary(sorted.enumerated().map { ("\($0.element)", $0.offset) }, uniquingKeysWith: { a, _ in a })
        findings.sort { (order["\($0.diagnostic)"] ?? 0) < (order["\($1.diagnostic)"] ?? 0) }
        return Report(file: loaded.file, text: loaded.text, findings: findings)
    }

    /// `text` with the fixes applied; each fix edits only its own characters, so comments and
    /// untouched lines keep their layout.
    public static func apply(_ fixes: [LintFix], to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let ordered = fixes.sorted { ($0.location.line, $0.location.column) > ($1.location.line, $1.location.column) }
        for fix in ordered where fix.location.line <= lines.count {
            var line = lines[fix.location.line - 1]
            let start = fix.location.column - 1
            guard start >= 0, start + fix.length <= line.count else { continue }
            line.replaceSubrange(start..<(start + fix.length), with: Array(fix.replacement.unicodeScalars))
            lines[fix.location.line - 1] = line
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    // MARK: Templates

    static func lintTemplate(path: String) -> Report {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            return Report(file: path, text: "", findings: [LintFinding(diagnostic: .error("E030", "无法以 UTF-8 读取模板文件",
                                                                                             at: SourceLocation(file: path, line: 1, column: 1)), fix: nil)])
        }
        var diagnostics = TemplateLibrary.checkMarkers(source, file: path)
        do {
            _ = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            diagnostics.append(.error("E030", "模板语法错误：\(error.error)",
                                      at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber)))
        } catch {
            diagnostics.append(.error("E030", "模板语法错误：\(error)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        diagnostics += unknownVariables(source, file: path)
        if source.hasPrefix("{{!") && !path.contains("/partials/") {
            let reader = NodeReader(file: path)
            _ = FrontMatter.read(source, reader: reader)
            diagnostics += reader.diagnostics
        }
        return Report(file: path, text: source, findings: Diagnostic.sortedByLocation(diagnostics).map { LintFinding(diagnostic: $0, fix: nil) })
    }

    /// E060: a tag naming something the template context does not have (it would render empty).
    static func unknownVariables(_ source: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                if tag.hasPrefix("{") { tag = String(tag.dropFirst()) }
                guard let first = tag.first, !"!><$=".contains(first) else { continue }
                if "#^/&".contains(first) { tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces) }
                guard tag != ".", !tag.contains("(") else { continue }
                for component in tag.split(separator: ".") where !TemplateContext.knownNames.contains(String(component)) {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    let suggestion = EditDistance.suggestion(for: String(component), among: Array(TemplateContext.knownNames))
                    diagnostics.append(.error("E060", "模板变量“\(component)”不存在，会渲染为空", at: SourceLocation(file: file, line: number + 1, column: column),
                                              help: suggestion.map { "是否想写“\($0)”？" } ?? "Templates/README.md 列出全部变量"))
                }
            }
        }
        return diagnostics
    }
}
