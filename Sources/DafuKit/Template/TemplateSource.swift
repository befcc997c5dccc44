import Foundation
import Mustache

/// One template file read, checked and compiled — the single path both the template library
/// and `dafu lint` take, so a template problem is found and worded the same way in both.
struct TemplateSource {
    /// The file's template name: its file name without `.mustache`.
    let name: String
    let path: String
    /// The text, when the file could be read.
    let text: String?
    /// The compiled template, when there was no error.
    let template: MustacheTemplate?
    /// What it includes, expands and overrides (for the folder's checks).
    let outline: TemplateChecks.Outline
    let diagnostics: [Diagnostic]

    /// Reads `path` (size cap, UTF-8), checks markers, nesting and includes before
    /// swift-mustache sees it (its parser recurses per section), then compiles it.
    init(path: String) {
        self.path = path
        name = Self.name(ofFile: path)
        let text: String
        do {
            text = try Self.read(path)
        } catch {
            (self.text, template, outline, diagnostics) = (nil, nil, TemplateChecks.Outline(name: name), [error])
            return
        }
        self.text = text
        let checked = TemplateChecks.check(TemplateTags.scan(text), name: name, file: path)
        outline = checked.outline
        var diagnostics = Self.checkMarkers(text, file: path) + checked.diagnostics
        var compiled: MustacheTemplate?
        if checked.diagnostics.isEmpty {
            do {
                compiled = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.templateSyntax(Self.explained(error.error), at: SourceLocation(file: path, line: error.context.lineNumber,
                                                                                                  column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.templateSyntax("\(error)", at: .start(of: path)))
            }
        }
        template = compiled
        self.diagnostics = diagnostics
    }

    /// swift-mustache's parser errors in Chinese, each with its own name kept for searching.
    private static let parserErrors: [String: String] = [
        "sectionCloseNameIncorrect": "结束标签与开始标签的名字不一致（{{#名称}}…{{/名称}}）",
        "unfinishedName": "标签没有写完，或名字含有不允许的字符",
        "expectedSectionEnd": "缺少结束标签 {{/名称}}",
        "invalidSetDelimiter": "定界符标签 {{=<% %>=}} 写法有误",
        "transformAppliedToInheritanceSection": "块 {{$名称}} 不能使用变换",
        "illegalTokenInsideInheritSection": "{{<父模板}} 与 {{/父模板}} 之间只能写块的覆盖 {{$名称}}…{{/名称}}",
        "textInsideInheritSection": "{{<父模板}} 与 {{/父模板}} 之间只能写块的覆盖 {{$名称}}…{{/名称}}",
        "invalidConfigVariableSyntax": "配置标签 {{%…}} 写法有误",
        "unrecognisedConfigVariable": "不认识的配置标签 {{%…}}",
    ]

    /// A parser error as a template author reads it: Chinese, then the parser's own name.
    static func explained(_ error: Error) -> String {
        let name = "\(error)"
        return parserErrors[name].map { "\($0)（\(name)）" } ?? name
    }

    static func name(ofFile path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// A template's text: at most the size cap, UTF-8.
    static func read(_ path: String) throws(Diagnostic) -> String {
        let data: Data
        do {
            data = try FileInput.read(path, limit: Limits.templateBytes)
        } catch {
            guard error.code == .fileTooLarge else { throw error }
            throw .templateTooLarge(path, limit: Limits.templateBytes)
        }
        guard let source = String(data: data, encoding: .utf8) else { throw .templateNotUTF8(path) }
        return source
    }

    /// The layouts (top-level `*.mustache`) and partials (`partials/*.mustache`) of a folder.
    static func files(in directory: String) -> (layouts: [String], partials: [String]) {
        func mustacheFiles(_ folder: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix(".mustache") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
        }
        return (mustacheFiles(directory), mustacheFiles((directory as NSString).appendingPathComponent("partials")))
    }

    /// Unknown markers, found where they are written (the output has no line numbers).
    static func checkMarkers(_ source: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop(while: { $0 == " " || $0 == "\t" })
            // Markers may follow standalone mustache tags on the same line: {{#x}}@item …
            while rest.hasPrefix("{{"), let close = rest.range(of: "}}") { rest = rest[close.upperBound...] }
            guard let (name, _) = BlockMarkup.split(rest), BlockMarkup.markers[String(name)] == nil else { continue }
            let column = line.distance(from: line.startIndex, to: rest.startIndex) + 1
            let suggestion = EditDistance.suggestion(for: String(name), among: Array(BlockMarkup.markers.keys))
            diagnostics.append(.unknownMarker(String(name), suggestion: suggestion, at: SourceLocation(file: file, line: number + 1, column: column)))
        }
        return diagnostics
    }
}
