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
    /// The file, as found.
    public var path: String
    /// The layouts this one extends (`{{<parent}}` as its first tag), nearest first: their
    /// front matter and style tables apply under its own.
    public var ancestors: [String] = []
}

/// The templates of a folder, parsed once and shared by every reply of a run. It knows
/// templates only: styles and renderers are bundled with a layout by `Pipeline`.
///
/// Top-level `*.mustache` files are layouts; `partials/*.mustache` are partials, included
/// with `{{> name}}`. All are registered in one mustache library, so layouts can include
/// partials and use mustache's parent/block inheritance.
public struct TemplateLibrary: Sendable {
    /// The folder the templates were loaded from.
    public let directory: String
    public private(set) var layouts: [String: LayoutTemplate] = [:]
    /// The text of every template compiled, by name, and the templates each names (partials,
    /// parents): what a layout's output was made from (`LayoutFingerprints`).
    private(set) var sources: [String: (text: String, names: Set<String>)] = [:]
    private var mustache = MustacheLibrary()

    /// Loads and checks every template under `directory`; all problems are reported at once.
    public init(directory: String) throws(DiagnosticList) {
        self.directory = directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([.templateFolderMissing(directory)])
        }
        let (layoutFiles, partialFiles) = TemplateSource.files(in: directory)
        guard layoutFiles.count + partialFiles.count <= Limits.templateFiles else {
            throw DiagnosticList([.tooManyTemplates(directory, limit: Limits.templateFiles)])
        }
        var diagnostics: [Diagnostic] = []
        var outlines: [TemplateChecks.Outline] = []
        var names: Set<String> = []
        // Each layout's own front matter, until the layouts that extend others are resolved.
        var frontMatters: [String: LayoutOverrides] = [:]
        for (isLayout, files) in [(true, layoutFiles), (false, partialFiles)] {
            for source in files.map(TemplateSource.init(path:)) {
                guard names.insert(source.name).inserted else {
                    diagnostics.append(.duplicateTemplateName(source.name, at: .start(of: source.path)))
                    continue
                }
                diagnostics += source.diagnostics
                outlines.append(source.outline)
                guard let template = source.template, let text = source.text else { continue }
                mustache.register(template, named: source.name)
                sources[source.name] = (text, source.outline.namedTemplates)
                if isLayout { diagnostics += addLayout(source.name, text: text, path: source.path, frontMatters: &frontMatters) }
            }
        }
        diagnostics += TemplateChecks.checkIncludes(outlines, names: names)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(Diagnostic.sortedByLocation(diagnostics)) }
        inherit(extends: Dictionary(outlines.compactMap { outline in outline.extends.map { (outline.name, $0) } },
                                    uniquingKeysWith: { first, _ in first }), frontMatters: frontMatters)
    }

    private mutating func addLayout(_ name: String, text: String, path: String,
                                    frontMatters: inout [String: LayoutOverrides]) -> [Diagnostic] {
        let reader = NodeReader(file: path)
        let frontMatter = FrontMatter.read(text, reader: reader)
        frontMatters[name] = frontMatter.overrides
        layouts[name] = LayoutTemplate(name: name, description: frontMatter.description,
                                       options: frontMatter.overrides.applied(to: LayoutOptions()), path: path)
        return reader.diagnostics
    }

    /// A layout written as `{{<other-layout}}…` takes the other's layout choices, then its own
    /// (a cycle of layouts was refused as E034 before this).
    private mutating func inherit(extends: [String: String], frontMatters: [String: LayoutOverrides]) {
        for name in layouts.keys {
            var ancestors: [String] = []
            var current = name
            while let parent = extends[current], layouts[parent] != nil, parent != name, !ancestors.contains(parent) {
                ancestors.append(parent)
                current = parent
            }
            guard !ancestors.isEmpty else { continue }
            var options = LayoutOptions()
            for member in ancestors.reversed() + [name] { options = frontMatters[member, default: LayoutOverrides()].applied(to: options) }
            layouts[name]?.options = options
            layouts[name]?.ancestors = ancestors
        }
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

    static let schema = Schema("模板说明", [FieldName("description", "说明", aliases: ["说明"])] + InputSchema.layoutFields)

    /// Reads the front matter of `source`; locations are those of the template file, because
    /// the comment's opening `{{!` is blanked rather than removed.
    static func read(_ source: String, reader: NodeReader) -> FrontMatter {
        var matter = FrontMatter()
        guard source.hasPrefix("{{!"), let close = source.range(of: "}}") else { return matter }
        let yaml = "   " + source[source.index(source.startIndex, offsetBy: 3)..<close.lowerBound]
        let node: Node?
        do {
            node = try YAMLText.compose(String(yaml), file: reader.file)
        } catch {
            reader.report(error)
            return matter
        }
        guard let node, let view = reader.mapping(node, schema: schema, field: "模板说明") else { return matter }
        matter.description = reader.text(view["description"])?.value ?? ""
        matter.overrides = reader.layoutOverrides(view)
        return matter
    }
}
