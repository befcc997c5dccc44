import DafuKit
import Foundation

/// `--incremental`: one folder of replies rendered (all formats), then rendered again four
/// ways; each line is one run, in the same process, timed whole (`BatchRunner.run`).
enum IncrementalBench {
    static func run(count: Int, templates: String, jobs: Int, write: (Int, URL) throws -> Void) throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("dafu-bench-incremental-\(getpid())")
        defer { try? fm.removeItem(at: root) }
        let input = root.appendingPathComponent("in"), output = root.appendingPathComponent("out")
        let copy = root.appendingPathComponent("Templates")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        try fm.copyItem(atPath: templates, toPath: copy.path)
        let names = (0..<count).map { String(format: "reply-%06d.yaml", $0) }
        for (n, name) in names.enumerated() { try write(n, input.appendingPathComponent(name)) }
        // Every tenth reply uses another layout, so editing that layout re-renders a tenth.
        for name in names.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
            let url = input.appendingPathComponent(name)
            try (try String(contentsOf: url, encoding: .utf8) + "template: suggestion-reply\n").write(to: url, atomically: false, encoding: .utf8)
        }
        print("dafu batch --format all on \(count) replies, \(jobs) jobs, run again on the same folder:")
        print("| run | seconds | rendered | unchanged |")
        print("|---|---:|---:|---:|")
        func batch(_ label: String, force: Bool = false) throws {
            let pipeline = try Pipeline(templateDirectory: copy.path)
            let options = BatchRunner.Options(outputDirectory: output.path, format: .all, jobs: jobs, force: force)
            let summary = BatchRunner(pipeline: pipeline, options: options).run([input.path]) { _ in }
            print(String(format: "| %@ | %.2f | %d | %d |", label, summary.seconds, summary.rendered, summary.unchanged))
        }
        try batch("first run")
        try batch("again, nothing changed")
        for n in [1, 2, 3] {
            let url = input.appendingPathComponent(names[n * 7])
            try (try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "感谢您", with: "衷心感谢您"))
                .write(to: url, atomically: false, encoding: .utf8)
        }
        try batch("three replies edited")
        let layout = copy.appendingPathComponent("suggestion-reply.mustache")
        try (try String(contentsOf: layout, encoding: .utf8) + "\n").write(to: layout, atomically: false, encoding: .utf8)
        try batch("one layout edited (a tenth use it)")
        try batch("--force", force: true)
    }
}
