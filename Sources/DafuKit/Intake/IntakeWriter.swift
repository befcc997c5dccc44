import Foundation

/// Writes one reply skeleton per item of an assignment list into a folder, each through a
/// staging file: a reply that exists is never overwritten (the new one is linked into place
/// only where no file has the name, so a drafter's work cannot be lost even to a race) unless
/// `force` says to replace it.
package struct IntakeWriter: Sendable {
    /// The folder the skeletons go to.
    package var directory: String
    /// Chinese field names (`--zh`).
    package var chinese = false
    /// Replace replies that exist (`--force`).
    package var force = false
    /// The skeletons' date (成文日期), normally today.
    package var date: ReplyDate

    /// What a run wrote.
    package struct Outcome: Sendable {
        /// Paths written, in list order.
        package var written: [String] = []
        /// Replies that existed and were kept (W077), and files that could not be written (E042).
        package var diagnostics: [Diagnostic] = []
    }

    package init(directory: String, date: ReplyDate) {
        self.directory = directory
        self.date = date
    }

    /// Writes the skeletons of `assignments`; a write that fails is reported and the rest go on.
    package func write(_ assignments: [Assignment]) -> Outcome {
        var outcome = Outcome()
        guard !assignments.isEmpty else { return outcome }   // nothing to write: no folder made
        do {
            try OutputNames.createDirectory(directory)
        } catch {
            outcome.diagnostics.append(error)
            return outcome
        }
        for assignment in assignments {
            let yaml = Skeleton.yaml(kind: assignment.kind, chinese: chinese, date: date, facts: assignment.facts)
            let path = (directory as NSString).appendingPathComponent(assignment.fileName)
            do {
                let staged = try StagedOutput(name: assignment.fileName, data: Data(yaml.utf8), directory: directory)
                if force {
                    try staged.commit()
                } else if try !staged.commitIfAbsent() {
                    outcome.diagnostics.append(.existingReply(path))
                    continue
                }
                outcome.written.append(path)
            } catch {
                outcome.diagnostics.append(OutputNames.writeError(path, error))
            }
        }
        return outcome
    }
}
