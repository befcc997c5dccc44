import Foundation

/// Renders many replies at once: files are read and rendered on `jobs` threads while one
/// writer commits the results in input order, so collisions resolve the same way every run,
/// and at most a small window of results is held in memory at any time.
package final class BatchRunner: Sendable {
    package struct Options: Sendable {
        package var outputDirectory: String
        /// Single formats to write (text, docx, flat, tree).
        package var formats: [OutputFormat]
        package var jobs: Int
        /// Layout to use instead of each reply's own.
        package var template: String?
        /// Render every reply, even those whose outputs from the last run still hold.
        package var force: Bool

        package init(outputDirectory: String, format: OutputFormat, jobs: Int, template: String? = nil, force: Bool = false) {
            self.init(outputDirectory: outputDirectory, formats: format.members, jobs: jobs, template: template, force: force)
        }

        package init(outputDirectory: String, formats: [OutputFormat], jobs: Int, template: String? = nil, force: Bool = false) {
            self.outputDirectory = outputDirectory
            self.formats = formats.flatMap(\.members)
            self.jobs = max(1, jobs)
            self.template = template
            self.force = force
        }
    }

    /// What a run did.
    package struct Summary: Sendable {
        package var files = 0
        package var rendered = 0
        package var failed = 0
        package var skipped = 0
        /// Replies not rendered again: their sources and outputs were unchanged since the last run.
        package var unchanged = 0
        package var warnings = 0
        package var seconds = 0.0
    }

    /// Reported to the caller, always from the writer's thread, in input order.
    package enum Event {
        /// A file's diagnostics, with its text for source lines.
        case diagnostics(file: String, text: String, [Diagnostic])
        /// Files done so far, of all.
        case progress(done: Int, total: Int, rendered: Int, failed: Int)
    }

    private let pipeline: Pipeline
    private let options: Options

    package init(pipeline: Pipeline, options: Options) {
        self.pipeline = pipeline
        self.options = options
    }

    /// One file, read and rendered, waiting to be written.
    private struct FileResult {
        var file: String
        var text: String
        var diagnostics: [Diagnostic]
        var documentCount: Int
        /// Per rendered reply: its base name, its position in the stream, its layout, and its
        /// outputs, already written to temporary files that the writer renames into place.
        var replies: [(name: String, document: Int, layout: String, outputs: [StagedOutput])]
        /// Positions of documents that failed to decode or render, with their error codes.
        var failedDocuments: [(document: Int, codes: [String])]
        /// SHA-256 of the file's bytes, when it could be read.
        var inputSHA256: String?
        /// The last run's entries, when the file's outputs still hold and it was not rendered.
        var unchanged: [Manifest.Entry]?

        init(file: String, loaded: LoadedFile, inputSHA256: String?) {
            (self.file, text, diagnostics, documentCount) = (file, "", loaded.diagnostics, loaded.documentCount)
            (replies, failedDocuments, self.inputSHA256) = ([], loaded.failedDocuments.map { ($0.index, $0.codes) }, inputSHA256)
        }

        init(file: String, unchanged: [Manifest.Entry]) {
            (self.file, text, diagnostics, documentCount) = (file, "", [], unchanged.count)
            (replies, failedDocuments, self.unchanged) = ([], [], unchanged)
        }
    }

    /// What the workers share for a run: the layouts' fingerprints, and the last run's
    /// outputs that may be kept.
    private struct RunState: Sendable {
        var fingerprints: [String: String]
        var unchanged: UnchangedOutputs?
    }

    package func run(_ inputs: [String], report: (Event) -> Void) -> Summary {
        let clock = Date()
        let found = InputDiscovery.find(inputs, excluding: options.outputDirectory)
        var summary = Summary()
        summary.skipped = found.skipped.count + found.notices.count
        for missing in found.missing {
            report(.diagnostics(file: missing, text: "", [.unreadable(missing, cause: SystemErrors.describe(ENOENT))]))
            summary.failed += 1
        }
        if !found.notices.isEmpty {
            summary.warnings += found.notices.count
            report(.diagnostics(file: "", text: "", found.notices))
        }
        let files = found.files
        summary.files = files.count
        let lock: OutputLock, manifest: Manifest.Writer, state: RunState
        do {
            (lock, manifest, state) = try openOutput()
        } catch {
            report(.diagnostics(file: options.outputDirectory, text: "", [error]))
            summary.failed = files.count
            return summary
        }
        defer { withExtendedLifetime(lock) {} }
        let slots = Slots(count: files.count, window: options.jobs * 4)
        startWorkers(files, slots: slots, state: state)
        var claimed = OutputClaims(extensions: options.formats.map(\.fileExtension))
        for index in files.indices {
            let result = slots.take(index)
            commit(result, claimed: &claimed, summary: &summary, manifest: manifest, state: state, report: report)
            report(.progress(done: index + 1, total: files.count, rendered: summary.rendered, failed: summary.failed))
        }
        do {
            try manifest.finish()
        } catch {
            manifest.discard()
            report(.diagnostics(file: options.outputDirectory, text: "", [OutputNames.writeError(manifest.path, error)]))
        }
        summary.seconds = Date().timeIntervalSince(clock)
        return summary
    }

    /// The output folder, created and locked for this run (staging files of a killed run
    /// removed), the manifest's staged file, and what the last run left that may be kept.
    private func openOutput() throws(Diagnostic) -> (OutputLock, Manifest.Writer, RunState) {
        try OutputNames.createDirectory(options.outputDirectory)
        let lock = try OutputLock(directory: options.outputDirectory)
        FileOutput.removeStaleBatchStaging(in: options.outputDirectory)
        let run = Manifest.Run(dafu: BuildIdentity.current, template: options.template)
        let fingerprints = LayoutFingerprints.of(pipeline)
        let unchanged = options.force ? nil : UnchangedOutputs(directory: options.outputDirectory, run: run, formats: options.formats,
                                                               fingerprints: fingerprints)
        do {
            return (lock, try Manifest.Writer(directory: options.outputDirectory, run: run), RunState(fingerprints: fingerprints, unchanged: unchanged))
        } catch {
            throw OutputNames.writeError(Manifest.path(in: options.outputDirectory), error)
        }
    }

    /// Dedicated worker threads, each with its own copy of the templates: shared template
    /// objects retained and released from two cores at once cost a third of the time.
    private func startWorkers(_ files: [String], slots: Slots, state: RunState) {
        for _ in 0..<min(options.jobs, max(1, files.count)) {
            let worker = Thread { [self] in
                let pipeline = (try? Pipeline(templateDirectory: self.pipeline.library.directory)) ?? self.pipeline
                let deflater = Deflater(.default)
                while let index = slots.next() {
                    slots.put(self.process(files[index], pipeline: pipeline, state: state, deflater: deflater), at: index)
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
    }

    /// Results waiting for the writer, by input position. Workers take positions in order and
    /// run at most `window` ahead of the writer, so memory stays flat however many inputs.
    /// Unchecked because its state is only touched under `condition` (Synchronization's Mutex
    /// has no condition variable to wait on).
    private final class Slots: @unchecked Sendable {
        private let condition = NSCondition()
        /// Finished results not yet written: never more than `window` of them.
        private var items: [Int: FileResult] = [:]
        private let count: Int
        private var nextIndex = 0
        private var taken = 0
        private let window: Int

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        /// The next position to process, once the writer is close enough; nil when all are out.
        func next() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while nextIndex < count && nextIndex >= taken + window { condition.wait() }
            guard nextIndex < count else { return nil }
            nextIndex += 1
            return nextIndex - 1
        }

        func put(_ result: FileResult, at index: Int) {
            condition.lock()
            items[index] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the result at `index` and removes it.
        func take(_ index: Int) -> FileResult {
            condition.lock()
            defer { condition.unlock() }
            while items[index] == nil { condition.wait() }
            let result = items.removeValue(forKey: index)!
            taken = index + 1
            condition.broadcast()
            return result
        }
    }

    /// Reads and renders one file (on a worker thread), unless its outputs from the last run
    /// still hold.
    private func process(_ file: String, pipeline: Pipeline, state: RunState, deflater: Deflater?) -> FileResult {
        let data: Data
        do {
            data = try FileInput.read(file, limit: Limits.replyBytes)
        } catch {
            return FileResult(file: file, loaded: LoadedFile(file: file, unreadable: error), inputSHA256: nil)
        }
        let inputSHA256 = Manifest.sha256(data)
        if let entries = state.unchanged?.entries(for: file, inputSHA256: inputSHA256) {
            return FileResult(file: file, unchanged: entries)
        }
        let loaded = InputLoader.load(data: data, file: file)
        var result = FileResult(file: file, loaded: loaded, inputSHA256: inputSHA256)
        for (index, reply) in loaded.replies {
            let rendered: RenderedReply
            do {
                rendered = try pipeline.rendered(reply, templateName: options.template)
            } catch {
                result.diagnostics += error.diagnostics
                result.failedDocuments.append((index, error.diagnostics.map(\.code.rawValue)))
                continue
            }
            let name = OutputNames.baseName(input: file, reply: reply, index: index, count: loaded.documentCount)
            switch stage(rendered, name: name, deflater: deflater) {
            case .success(let staged):
                result.replies.append((name, index, rendered.layout.name, staged))
            case .failure(let error):
                result.diagnostics.append(error)
                result.failedDocuments.append((index, [error.code.rawValue]))
            }
        }
        if !result.diagnostics.isEmpty { result.text = loaded.text }
        return result
    }

    /// A rendered reply's outputs, written to staging files. A rendering error is returned as
    /// itself (E044 when LibreOffice cannot make the PDF); a staging file that cannot be
    /// written gives E042 naming its output. On a failure no staging file is left.
    private func stage(_ rendered: RenderedReply, name: String, deflater: Deflater?) -> Result<[StagedOutput], Diagnostic> {
        let contents: [Data]
        do {
            contents = try OutputFormat.contents(of: rendered, in: options.formats, deflater: deflater)
        } catch let error as Diagnostic {
            return .failure(error)
        } catch {
            // Not a diagnostic: a package too large for the zip format, which cannot be written.
            return .failure(OutputNames.writeError(options.formats.first.map { outputPath(name, $0) } ?? options.outputDirectory, error))
        }
        var staged: [StagedOutput] = []
        for (format, data) in zip(options.formats, contents) {
            do {
                staged.append(try StagedOutput(name: "\(name).\(format.fileExtension)", data: data, directory: options.outputDirectory,
                                               label: FileOutput.batchStagingLabel))
            } catch {
                staged.forEach { $0.discard() }
                return .failure(OutputNames.writeError(outputPath(name, format), error))
            }
        }
        return .success(staged)
    }

    /// Where the output in `format` of the reply named `name` goes.
    private func outputPath(_ name: String, _ format: OutputFormat) -> String {
        (options.outputDirectory as NSString).appendingPathComponent("\(name).\(format.fileExtension)")
    }

    /// Writes one file's outputs (on the writer's thread, in input order).
    private func commit(_ result: FileResult, claimed: inout OutputClaims, summary: inout Summary,
                        manifest: Manifest.Writer, state: RunState, report: (Event) -> Void) {
        var entries: [Manifest.Entry] = []
        var diagnostics = result.diagnostics
        let multi = result.documentCount > 1
        // A file with no document to count (unreadable, not text, nested too deep) fails as one.
        let fileFailed = diagnostics.contains { $0.severity == .error } && result.replies.isEmpty && result.failedDocuments.isEmpty
        if fileFailed {
            summary.failed += 1
            entries.append(.init(input: result.file, document: nil, outputs: [],
                                                  errors: diagnostics.filter { $0.severity == .error }.map(\.code.rawValue)))
        }
        for failed in result.failedDocuments {
            summary.failed += 1
            entries.append(.init(input: result.file, document: multi ? failed.document : nil, errors: failed.codes))
        }
        if let unchanged = result.unchanged {
            entries += keep(unchanged, of: result.file, claimed: &claimed, summary: &summary, diagnostics: &diagnostics)
        }
        for reply in result.replies {
            var entry = Manifest.Entry(input: result.file, document: multi ? reply.document : nil)
            (entry.inputSHA256, entry.layout, entry.layoutSHA256) = (result.inputSHA256, reply.layout, state.fingerprints[reply.layout])
            if let clash = claimed.clash(reply.outputs.map(\.name)) {
                diagnostics.append(.outputCollision(clash.name, claimedBy: clash.claimant, at: .start(of: result.file)))
                reply.outputs.forEach { $0.discard() }
                entry.errors = [DiagnosticCode.outputCollision.rawValue]
                summary.failed += 1
            } else if let error = rename(reply.outputs, of: result.file, into: &entry, claimed: &claimed) {
                diagnostics.append(error)
                summary.failed += 1
            } else {
                summary.rendered += 1
            }
            entries.append(entry)
        }
        // In the stream's order, failed documents among the rendered ones (the sort is stable).
        entries.sorted { ($0.document ?? 0) < ($1.document ?? 0) }.forEach(manifest.append)
        summary.warnings += diagnostics.filter { $0.severity == .warning }.count
        if !diagnostics.isEmpty { report(.diagnostics(file: result.file, text: result.text, diagnostics)) }
    }

    /// Renames a reply's staged outputs into place and lists them in its entry; on a failure,
    /// the outputs not yet renamed are removed, the entry says E042, and the error is returned,
    /// naming the output whose rename failed (on a re-run the others exist from the last run).
    private func rename(_ outputs: [StagedOutput], of file: String, into entry: inout Manifest.Entry,
                        claimed: inout OutputClaims) -> Diagnostic? {
        defer { claimed.claim(entry.outputs.map(\.path), for: file) }
        for (position, output) in outputs.enumerated() {
            do {
                try output.commit()
            } catch {
                outputs.dropFirst(position + 1).forEach { $0.discard() }
                entry.errors = [DiagnosticCode.cannotWrite.rawValue]
                return OutputNames.writeError(output.path, error)
            }
            entry.outputs.append(.init(path: output.name, sha256: output.sha256))
        }
        return nil
    }

    /// The last run's entries of a file that was not rendered again, its outputs claimed; an
    /// output an earlier file of this run took meanwhile is a collision (E041), as when rendered.
    private func keep(_ entries: [Manifest.Entry], of file: String, claimed: inout OutputClaims, summary: inout Summary,
                      diagnostics: inout [Diagnostic]) -> [Manifest.Entry] {
        entries.map { entry in
            if let clash = claimed.clash(entry.outputs.map(\.path)) {
                diagnostics.append(.outputCollision(clash.name, claimedBy: clash.claimant, at: .start(of: file)))
                summary.failed += 1
                var failed = entry
                (failed.outputs, failed.errors) = ([], [DiagnosticCode.outputCollision.rawValue])
                return failed
            }
            claimed.claim(entry.outputs.map(\.path), for: file)
            summary.unchanged += 1
            return entry
        }
    }
}
