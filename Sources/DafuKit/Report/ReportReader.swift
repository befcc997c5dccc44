import Yams

/// Reads reply files into report rows with the loader `dafu render` uses (same diagnostics),
/// and renders each reply with the pipeline to know its state. Nothing here fails: a document
/// that does not load is a row with its errors, and a file that cannot be read at all (or
/// whose YAML stops) is a row of its own.
enum ReportReader {
    /// Codes after which the loader reads no further document of the file: they belong to the
    /// file, not to a document before them.
    static let fileCodes: Set<DiagnosticCode> = [.yamlSyntax, .unreadableFile, .emptyFile, .binaryFile, .nestingTooDeep, .fileTooLarge]

    /// The rows of one file, and the file as loaded (for printing its diagnostics).
    static func rows(of file: String, pipeline: Pipeline) -> (rows: [ReportRow], loaded: LoadedFile) {
        var documents: [(start: Int, node: Node, reply: ReplyInput?)] = []
        let loaded = InputLoader.load(path: file) { _, node, reply in documents.append((node.mark?.line ?? 1, node, reply)) }
        var rows = documents.map { document -> ReportRow in
            var row = ReportRow(file: file)
            if let reply = document.reply { fill(&row, from: reply) } else { peek(document.node, into: &row) }
            return row
        }
        var fileDiagnostics: [Diagnostic] = []
        for diagnostic in loaded.diagnostics {
            let line = diagnostic.location?.line ?? 0
            guard !fileCodes.contains(diagnostic.code), !rows.isEmpty else {
                fileDiagnostics.append(diagnostic)
                continue
            }
            rows[documents.lastIndex { $0.start <= line } ?? 0].diagnostics.append(diagnostic)
        }
        for index in rows.indices {
            rows[index].state = state(of: &rows[index], reply: documents[index].reply, node: documents[index].node, pipeline: pipeline)
        }
        if !fileDiagnostics.isEmpty {
            var row = ReportRow(file: file)
            row.diagnostics = fileDiagnostics
            let errors = fileDiagnostics.filter { $0.severity == .error }.count
            row.state = errors > 0 ? .errors(errors) : .warnings(fileDiagnostics.count)
            rows.append(row)
        }
        return (rows, loaded)
    }

    /// Errors first (the loader's and the pipeline's), then a skeleton not yet filled, then
    /// warnings. Rendering errors join the row's diagnostics.
    private static func state(of row: inout ReportRow, reply: ReplyInput?, node: Node, pipeline: Pipeline) -> ReplyState {
        if let reply {
            do { _ = try pipeline.rendered(reply) } catch { row.diagnostics += error.diagnostics }
        }
        let errors = row.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 || reply == nil { return .errors(max(errors, 1)) }
        if holdsStandIn(node) { return .unfilled }
        return row.diagnostics.isEmpty ? .rendered : .warnings(row.diagnostics.count)
    }

    private static func fill(_ row: inout ReportRow, from reply: ReplyInput) {
        row.kind = reply.kind.value
        row.session = reply.proposal.session?.value ?? ""
        row.number = reply.proposal.number?.value ?? ""
        row.title = reply.proposal.title?.value ?? reply.title?.value ?? ""
        row.proposers = reply.proposal.proposers.map(\.name.value).joined(separator: "、")
        row.resultClass = reply.header.resultClass?.value ?? ""
        row.disclosure = reply.header.disclosure?.value.rawValue ?? ""
        row.signer = reply.header.signer?.value ?? ""
        row.date = reply.date?.value.chinese ?? ""
    }

    /// What a document that did not decode still says — its kind, session, number, title and
    /// header — found by the same keys and aliases the loader reads.
    private static func peek(_ node: Node, into row: inout ReportRow) {
        func entry(_ mapping: Node?, _ schema: Schema, _ key: String) -> Node? {
            guard case .mapping(let pairs)? = mapping else { return nil }
            return pairs.first { schema.field(forWrittenKey: $0.key.string ?? "")?.key == key }?.value
        }
        let proposal = entry(node, InputSchema.root, "proposal"), kind = entry(node, InputSchema.root, "kind")?.string
        row.kind = ReplyKind.allCases.first { $0.rawValue == kind || $0.chineseName == kind }
        row.session = entry(proposal, InputSchema.proposal, "session")?.string ?? ""
        row.number = entry(proposal, InputSchema.proposal, "number")?.string ?? ""
        row.title = entry(proposal, InputSchema.proposal, "title")?.string ?? ""
        let header = entry(node, InputSchema.root, "header")
        row.resultClass = (entry(header, InputSchema.header, "result_class")?.string).map(ReplyInput.Header.resultClass(written:)) ?? ""
        row.disclosure = entry(header, InputSchema.header, "disclosure")?.string ?? ""
        row.signer = entry(header, InputSchema.header, "signer")?.string ?? ""
    }

    /// Whether any text value of the document (not a key, not a comment) is a stand-in the
    /// skeleton wrote. The walk is iterative and visits at most as many values as a reply may have.
    static func holdsStandIn(_ node: Node) -> Bool {
        var stack = [node], budget = 100_000
        while let next = stack.popLast(), budget > 0 {
            budget -= 1
            switch next {
            case .scalar(let scalar): if Skeleton.isStandIn(scalar.string) { return true }
            case .mapping(let mapping): stack += mapping.map(\.value)
            case .sequence(let sequence): stack += Array(sequence)
            case .alias: break
            }
        }
        return false
    }
}
