import Foundation
import Mustache
import Yams

/// One layout a reply can be rendered with: a mustache template in Templates/ whose front
/// matter (a leading `{{! … }}` comment holding YAML) describes it and sets layout choices.
public struct LayoutTemplate: Sendable {
    /// The template's name: its file name without `.mustache`.
    public var name: String
    /// One line saying what the layout is for.
    public var description: String
    /// The layout choices of the front matter.
    public var options: LayoutOptions
    /// The style table: default.style.yaml, then <name>.style.yaml.
    public var style: StyleSheet
    /// The DOCX writer for this style table, its fixed parts written once.
    public var writer: WordprocessingWriter
    /// The file, as found.
    public var path: String
}

/// The templates of a folder, parsed once and shared by every reply of a run.
///
/// Top-level `*.mustache` files are layouts; `partials/*.mustache` are partials, included
/// with `{{> name}}`. All are registered in one mustache library, so layouts can include
/// partials and use mustache's parent/block inheritance.
public struct TemplateLibrary: Sendable {
    public let directory: String
    public private(set) var layouts: [String: LayoutTemplate] = [:]
    private var mustache = MustacheLibrary()

    /// Loads and checks every template under `directory`; all problems are reported at once.
    public init(directory: String) throws(DiagnosticList) {
        self.directory = directory
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([.templateFolderMissing(directory)])
        }
        // The shared style table is read once; each layout's own file is applied on top.
        let (baseStyle, baseDiagnostics) = StyleSheet.load([(directory as NSString).appendingPathComponent("default.style.yaml")], base: StyleSheet())
        var diagnostics = baseDiagnostics
        let (layoutFiles, partialFiles) = Self.files(in: directory)
        guard layoutFiles.count + partialFiles.count <= Limits.templateFiles else {
            throw DiagnosticList([.tooManyTemplates(directory, limit: Limits.templateFiles)])
        }
        var includes: [TemplateChecks.Include] = []
        var names: Set<String> = []
        for (isLayout, files) in [(true, layoutFiles), (false, partialFiles)] {
            for path in files {
                let name = Self.name(ofFile: path)
                let source: String
                do {
                    source = try Self.readSource(path)
                } catch {
                    diagnostics.append(error)
                    continue
                }
                if !names.insert(name).inserted {
                    diagnostics.append(.duplicateTemplateName(name, at: SourceLocation(file: path, line: 1, column: 1)))
                    continue
                }
                diagnostics += Self.checkMarkers(source, file: path)
                // Checked before swift-mustache sees the source: its parser recurses per section.
                let checked = TemplateChecks.check(TemplateTags.scan(source), name: name, file: path)
                includes += checked.includes
                guard checked.diagnostics.isEmpty else {
                    diagnostics += checked.diagnostics
                    continue
                }
                do {
                    mustache.register(try MustacheTemplate(string: source), named: name)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.templateSyntax("\(error.error)", at: SourceLocation(file: path, line: error.context.lineNumber,
                                                                                           column: error.context.columnNumber)))
                    continue
                } catch {
                    diagnostics.append(.templateSyntax("\(error)", at: SourceLocation(file: path, line: 1, column: 1)))
                    continue
                }
                if isLayout {
                    let reader = NodeReader(file: path)
                    let frontMatter = FrontMatter.read(source, reader: reader)
                    diagnostics += reader.diagnostics
                    let (style, styleDiagnostics) = StyleSheet.load(
                        [(directory as NSString).appendingPathComponent("\(name).style.yaml")], base: baseStyle)
                    diagnostics += styleDiagnostics
                    layouts[name] = LayoutTemplate(name: name, description: frontMatter.description,
                                                   options: frontMatter.overrides.applied(to: LayoutOptions()),
                                                   style: style, writer: WordprocessingWriter(sheet: style), path: path)
                }
            }
        }
        diagnostics += TemplateChecks.checkIncludes(includes, names: names)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(Diagnostic.sortedByLocation(diagnostics)) }
    }

    /// The layouts (top-level `*.mustache`) and partials (`partials/*.mustache`) of a folder.
    static func files(in directory: String) -> (layouts: [String], partials: [String]) {
        (mustacheFiles(in: directory), mustacheFiles(in: (directory as NSString).appendingPathComponent("partials")))
    }

    /// The template name of a file: its name without `.mustache`.
    static func name(ofFile path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func mustacheFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".mustache") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
    }

    /// A template's text: at most the size cap, UTF-8.
    static func readSource(_ path: String) throws(Diagnostic) -> String {
        let data: Data
        do {
            data = try FileInput.read(path, limit: Limits.templateBytes)
        } catch {
            guard error.code == .fileTooLarge else { throw error }
            throw .templateTooLarge(path, limit: Limits.templateBytes)
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw .templateNotUTF8(path)
        }
        return source
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

    /// The layout called `name`, or E020 with a suggestion.
    public func layout(named name: String, at location: SourceLocation? = nil) throws(DiagnosticList) -> LayoutTemplate {
        if let layout = layouts[name] { return layout }
        let suggestion = EditDistance.suggestion(for: name, among: Array(layouts.keys))
        throw DiagnosticList([.layoutNotFound(name, suggestion: suggestion, available: layouts.keys.sorted(), at: location)])
    }

    /// Renders `context` with the layout; the block markup it produced.
    func render(_ context: [String: Any], with layout: LayoutTemplate) -> String {
        mustache.render(context, withTemplate: layout.name) ?? ""
    }
}

/// A layout's front matter: the leading `{{! … }}` comment, read as YAML.
struct FrontMatter {
    var description = ""
    var overrides = LayoutOverrides()

    static let schema = Schema("模板说明", [FieldName("description", "说明", aliases: ["说明"]),
                                          FieldName("typography", "标点规范化", aliases: ["标点规范化"])] + InputSchema.layoutFields)

    /// Reads the front matter of `source`; locations are those of the template file, because
    /// the comment's opening `{{!` is blanked rather than removed.
    static func read(_ source: String, reader: NodeReader) -> FrontMatter {
        var matter = FrontMatter()
        guard source.hasPrefix("{{!"), let close = source.range(of: "}}") else { return matter }
        let yaml = "   " + source[source.index(source.startIndex, offsetBy: 3)..<close.lowerBound]
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(yaml), Resolver.basic)
        } catch {
            reader.report(YAMLErrors.diagnostic(for: error, file: reader.file))
            return matter
        }
        guard let node, let view = reader.mapping(node, schema: schema, field: "模板说明") else { return matter }
        matter.description = reader.text(view["description"])?.value ?? ""
        matter.overrides = reader.layoutOverrides(view)
        matter.overrides.typography = reader.bool(view["typography"])
        return matter
    }
}
