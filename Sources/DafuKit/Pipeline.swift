import Foundation

/// A layout ready to render with: its template, its style table, and the renderers built
/// from them once (the DOCX writer's fixed parts are written once per layout, not per reply).
public struct ReplyLayout: Sendable {
    /// The layout template and its front matter.
    public let template: LayoutTemplate
    /// The layout's style table.
    public let style: StyleTable
    let docx: WordprocessingWriter
    let htmlRenderer: HTMLRenderer

    init(template: LayoutTemplate, style: StyleTable) {
        self.template = template
        self.style = style
        docx = WordprocessingWriter(style: style)
        htmlRenderer = HTMLRenderer(style: style)
    }

    /// The layout's name (its template's).
    public var name: String { template.name }
}

/// One reply on its way out: the numbered tree and its laid-out blocks, ready for every renderer.
public struct RenderedReply: Sendable {
    /// The reply as decoded.
    public let reply: ReplyInput
    /// The layout it was rendered with.
    public let layout: ReplyLayout
    /// The numbered document tree.
    public let document: Document
    /// The laid-out blocks every renderer maps.
    public let blocks: [LayoutBlock]

    /// Plain text (docs/plain-text.md).
    public var text: String { PlainTextRenderer(style: layout.style).render(blocks) }

    /// The WordprocessingML parts, styled by the layout's style table.
    public var parts: [PackagePart] { layout.docx.parts(blocks, date: reply.date?.value) }

    /// One self-contained HTML5 page (web publication).
    public var html: String { layout.htmlRenderer.render(blocks) }

    /// A .docx package.
    public func docx() throws -> Data { try DocxPackager.package(parts, reusing: layout.docx.packed) }

    /// A Flat-OPC XML document.
    public var flatOPC: Data { FlatOPCPackager.package(parts) }
}

/// The one entry point: YAML text → ReplyInput → template context → layout template →
/// block markup → Document → Numberer → Layout → renderers. Start reading here.
public struct Pipeline: Sendable {
    /// The templates, parsed once and shared by every reply of a run.
    public let library: TemplateLibrary
    /// Every layout with its style table, by name.
    public let layouts: [String: ReplyLayout]
    /// The bytes of each style file loaded, by style name (`default`, a layout's name).
    let styleSources: [String: Data]

    /// Loads the templates in `directory` and the style tables beside them; every problem of
    /// every file is reported at once.
    public init(templateDirectory directory: String) throws(DiagnosticList) {
        do {
            library = try TemplateLibrary(directory: directory)
        } catch {
            // The style files are checked too, so that one run names every problem.
            let names = TemplateSource.files(in: directory).layouts.map(TemplateSource.name(ofFile:))
            let styleProblems = FileManager.default.fileExists(atPath: directory) ? StyleTable.load(directory: directory, layouts: names).diagnostics : []
            throw DiagnosticList(Diagnostic.sortedByLocation(error.diagnostics + styleProblems.filter { $0.severity == .error }))
        }
        let (styles, problems, styleSources) = StyleTable.load(directory: directory, layouts: library.layouts.keys,
                                                               ancestors: library.layouts.mapValues(\.ancestors))
        self.styleSources = styleSources
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(Diagnostic.sortedByLocation(problems)) }
        layouts = library.layouts.mapValues { ReplyLayout(template: $0, style: styles[$0.name] ?? StyleTable()) }
    }

    /// The numbered document for a reply, laid out by `templateName`, the reply's `template`,
    /// or the layout named after its kind, in that order.
    public func document(for reply: ReplyInput, templateName: String? = nil) throws(DiagnosticList) -> Document {
        try rendered(reply, templateName: templateName).document
    }

    /// A reply taken through the template into its numbered document and laid-out blocks.
    public func rendered(_ reply: ReplyInput, templateName: String? = nil) throws(DiagnosticList) -> RenderedReply {
        let (layout, document) = try numberedDocument(reply, templateName: templateName)
        return laidOut(reply, document, layout: layout)
    }

    /// The template stage: context, layout template, block markup, numbered tree.
    func numberedDocument(_ reply: ReplyInput, templateName: String?) throws(DiagnosticList) -> (ReplyLayout, Document) {
        let layout = try self.layout(for: reply, templateName: templateName)
        let options = reply.layout.applied(to: layout.template.options)
        let context = TemplateContext(reply, typography: options.typographyRules, contactFirst: options.contactFirst)
        let markup = library.render(context.root, with: layout.template)
        let missing = context.required.diagnostics(for: reply)
        if !missing.isEmpty { throw DiagnosticList(missing) }
        let blocks = try BlockMarkup.parse(markup, tokens: context.tokens, template: layout.template.path)
        var document = Document(blocks: blocks, options: options)
        Numberer.number(&document)
        return (layout, document)
    }

    /// The layout stage: the numbered tree as the blocks every renderer maps.
    func laidOut(_ reply: ReplyInput, _ document: Document, layout: ReplyLayout) -> RenderedReply {
        RenderedReply(reply: reply, layout: layout, document: document,
                      blocks: Layout.blocks(of: document, titleCapacity: layout.style.titleCharactersPerLine))
    }

    private func layout(for reply: ReplyInput, templateName: String?) throws(DiagnosticList) -> ReplyLayout {
        let template: LayoutTemplate
        if let templateName {
            template = try library.layout(named: templateName)
        } else if let named = reply.template {
            template = try library.layout(named: named.value, at: named.location)
        } else {
            template = try library.layout(named: reply.kind.value.rawValue, at: reply.kind.location)
        }
        return layouts[template.name]!
    }

    /// The reply as plain text.
    public func text(for reply: ReplyInput, templateName: String? = nil) throws(DiagnosticList) -> String {
        try rendered(reply, templateName: templateName).text
    }

    /// Where the templates are when none is named: `$DAFU_TEMPLATES`, then `Templates/` in the
    /// working directory or any directory above it, then beside the executable's folders.
    public static func defaultTemplateDirectory(executable: String = CommandLine.arguments[0]) -> String {
        if let fromEnvironment = ProcessInfo.processInfo.environment["DAFU_TEMPLATES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let fm = FileManager.default
        var starts = [fm.currentDirectoryPath]
        let executableURL = URL(fileURLWithPath: executable, relativeTo: URL(fileURLWithPath: fm.currentDirectoryPath))
        starts.append(executableURL.resolvingSymlinksInPath().deletingLastPathComponent().path)
        for start in starts {
            var url = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                let candidate = url.appendingPathComponent("Templates")
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    return candidate.path
                }
                url.deleteLastPathComponent()
            }
        }
        return "Templates"
    }
}
