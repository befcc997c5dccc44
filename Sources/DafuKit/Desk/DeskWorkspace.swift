import Foundation

/// What the desk (`dafu serve`) does, as library calls: the web application only turns requests
/// into these calls and their answers into pages. Every path goes through `DeskFolder`; every
/// reply is read and rendered by the same loader and pipeline as `dafu render`.
package struct DeskWorkspace: Sendable {
    package let folder: DeskFolder
    package let pipeline: Pipeline

    /// What the desk shows of one reply file.
    package struct Summary: Sendable {
        package var file: String
        package var title: String
        package var number: String
        package var resultClass: String
        package var errors: Int
        package var warnings: Int
    }

    /// A finding as the editor lists it.
    package struct Finding: Sendable, Codable, Equatable {
        package var line: Int
        package var column: Int
        package var severity: String
        package var code: String
        package var message: String
        package var help: String?
    }

    /// The preview of a text being edited: the pages (when it renders) and every finding.
    package struct Preview: Sendable, Codable {
        package var pages: String?
        package var findings: [Finding]
    }

    package enum Failure: Error {
        case refused(DeskFolder.Refusal)
        /// The file changed on disk since the editor opened it.
        case changedOnDisk(String)
        case problem(Diagnostic)
    }

    package init(folder: String, templates: String) throws(DiagnosticList) {
        do { self.folder = try DeskFolder(folder) } catch { throw DiagnosticList([error]) }
        pipeline = try Pipeline(templateDirectory: templates)
    }

    // MARK: Reading

    /// Every reply in the folder, with its state.
    package func replies() -> [Summary] {
        InputDiscovery.find([folder.root]).files.map { path in
            let loaded = InputLoader.load(path: path)
            var summary = Summary(file: folder.relative(path), title: "", number: "", resultClass: "",
                                  errors: loaded.diagnostics.filter { $0.severity == .error }.count,
                                  warnings: loaded.diagnostics.filter { $0.severity == .warning }.count)
            if let reply = loaded.replies.first?.reply {
                summary.number = reply.proposal.number?.value ?? ""
                summary.resultClass = reply.header.resultClass?.value ?? ""
                summary.title = reply.title?.value ?? reply.proposal.title?.value ?? ""
                do throws(DiagnosticList) { _ = try pipeline.rendered(reply) } catch { summary.errors += error.diagnostics.count }
            }
            return summary
        }
    }

    /// The text of a reply file and the SHA-256 of its bytes on disk (what the editor sends back
    /// when saving). A file that is not text (E002, E004) is not opened: an empty editor saved
    /// would replace it.
    package func open(_ relative: String) throws(Failure) -> (text: String, hash: String) {
        let path = try resolve(relative)
        let data: Data
        do { data = try FileInput.read(path, limit: Limits.replyBytes) } catch { throw .problem(error) }
        switch TextDecoding.decode(data, file: relative) {
        case .success(let (text, _)): return (text, Manifest.sha256(data))
        case .failure(let problem): throw .problem(problem)
        }
    }

    /// Renders `text` as the file `relative` would be: its pages and every finding.
    package func preview(_ text: String, file relative: String, layout: String?) -> Preview {
        let name = relative.isEmpty ? "<编辑中>" : relative
        let loaded = InputLoader.load(data: Data(text.utf8), file: name)
        var diagnostics = loaded.diagnostics
        var pages: String?
        if let reply = loaded.replies.first?.reply {
            do {
                let rendered = try pipeline.rendered(reply, templateName: layout?.isEmpty == false ? layout : nil)
                pages = PagePreview.html(rendered.blocks, style: rendered.layout.style)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return Preview(pages: pages, findings: Diagnostic.sortedByLocation(diagnostics).map(Self.finding))
    }

    static func finding(_ diagnostic: Diagnostic) -> Finding {
        Finding(line: diagnostic.location?.line ?? 0, column: diagnostic.location?.column ?? 0, severity: diagnostic.severity.rawValue,
                code: diagnostic.code.rawValue, message: diagnostic.message, help: diagnostic.help)
    }

    /// The file rendered in `format` (docx, xml, txt, html or pdf): bytes and a file name.
    package func download(_ relative: String, format: OutputFormat, layout: String?) throws(Failure) -> (data: Data, name: String) {
        let path = try resolve(relative)
        let loaded = InputLoader.load(path: path)
        guard let reply = loaded.replies.first?.reply else {
            throw .problem(loaded.diagnostics.first { $0.severity == .error } ?? .emptyFile(relative))
        }
        do {
            let rendered = try pipeline.rendered(reply, templateName: layout?.isEmpty == false ? layout : nil)
            let name = OutputNames.baseName(input: path, reply: reply, index: 1, count: 1) + "." + format.fileExtension
            return (try format.content(of: rendered), name)
        } catch let error as DiagnosticList {
            throw .problem(error.diagnostics.first ?? .emptyFile(relative))
        } catch let error as Diagnostic {
            throw .problem(error)
        } catch {
            throw .problem(.cannotWrite(relative, cause: SystemErrors.describe(error)))
        }
    }

    // MARK: Writing

    /// Saves the drafter's text as it is (comments and all), atomically, unless the file changed
    /// on disk since it was opened with `base` (the SHA-256 of its bytes then). The file keeps
    /// its form: its encoding (UTF-8, UTF-16 or GB18030/GBK), its byte-order mark and its line
    /// ends (CR LF if it had them) — whatever line ends `text` came with.
    package func save(_ relative: String, text: String, base: String) throws(Failure) {
        let path = try resolve(relative)
        let current = (try? FileInput.read(path, limit: Limits.replyBytes)) ?? Data()
        guard Manifest.sha256(current) == base else {
            throw .changedOnDisk("文件“\(relative)”在打开之后已被修改（可能在别的编辑器中），未保存；请复制您的修改，重新打开后再保存")
        }
        do { try TextFileFormat.rewrite(path, text: text, current: current, name: relative) } catch { throw .problem(error) }
    }

    /// A new reply from the skeleton of `kind`; its name relative to the folder.
    package func create(_ name: String, kind: ReplyKind, chinese: Bool, today: ReplyDate) throws(Failure) -> String {
        let fileName = Self.fileName(name.isEmpty ? "新答复" : name)
        return try write(Skeleton.yaml(kind: kind, chinese: chinese, date: today), as: fileName)
    }

    /// A letter (.docx or text) imported as a new reply; its name relative to the folder.
    package func importLetter(_ data: Data, named upload: String) throws(Failure) -> String {
        let source: ImportSource
        do { source = try ImportSource.read(data: data, name: upload) } catch { throw .problem(error) }
        let result = ReplyImporter.importParagraphs(source.paragraphs, file: upload, pipeline: pipeline)
        // The desk has no standard error: what import dropped or took stays in the file, as comments.
        let notes = result.notices.map { "# " + $0.message.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        return try write(notes + result.yaml, as: Self.fileName(((upload as NSString).lastPathComponent as NSString).deletingPathExtension))
    }

    /// `name` as a reply file's name: sanitised, ending in .yaml.
    static func fileName(_ name: String) -> String {
        let base = OutputNames.sanitized(name)
        return InputDiscovery.extensions.contains((base as NSString).pathExtension.lowercased()) ? base : base + ".yaml"
    }

    /// Writes a new file, numbering the name (名-2.yaml …) rather than replacing one.
    private func write(_ text: String, as fileName: String) throws(Failure) -> String {
        let stem = (fileName as NSString).deletingPathExtension, ending = (fileName as NSString).pathExtension
        for attempt in 1...100 {
            let candidate = attempt == 1 ? fileName : "\(stem)-\(attempt).\(ending)"
            let path: String
            do {
                path = try folder.resolve(candidate, creating: true)
            } catch .exists {
                continue
            } catch {
                throw .refused(error)
            }
            if try Self.create(Data(text.utf8), at: path) { return candidate }
        }
        throw .refused(.exists(fileName))
    }

    /// Writes `data` as the new file `path` through a staging file linked into place only where
    /// no file has the name (false when one has, created since the name was checked): a file
    /// made meanwhile by another program is never replaced.
    static func create(_ data: Data, at path: String) throws(Failure) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        do {
            return try StagedOutput(name: name, data: data, directory: directory).commitIfAbsent()
        } catch {
            throw .problem(OutputNames.writeError(path, error))
        }
    }

    private func resolve(_ relative: String) throws(Failure) -> String {
        do { return try folder.resolve(relative) } catch { throw .refused(error) }
    }
}
