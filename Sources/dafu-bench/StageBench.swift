import DafuKit
import Foundation
import Yams

/// `--stages` and `--deflate`: where one reply's time goes, one thread, median of many runs.
enum StageBench {
    /// Median wall time of `body` over `runs` runs, in µs.
    static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3)
        }
        return times.sorted()[runs / 2]
    }

    /// Every stage of one reply, each timed on its own (its inputs made before the clock starts).
    static func run(text: String, pipeline: Pipeline, runs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-bench-stages-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let node = try PipelineStages.compose(text)[0]
        let reply = PipelineStages.decode(node, file: "bench.yaml")!
        let (layout, document) = try PipelineStages.document(reply, pipeline: pipeline)
        let rendered = PipelineStages.layout(reply, document, layout: layout, pipeline: pipeline)
        let parts = rendered.parts
        let outputs = try OutputFormat.contents(of: rendered, in: OutputFormat.all.members)
        let names = OutputFormat.all.members.map { "bench.\($0.fileExtension)" }
        var rows: [(String, Double)] = []
        func stage(_ name: String, _ body: () throws -> Void) rethrows { rows.append((name, try median(runs, body))) }
        try stage("YAML (compose)") { _ = try PipelineStages.compose(text) }
        stage("decode (node tree → ReplyInput)") { _ = PipelineStages.decode(node, file: "bench.yaml") }
        try stage("template (context, mustache, markup, numbering)") { _ = try PipelineStages.document(reply, pipeline: pipeline) }
        stage("layout (blocks)") { _ = PipelineStages.layout(reply, document, layout: layout, pipeline: pipeline) }
        stage("text") { _ = rendered.text }
        stage("HTML") { _ = rendered.html }
        stage("DOCX parts (libxml2)") { _ = rendered.parts }
        stage("Flat-OPC") { _ = FlatOPCPackager.package(parts) }
        let packed = PipelineStages.packedParts(layout, compression: .default), deflater = Deflater(.default)
        try stage("zip (.docx, \(ZipCompression.default))") { _ = try PipelineStages.docx(parts, packed: packed, deflater: deflater) }
        stage("SHA-256 of the 4 outputs") { for data in outputs { _ = Manifest.sha256(data) } }
        try stage("write 4 files (stage, rename)") {
            for (name, data) in zip(names, outputs) { try PipelineStages.write(data, name: name, directory: folder) }
        }
        let load = median(runs) { _ = InputLoader.load(text: text, file: "bench.yaml") }
        print("one reply (\(text.utf8.count) bytes of YAML), median of \(runs) runs, one thread, µs:")
        print("| stage | µs |")
        print("|---|---:|")
        for (name, micros) in rows { print(String(format: "| %@ | %.0f |", name, micros)) }
        print(String(format: "| **sum, all four formats** | **%.0f** |", rows.reduce(0) { $0 + $1.1 }))
        print(String(format: "| (InputLoader.load as a whole: YAML + decode + checks) | %.0f |", load))
        let sizes = zip(names, outputs).map { "\($0) \($1.count / 1024) KB" }.joined(separator: ", ")
        print("outputs: \(sizes)")
    }

    /// The .docx of one reply in every compression: its size, and the zip stage's cost per
    /// reply in a batch (fixed parts packed once) and for a first reply (everything packed).
    static func deflate(text: String, pipeline: Pipeline, runs: Int) throws {
        let reply = InputLoader.load(text: text, file: "bench.yaml").replies[0].reply
        let rendered = try pipeline.rendered(reply)
        let parts = rendered.parts
        let choices = ["stored", "zlib:1", "zlib:3", "zlib:6", "zlib:9", "libdeflate:1", "libdeflate:3", "libdeflate:6", "libdeflate:9", "libdeflate:12"]
        print("one reply's .docx in each compression, median of \(runs) runs, one thread:")
        print("| compression | .docx bytes | zip µs per reply (batch) | zip µs, nothing reused |")
        print("|---|---:|---:|---:|")
        for choice in choices {
            guard let compression = ZipCompression(choice) else { continue }
            let packed = PipelineStages.packedParts(rendered.layout, compression: compression), deflater = Deflater(compression)
            let data = try PipelineStages.docx(parts, packed: packed, compression: compression, deflater: deflater)
            guard try PipelineStages.docx(parts, packed: packed, compression: compression) == data,
                  try DocxPackager.package(parts, compression: compression) == data else {
                print("| \(choice) | not byte-identical run to run | | |")
                continue
            }
            let batch = try median(runs) { _ = try PipelineStages.docx(parts, packed: packed, compression: compression, deflater: deflater) }
            let whole = try median(runs) { _ = try DocxPackager.package(parts, compression: compression) }
            print(String(format: "| %@ | %d | %.0f | %.0f |", choice, data.count, batch, whole))
        }
    }
}
