import DafuKit
import Foundation

/// The `--intake` mode of dafu-bench: list in, skeletons out, then the report over them.
enum IntakeBench {
    static let columns = ["编号", "标题", "领衔人", "附议人", "主办单位", "会办单位", "届次", "办理时限", "类型"]

    /// Row `n` of a synthetic list, with the lengths and separators real lists have.
    static func row(_ n: Int) -> [String] {
        let topics = ["优化营商环境", "加强社区养老服务", "推进老旧小区改造", "完善城市停车设施", "加强农村饮水安全保障", "发展银发经济"]
        return [String(format: "%04d", n), "关于\(topics[n % topics.count])促进第\(n)项工作高质量发展的建议", "代表\(n)、代表\(n + 1)",
                "附议\(n)，附议\(n + 2)", "市发展和改革委员会", "市财政局、市工业和信息化局", "市十四届人大三次会议", "2025-06-30", "建议"]
    }

    static func run(rows: Int, templates: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dafu-intake-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let table = [columns] + (1...rows).map(row)
        let csv = table.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        try csv.write(to: root.appendingPathComponent("list.csv"), atomically: false, encoding: .utf8)
        let xlsx = try WorkbookWriter.xlsx([.init(name: "交办清单", rows: table.map { $0.map(WorkbookWriter.Cell.text) }, headerRows: 1,
                                                  columnWidths: [])], title: "交办清单")
        try xlsx.write(to: root.appendingPathComponent("list.xlsx"))
        let pipeline = try Pipeline(templateDirectory: templates)
        print("dafu-bench --intake: \(rows) rows (\(csv.utf8.count / 1024) KB as CSV, \(xlsx.count / 1024) KB as .xlsx), median of 3 runs, one thread")
        print("| step | seconds | rows/s |")
        print("|---|---:|---:|")
        for list in ["list.csv", "list.xlsx"] {
            var folder = root
            let seconds = try median {
                folder = root.appendingPathComponent("out-\(UUID().uuidString)")
                let sheet = try ListFile.read(root.appendingPathComponent(list).path, sheet: nil)
                let items = AssignmentList.read(sheet, kind: nil)
                let outcome = IntakeWriter(directory: folder.path, date: ReplyDate(year: 2025, month: 6, day: 1)).write(items.assignments)
                guard outcome.written.count == rows, !items.hasErrors else { throw CocoaError(.fileWriteUnknown) }
            }
            print(String(format: "| intake %@ → %d skeletons | %.3f | %.0f |", list, rows, seconds, Double(rows) / seconds))
            let report = try median {
                let (report, _) = ReplyReport.read([folder.path], pipeline: pipeline)
                guard report.rows.count == rows else { throw CocoaError(.fileReadUnknown) }
                _ = try report.data(.xlsx)
            }
            print(String(format: "| report over them (read, render, .xlsx) | %.3f | %.0f |", report, Double(rows) / report))
        }
    }

    /// The median time of three runs of `body`.
    static func median(_ body: () throws -> Void) throws -> Double {
        var times: [Double] = []
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[1]
    }
}
