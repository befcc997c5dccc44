import DafuKit
import Foundation

/// `--cli`: `dafu render` on one sample, as a drafter runs it, timed from outside the process.
enum CLIBench {
    static func run(templates: String, samples: String) throws {
        let dafu = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dafu").path
        guard FileManager.default.isExecutableFile(atPath: dafu) else {
            print("no dafu beside dafu-bench: build it first (swift build -c release --product dafu)")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { (samples as NSString).appendingPathComponent($0) }
        let largest = try files.max { try size($0) < size($1) }!
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-bench-cli-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        print("dafu render \((largest as NSString).lastPathComponent) (\(try size(largest)) bytes), median of 30 runs, wall time (spawn to exit):")
        print("| formats | ms |")
        print("|---|---:|")
        for format in ["text", "docx", "all"] {
            let arguments = ["render", largest, "--format", format, "--output", output, "--templates", templates]
            var times: [Double] = []
            for _ in 0..<30 {
                let start = DispatchTime.now().uptimeNanoseconds
                guard (try? ChildProcess.run(dafu, arguments, timeout: nil)) == .exited(0) else { throw CocoaError(.executableLoad) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print(String(format: "| %@ | %.1f |", format, times.sorted()[15]))
        }
    }

    private static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
