// dafu-bench — throughput and peak memory of the batch pipeline on synthetic replies.
//
//     swift run -c release dafu-bench [--counts 1000,10000] [--jobs 1,2] [--formats text,all]
//     swift run -c release dafu-bench --counts 100000 --jobs 2        (the long run, opt-in)
//     swift run -c release dafu-bench --stages      one reply, µs per stage
//     swift run -c release dafu-bench --deflate     the .docx in each compression: bytes, µs
//     swift run -c release dafu-bench --cli         `dafu render`, one reply, all formats, ms
//     swift run -c release dafu-bench --incremental [--count 2000]   re-runs of one folder
//     swift run -c release dafu-bench --write-replies 2000 DIR   the synthetic replies as files
//     swift run -c release dafu-bench --intake [--rows 1000]
//
// For each count N it writes N synthetic replies (about 3,700 Chinese characters, 5 sections,
// 13 KB of YAML each) to a temporary folder, then runs `dafu batch`'s pipeline on them in a
// child process per configuration (jobs × formats) and reports replies/second and the child's
// peak resident memory. Files are really written, as a user's batch writes them.
import DafuKit
import Foundation
import Yams

#if canImport(Glibc)
import Glibc
#endif

func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let templates = option("--templates") ?? Pipeline.defaultTemplateDirectory()
let jobsList = (option("--jobs") ?? "1,\(ProcessInfo.processInfo.activeProcessorCount)").split(separator: ",").compactMap { Int($0) }
let jobs = jobsList.last ?? 1

/// Peak resident memory of this process, in MB.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Deterministic pseudo-random numbers (a linear congruential generator), so every run
/// benchmarks the same replies.
struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

let phrases = [
    "持续深化“放管服效”改革", "健全政企常态化沟通机制", "推动政务服务标准化规范化便利化", "强化要素保障和金融支持",
    "完善问题收集、交办、反馈闭环机制", "加大惠企政策宣传解读力度", "推进数据共享和电子证照应用", "规范涉企行政执法行为",
    "落实包容审慎监管要求", "提升基层便民服务能力", "压减审批环节和办理时限", "畅通企业诉求反映渠道",
]
let units = ["件", "万元", "亿元", "家", "个", "人次", "%"]

func sentence(_ random: inout Generator) -> String {
    let figure = "\(random.next(9000) + 10)\(units[random.next(units.count)])"
    return "围绕\(phrases[random.next(phrases.count)])，我们\(phrases[random.next(phrases.count)])，全年累计完成\(figure)，" +
        "\(phrases[random.next(phrases.count)])取得明显成效。"
}

/// One synthetic reply as YAML.
func reply(_ n: Int) -> String {
    var random = Generator(state: UInt64(n) &+ 17)
    func paragraph(_ sentences: Int) -> String { (0..<sentences).map { _ in sentence(&random) }.joined() }
    var yaml = """
    kind: proposal-reply
    header: {doc_number: 测发〔2025〕\(n + 1)号, signer: 王明, result_class: A, disclosure: 主动公开}
    proposal:
      session: 市政协十三届三次会议
      number: "\(n + 1)"
      title: 关于\(phrases[random.next(phrases.count)])的提案
      proposers: [{name: 陈立群, role: 委员}]
    opening: {studied: true, consulted: [市财政局, 市工信局]}
    background: ["\(paragraph(4))"]
    sections:

    """
    for _ in 0..<5 {
        yaml += "  - heading: \(phrases[random.next(phrases.count)])\n    measures:\n"
        for _ in 0..<3 { yaml += "      - {lead: \(phrases[random.next(phrases.count)]), text: \"\(paragraph(4))\"}\n" }
    }
    yaml += """
    next_steps: "下一步，\(paragraph(2))"
    closing: 感谢您对我们工作的关心和支持。
    issuer: 测试市发展和改革委员会
    date: 2025-06-20
    contact: {name: 李华, phone: 0373-3681234}
    cc: [市政协提案委员会, 市政府督查室]

    """
    return yaml
}

/// The child: renders the folder once and prints "seconds peakMB rendered".
func child(input: String, output: String, formats: [OutputFormat]) {
    let pipeline: Pipeline
    do { pipeline = try Pipeline(templateDirectory: templates) } catch { fatalError("\(error)") }
    let runner = BatchRunner(pipeline: pipeline, options: .init(outputDirectory: output, formats: formats, jobs: jobs))
    let summary = runner.run([input]) { _ in }
    print(String(format: "%.3f %.1f %d %d", summary.seconds, peakMemoryMB(), summary.rendered, summary.failed))
}

if let input = option("--child-input"), let output = option("--child-output"), let formats = option("--child-formats") {
    child(input: input, output: output, formats: formats.split(separator: "+").compactMap { OutputFormat(rawValue: String($0)) })
    exit(0)
}

/// `--stages`: where one reply's time goes; `--deflate`: the .docx in each compression.
if CommandLine.arguments.contains("--stages") || CommandLine.arguments.contains("--deflate") {
    let pipeline = try Pipeline(templateDirectory: templates)
    let runs = Int(option("--runs") ?? "") ?? 300
    if CommandLine.arguments.contains("--stages") { try StageBench.run(text: reply(1), pipeline: pipeline, runs: runs) }
    if CommandLine.arguments.contains("--deflate") { try StageBench.deflate(text: reply(1), pipeline: pipeline, runs: runs) }
    exit(0)
}

