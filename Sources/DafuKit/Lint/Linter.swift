import Foundation
import Mustache
import Yams

/// `dafu lint`: everything the loader reports, plus the rules of this folder on replies, and
/// syntax, markers and variables on templates. Findings are diagnostics with stable codes.
package enum Linter {
    /// What linting one file found.
    package struct Report: Sendable {
        package var file: String
        package var text: String
        package var findings: [LintFinding]

        package var diagnostics: [Diagnostic] { findings.map(\.diagnostic) }
        package var hasErrors: Bool { findings.contains { $0.diagnostic.severity == .error } }
        package var fixes: [LintFix] { findings.compactMap(\.fix) }
    }

    static let rules: [LintRule] = [
        BracketBalanceRule(), PunctuationWidthRule(), DocumentNumberRule(), DateInTextRule(),
        SalutationRoleRule(), MeasureFullStopRule(), RepeatedSentenceRule(), MissingClosingRule(),
    ]

    /// Lints a reply file (.yaml/.yml/.json) or a template (.mustache).
    package static func lint(path: String) -> Report {
        if path.hasSuffix(".mustache") { return lintTemplate(path: path) }
        if path.hasSuffix(".style.yaml") {
            let (_, diagnostics) = StyleTable.load([path], base: StyleTable())
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return Report(file: path, text: text, findings: diagnostics.map { LintFinding(diagnostic: $0, fix: nil) })
        }
        // The rules run on each document as the loader composes it: the YAML is read once.
        var ruleFindings: [LintFinding] = []
        var source: [Substring]?
        let loaded = InputLoader.load(path: path) { text, node, reply in
            guard let reply else { return }
            let file = reply.location.file
            if source == nil { source = text.split(separator: "\n", omittingEmptySubsequences: false) }
            let texts = LintContext.scalars(node, file: file, source: source ?? [])
            let context = LintContext(reply: reply, texts: texts, byLocation: Dictionary(texts.map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a }))
            for rule in rules { ruleFindings += rule.check(context) }
        }
        var findings = loaded.diagnostics.map { LintFinding(diagnostic: $0, fix: nil) } + ruleFindings
        let sorted = Diagnostic.sortedByLocation(findings.map(\.diagnostic))
        let order = Dictionary(sorted.enumerated().map { ("\($0.element)", $0.offset) }, uniquingKeysWith: { a, _ in a })
        findings.sort { (order["\($0.diagnostic)"] ?? 0) < (order["\($1.diagnostic)"] ?? 0) }
        return Report(file: loaded.file, text: loaded.text, findings: findings)
    }

    /// `text` with the fixes applied; each fix edits only its own characters, so comments and
    /// untouched lines keep their layout. A fix found twice (a value reached through an alias)
    /// is applied once.
    package static func apply(_ fixes: [LintFix], to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var seen = Set<String>()
        let unique = fixes.filter { seen.insert("\($0.location) \($0.length) \($0.replacement)").inserted }
        let ordered = unique.sorted { ($0.location.line, $0.location.column) > ($1.location.line, $1.location.column) }
        for fix in ordered where fix.location.line <= lines.count {
            var line = lines[fix.location.line - 1]
            let start = fix.location.column - 1
            guard start >= 0, start + fix.length <= line.count else { continue }
            line.replaceSubrange(start..<(start + fix.length), with: Array(fix.replacement.unicodeScalars))
            lines[fix.location.line - 1] = line
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// The report's text with its fixes applied, checked before anything is written: the fixed
    /// text must compose to the same tree with exactly the intended values (E109 otherwise, and
    /// nothing should be written).
    package static func fixedText(_ report: Report) throws(Diagnostic) -> String {
        let fixed = apply(report.fixes, to: report.text)
        let refused = Diagnostic.fixRefused(report.file)
        guard let before = try? scalars(of: report.text, file: report.file), let after = try? scalars(of: fixed, file: report.file),
              before.count == after.count else { throw refused }
        var edits: [SourceLocation: [LintFix]] = [:]
        for fix in report.fixes { edits[fix.scalar, default: []].append(fix) }
        for (original, result) in zip(before, after) {
            var expected = Array(original.text.unicodeScalars)
            var seen = Set<String>()
            let own = (edits[original.location] ?? []).filter { seen.insert("\($0.offset) \($0.length) \($0.replacement)").inserted }
            for fix in own.sorted(by: { $0.offset > $1.offset }) where fix.offset + fix.length <= expected.count {
                expected.replaceSubrange(fix.offset..<(fix.offset + fix.length), with: Array(fix.replacement.unicodeScalars))
            }
            guard String(String.UnicodeScalarView(expected)) == result.text else { throw refused }
        }
        return fixed
    }

    /// Every scalar value of every document of `text`, in order.
    private static func scalars(of text: String, file: String) throws -> [ScalarText] {
        var documents = try YAMLText.documents(text)
        let source = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [ScalarText] = []
        while let node = documents.next() { out += LintContext.scalars(node, file: file, source: source) }
        if documents.error != nil { throw CocoaError(.fileReadCorruptFile) }
        return out
    }

    // MARK: Templates

    static func lintTemplate(path: String) -> Report {
        let source = TemplateSource(path: path)
        guard let text = source.text else {
            return Report(file: path, text: "", findings: source.diagnostics.map { LintFinding(diagnostic: $0, fix: nil) })
        }
        var diagnostics = source.diagnostics + unknownVariables(TemplateTags.scan(text), file: path) + includeProblems(of: path)
        if text.hasPrefix("{{!") && !path.contains("/partials/") {
            let reader = NodeReader(file: path)
            _ = FrontMatter.read(text, reader: reader)
            diagnostics += reader.diagnostics
        }
        return Report(file: path, text: text, findings: Diagnostic.sortedByLocation(diagnostics).map { LintFinding(diagnostic: $0, fix: nil) })
    }

    /// Cycles and unknown includes that involve the template at `path`, found over the whole
    /// template folder it belongs to (a cycle may run through other files).
    static func includeProblems(of path: String) -> [Diagnostic] {
        let folder = (path as NSString).deletingLastPathComponent
        let root = (folder as NSString).lastPathComponent == "partials" ? (folder as NSString).deletingLastPathComponent : folder
        let (layouts, partials) = TemplateSource.files(in: root.isEmpty ? "." : root)
        let sources = (layouts + partials).map(TemplateSource.init(path:))
        // A template outside a template folder: only its own includes are known.
        guard sources.contains(where: { $0.name == TemplateSource.name(ofFile: path) }) else { return [] }
        return TemplateChecks.checkIncludes(sources.map(\.outline), names: Set(sources.map(\.name))).filter { $0.location?.file == path }
    }

    /// E060: a tag naming something the template context does not have (it would render empty).
    static func unknownVariables(_ tags: [TemplateTag], file: String) -> [Diagnostic] {
        let variables: Set<TemplateTag.Kind> = [.variable, .unescaped, .section, .inverted]
        var diagnostics: [Diagnostic] = []
        for tag in tags where variables.contains(tag.kind) && tag.name != "." && !tag.name.contains("(") {
            for component in tag.name.split(separator: ".") where !TemplateContext.knownNames.contains(String(component)) {
                let suggestion = EditDistance.suggestion(for: String(component), among: Array(TemplateContext.knownNames))
                diagnostics.append(.unknownTemplateVariable(String(component), suggestion: suggestion,
                                                            at: SourceLocation(file: file, line: tag.line, column: tag.column)))
            }
        }
        return diagnostics
    }
}
