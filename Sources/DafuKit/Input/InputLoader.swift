import Foundation
import Yams

/// The replies of one input file (a YAML stream may hold several, `---` separated), with
/// everything found wrong in it.
public struct LoadedFile: Sendable {
    /// The file as named by the user (`<stdin>` for standard input).
    public var file: String
    /// The decoded text, for printing source lines under diagnostics.
    public var text: String
    /// Replies that decoded without errors, in order, with their position in the stream.
    public var replies: [(index: Int, reply: ReplyInput)]
    /// How many documents the stream held, not counting empty ones (a trailing `---`) and
    /// counting one that a syntax error stopped it in.
    public var documentCount: Int
    /// Everything found wrong in the file, in source order.
    public var diagnostics: [Diagnostic]
    /// The documents that did not decode, with the codes of their errors: each is a reply that
    /// failed (a syntax error fails the document the stream stopped in).
    public var failedDocuments: [(index: Int, codes: [String])] = []

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension LoadedFile {
    /// A file that could not be read or decoded: no documents, only the error.
    init(file: String, unreadable error: Diagnostic) {
        self.init(file: file, text: "", replies: [], documentCount: 0, diagnostics: [error])
    }

    /// A YAML syntax error that stopped the stream in `document`.
    fileprivate mutating func failSyntax(_ error: Diagnostic, document: Int) {
        diagnostics.append(error)
        failedDocuments.append((document, [error.code.rawValue]))
    }
}

/// Reads input files: bytes → text → YAML documents → typed replies.
public enum InputLoader {
    /// What a caller that needs more than the replies (`dafu lint`) sees of each document as it
    /// is decoded: the file's text, the document's node tree, and its reply when it decoded
    /// without errors.
    typealias Inspector = (_ text: String, _ node: Node, _ reply: ReplyInput?) -> Void

    /// Reads the file at `path` (or standard input for `-`).
    public static func load(path: String) -> LoadedFile { load(path: path, inspect: nil) }

    static func load(path: String, inspect: Inspector?) -> LoadedFile {
        let name = path == "-" ? "<stdin>" : path
        do {
            return load(data: try FileInput.read(path, limit: Limits.replyBytes), file: name, inspect: inspect)
        } catch {
            return LoadedFile(file: name, unreadable: error)
        }
    }

    /// Decodes the bytes of an input file named `file`.
    public static func load(data: Data, file: String) -> LoadedFile { load(data: data, file: file, inspect: nil) }

    static func load(data: Data, file: String, inspect: Inspector?) -> LoadedFile {
        switch TextDecoding.decode(data, file: file) {
        case .failure(let diagnostic):
            return LoadedFile(file: file, unreadable: diagnostic)
        case .success(let (text, warnings)):
            var loaded = load(text: text, file: file, inspect: inspect)
            loaded.diagnostics = warnings + loaded.diagnostics
            return loaded
        }
    }

    /// Decodes YAML text: every document of the stream, every problem at once.
    public static func load(text: String, file: String) -> LoadedFile { load(text: text, file: file, inspect: nil) }

    /// Decodes YAML text, composed once: `inspect` sees every document's node tree.
    static func load(text: String, file: String, inspect: Inspector?) -> LoadedFile {
        var result = LoadedFile(file: file, text: text, replies: [], documentCount: 0, diagnostics: [])
        if let tooDeep = NestingGuard.check(text, file: file) {
            result.diagnostics.append(tooDeep)
            return result
        }
        do {
            var documents = try YAMLText.documents(text)
            // `index`: the document's position in the stream; `count`: the documents that hold
            // something (an empty one — a trailing `---`, comments only — is no reply at all).
            var index = 0, count = 0
            while let node = documents.next() {
                index += 1
                if Self.isEmpty(node) { continue }
                count += 1
                let reader = NodeReader(file: file)
                let reply = ReplyInput.read(node, reader: reader)
                result.diagnostics += reader.diagnostics
                let errors = reader.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue)
                if let reply, errors.isEmpty {
                    result.replies.append((index, reply))
                } else {
                    result.failedDocuments.append((index, errors))
                }
                inspect?(text, node, errors.isEmpty ? reply : nil)
            }
            // The stream stops at a syntax error, in the next document; those before it are still read.
            if let error = documents.error {
                result.failSyntax(YAMLErrors.diagnostic(for: error, file: file, text: text), document: index + 1)
                count += 1
            }
            result.documentCount = count
        } catch {
            result.failSyntax(YAMLErrors.diagnostic(for: error, file: file, text: text), document: 1)
            result.documentCount = 1
        }
        // A value reached through several aliases is read once per alias: its finding is said once.
        var seen = Set<String>()
        result.diagnostics = Diagnostic.sortedByLocation(result.diagnostics).filter { seen.insert($0.description + ($0.help ?? "")).inserted }
        if result.documentCount == 0, !result.hasErrors {
            result.diagnostics.append(.emptyFile(file))
        }
        return result
    }

    /// A document with nothing in it: no value at all, not even `null` or `""` written out.
    private static func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && scalar.string.isEmpty
    }
}

