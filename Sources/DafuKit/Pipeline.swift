import Foundation

/// One reply on its way out: the numbered tree and its paragraphs, ready for every renderer.
public struct RenderedReply: Sendable {
    public let reply: ReplyInput
    public let layout: LayoutTemplate
    public let document: Document
    public let paragraphs: [Paragraph]

    /// Plain text (docs/plain-text.md).
    public var text: String {
        var renderer = PlainTextRenderer()
        renderer.signatureMode = layout.style.signature
        return renderer.render(paragraphs)
    }

    /// The WordprocessingML parts, styled by the layout's style table.
    public var parts: [PackagePart] {
        layout.writer.parts(paragraphs, date: reply.date?.value)
    }

    /// A .docx package.
    public func docx() throws -> Data { try DocxPackager.package(parts) }

    /// A Flat-OPC XML document.
    public var flatOPC: Data { FlatOPCPackager.package(parts) }
}

/// The one entry point: YAML text → ReplyInput → template context → layout template →
/// block markup → Document → Numberer → Layout → renderers. Start reading here.
public struct Pipeline: Sendable {
    /// The templates, parsed once and shared by every reply of a run.
    public let library: TemplateLibrary

    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// Loads the templates in `directory`.
    public init(templateDirectory directory: String) throws(DiagnosticList) {
        self.library = try TemplateLibrary(directory: directory)
    }

    /// The numbered document for a reply, laid out by `templateName`, the reply's `template`,
    /// or the layout named after its kind, in that order.
    public func document(for reply: ReplyInput, templateName: String? = nil) throws(DiagnosticList) -> Document {
        try rendered(reply, templateName: templateName).document
    }

    /// A reply taken through the template into its numbered document and paragraphs.
    public func rendered(_ reply: ReplyInput, templateName: String? = nil) throws(DiagnosticList) -> RenderedReply {
        let layout = try self.layout(for: reply, templateName: templateName)
        let options = reply.layout.applied(to: layout.options)
        let context = TemplateContext(reply, typography: options.typography)
        let markup = library.render(context.root, with: layout)
        let blocks = try BlockMarkup.parse(markup, tokens: context.tokens, template: layout.path)
        var document = Document(blocks: blocks, options: options)
        Numberer.number(&document)
        let titleCapacity = Double(layout.style.textWidth) / Double(layout.style.titleSize * 10)
        return RenderedReply(reply: reply, layout: layout, document: document,
                             paragraphs: Layout.paragraphs(of: document, titleCapacity: titleCapacity.rounded(.down)))
    }

    private func layout(for reply: ReplyInput, templateName: String?) throws(DiagnosticList) -> LayoutTemplate {
        if let templateName { return try library.layout(named: templateName) }
        if let named = reply.template { return try library.layout(named: named.value, at: named.location) }
        return try library.layout(named: reply.kind.value.rawValue, at: reply.kind.location)
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