/// `--write-replies N DIR`: the synthetic replies as files, to time `dafu batch` itself.
if let count = option("--write-replies").flatMap({ Int($0) }), let index = CommandLine.arguments.firstIndex(of: "--write-replies"),
   index + 2 < CommandLine.arguments.count {
    let folder = URL(fileURLWithPath: CommandLine.arguments[index + 2])
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for n in 0..<count {
        try reply(n).write(to: folder.appendingPathComponent(String(format: "reply-%06d.yaml", n)), atomically: false, encoding: .utf8)
    }
    exit(0)
}

/// `--incremental`: a batch run again on the same folder, as a drafter does: unchanged, after
/// editing three replies, after editing one layout's template, and with --force.
if CommandLine.arguments.contains("--incremental") {
    try IncrementalBench.run(count: Int(option("--count") ?? "") ?? 2_000, templates: templates, jobs: jobs, write: { n, url in
        try reply(n).write(to: url, atomically: false, encoding: .utf8)
    })
    exit(0)
}

/// `--cli`: one reply from the command line, as a drafter runs it: process start, templates,
/// render, write; median wall time of 30 runs of the `dafu` built beside this benchmark.
if CommandLine.arguments.contains("--cli") {
    try CLIBench.run(templates: templates, samples: option("--samples") ?? "Samples")
    exit(0)
}

/// `--desk`: the desk's round trip for one edit (what `POST /api/preview` does on the server:
/// load the posted text, render, lay out the A4 pages, encode the JSON), on the largest sample.
if CommandLine.arguments.contains("--desk") {
    let samples = option("--samples") ?? "Samples"
    let files = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".yaml") }
        .map { (samples as NSString).appendingPathComponent($0) }
    let largest = try files.max { try Data(contentsOf: URL(fileURLWithPath: $0)).count < Data(contentsOf: URL(fileURLWithPath: $1)).count }!
    let workspace = try DeskWorkspace(folder: samples, templates: templates)
    let text = try String(contentsOfFile: largest, encoding: .utf8)
    var times: [Double] = []
    for _ in 0..<200 {
        let start = DispatchTime.now().uptimeNanoseconds
        let preview = workspace.preview(text, file: (largest as NSString).lastPathComponent, layout: nil)
        _ = try JSONEncoder().encode(preview)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    print(String(format: "desk preview round trip on the server, %@ (%d bytes): median %.2f ms, 95th percentile %.2f ms (200 runs)",
                 (largest as NSString).lastPathComponent, text.utf8.count, times[100], times[190]))
    exit(0)
}

/// `--intake`: an assignment list of N rows (.csv and .xlsx) → N reply skeletons, as `dafu
/// intake` does it (read, find the header, read the rows, write each skeleton through a
/// staging file), then `dafu report` over the skeletons; median of three runs, one thread.
if CommandLine.arguments.contains("--intake") {
    try IntakeBench.run(rows: Int(option("--rows") ?? "") ?? 1_000, templates: templates)
    exit(0)
}

let counts = (option("--counts") ?? "1000,10000").split(separator: ",").compactMap { Int($0) }
let formatsList = (option("--formats") ?? "text,all").split(separator: ",").map(String.init)
// `--folder DIR`: where inputs and outputs go (e.g. /dev/shm, to see the CPU alone).
let root = URL(fileURLWithPath: option("--folder") ?? FileManager.default.temporaryDirectory.path).appendingPathComponent("dafu-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: root) }
print("dafu-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, jobs \(jobsList.map(String.init).joined(separator: ", "))")
let sample = reply(0)
let characters = sample.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF }.count
print("synthetic reply: \(sample.utf8.count) bytes of YAML, \(characters) Chinese characters")
print("| replies | format | jobs | seconds | replies/s | peak memory |")
print("|---:|---|---:|---:|---:|---:|")
for count in counts {
    let input = root.appendingPathComponent("in-\(count)")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for n in 0..<count {
        try reply(n).write(to: input.appendingPathComponent(String(format: "reply-%06d.yaml", n)), atomically: false, encoding: .utf8)
    }
    for formats in formatsList {
        for childJobs in jobsList {
            let output = root.appendingPathComponent("out-\(count)-\(formats)-\(childJobs)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["--child-input", input.path, "--child-output", output.path, "--child-formats", formats,
                                 "--templates", templates, "--jobs", String(childJobs)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let fields = String(decoding: data, as: UTF8.self).split(separator: " ").map(String.init)
            guard fields.count == 4, let seconds = Double(fields[0]), let rendered = Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) else {
                print("child failed: \(String(decoding: data, as: UTF8.self))")
                continue
            }
            print(String(format: "| %d | %@ | %d | %.2f | %.0f | %@ MB |", count, formats, childJobs, seconds, Double(rendered) / seconds, fields[1]))
            // Outputs stay until the count is done: ext4 allocates inodes slowly for a minute or
            // more after many files were deleted (it skips recently deleted ones), which would
            // slow the next configuration. At 50,000 replies and more, space comes first.
            if count >= 50_000 { try? FileManager.default.removeItem(at: output) }
        }
    }
    try? FileManager.default.removeItem(at: root)
}
