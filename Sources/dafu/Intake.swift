import ArgumentParser
import DafuKit
import Foundation

/// `dafu intake` — an assignment list (交办清单) in, one reply skeleton per item out.
struct Intake: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn an assignment list (交办清单, .xlsx or .csv) into one reply skeleton per item.",
        discussion: """
        Each row becomes <output>/建议第<编号>号.yaml (or 提案第…), the skeleton dafu new writes with \
        the session, number, title, proposers, consulted departments and issuer filled in. The \
        header row is found wherever it is; columns are known by their Chinese names. A reply \
        that exists is never overwritten (--force replaces it). Exit status: 0 when every row \
        was read, 1 when a row has an error (the other rows are still written), 2 on a usage error.
        """
    )

    @Argument(help: ArgumentHelp("The list: an .xlsx workbook or a CSV file (UTF-8 or GBK).", valueName: "list"))
    var list: String

    @Option(help: "The kind for rows whose kind the list does not give.")
    var kind: ListKind?

    /// What a list holds: 建议 or 提案 (a review opinion is no list's row), so only these two
    /// are offered and accepted.
    enum ListKind: String, CaseIterable, ExpressibleByArgument {
        case suggestionReply = "suggestion-reply", proposalReply = "proposal-reply"
        var replyKind: ReplyKind { self == .suggestionReply ? .suggestionReply : .proposalReply }
    }

    @Option(help: ArgumentHelp("Folder for the skeletons.", valueName: "DIR"))
    var output: String = "答复"

    @Flag(help: "Chinese field names (文种, 文号, 标题 …) instead of English ones.")
    var zh = false

    @Option(help: ArgumentHelp("The workbook's sheet to read (default: the first).", valueName: "NAME"))
    var sheet: String?

    @Flag(help: "Replace replies that exist.")
    var force = false

    func run() throws {
        var printer = DiagnosticPrinter()
        let table: Sheet
        do {
            table = try ListFile.read(list, sheet: sheet)
        } catch {
            Console.report([error], printer: &printer)
            throw ExitCode(1)
        }
        let items = AssignmentList.read(table, kind: kind?.replyKind)
        printer.register(rows: table.rows, sheet: table.name, forFile: table.file)
        Console.report(items.diagnostics, printer: &printer)
        var writer = IntakeWriter(directory: output, date: ReplyDate.today())
        writer.chinese = zh
        writer.force = force
        let outcome = writer.write(items.assignments)
        Console.report(outcome.diagnostics, printer: &printer)
        let kept = outcome.diagnostics.filter { $0.code == .existingReply }.count
        let failedRows = Set(items.diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.line }).count
        let place = table.name.map { "\(table.file)，工作表“\($0)”" } ?? table.file
        Console.error("完成：\(place) 共 \(items.assignments.count) 件；生成答复骨架 \(outcome.written.count) 件，保留已有 \(kept) 件，"
            + "有错误的行 \(failedRows) 行" + (outcome.written.isEmpty ? "\n" : " → \(output)/\n"))
        if items.hasErrors || outcome.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
