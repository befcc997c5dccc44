import Foundation

/// Names and writes output files.
package enum OutputNames {
    /// The base name for a reply's outputs: its `output_name`, else the input file's name,
    /// with `-N` when the file holds several documents.
    package static func baseName(input: String, reply: ReplyInput, index: Int, count: Int) -> String {
        if let name = reply.outputName?.value { return sanitized(name) }
        let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        return sanitized(count > 1 ? "\(base)-\(index)" : base)
    }

    /// Writes `data` to the file at `path` the same way (temporary name, then rename).
    package static func write(_ data: Data, toFile path: String, mode: mode_t? = nil) throws(Diagnostic) {
        try write(data, to: (path as NSString).deletingLastPathComponent, name: (path as NSString).lastPathComponent, mode: mode)
    }

    /// A file name that cannot leave the output folder: no separators, no leading dots.
    package static func sanitized(_ name: String) -> String {
        var cleaned = String(name.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 })
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        return cleaned.isEmpty ? "reply" : cleaned
    }

    /// Writes `data` to `directory/name` through a temporary file and a rename, so no
    /// partial file is ever left behind. An empty directory is the working directory. Errors
    /// name the path and the cause (E042).
    package static func write(_ data: Data, to directory: String, name: String, mode: mode_t? = nil) throws(Diagnostic) {
        let directory = directory.isEmpty ? "." : directory
        try createDirectory(directory)
        let path = (directory as NSString).appendingPathComponent(name)
        do {
            try StagedOutput(name: name, data: data, directory: directory, mode: mode).commit()
        } catch {
            throw writeError(path, error)
        }
    }

    /// Creates the output folder (and its parents) unless it exists.
    package static func createDirectory(_ directory: String) throws(Diagnostic) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .outputIsAFile(directory)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(directory, cause: SystemErrors.describe(error))
        }
    }

    /// E042 for a file that could not be written.
    static func writeError(_ path: String, _ error: Error) -> Diagnostic {
        .cannotWrite(path, cause: SystemErrors.describe(error))
    }
}

/// The files of one `dafu render` run, written each through a staging file. A reply whose
/// output name an earlier reply of the run wrote is refused with E041, as in a batch (two
/// inputs named alike in different folders would otherwise overwrite each other silently).
package struct RenderOutputs {
    private let directory: String
    private var claims: OutputClaims

    package init(directory: String, format: OutputFormat) {
        self.directory = directory
        claims = OutputClaims(extensions: format.members.map(\.fileExtension))
    }

    /// Writes one reply's outputs (`name`.`ending` each) from `input`.
    package mutating func write(_ outputs: [(fileExtension: String, data: Data)], name: String, input: String) throws(Diagnostic) {
        let names = outputs.map { "\(name).\($0.fileExtension)" }
        if let clash = claims.clash(names) {
            throw .outputCollision(clash.name, claimedBy: clash.claimant, at: .start(of: input))
        }
        for (fileName, output) in zip(names, outputs) { try OutputNames.write(output.data, to: directory, name: fileName) }
        claims.claim(names, for: input)
    }
}
