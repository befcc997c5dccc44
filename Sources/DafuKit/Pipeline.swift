import Foundation

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
        let name = templateName ?? reply.template?.value ?? reply.kind.value.rawValue
        let layout = try library.layout(named: name, at: templateName == nil ? (reply.template?.location ?? reply.kind.location) : nil)
        let context = TemplateContext(reply)
        let markup = library.render(context.root, with: layout)
        let blocks = try BlockMarkup.parse(markup, tokens: context.tokens, template: layout.path)
        var document = Document(blocks: blocks, options: reply.layout.applied(to: layout.options))
        Numberer.number(&document)
        return document
    }

    /// The document laid out as paragraphs, for the renderers.
    public func paragraphs(of document: Document) -> [Paragraph] {
        Layout.paragraphs(of: document)
    }

    /// The reply as plain text.
    public func text(for reply: ReplyInput, templateName: String? = nil) throws(DiagnosticList) -> String {
        PlainTextRenderer().render(paragraphs(of: try document(for: reply, templateName: templateName)))
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
