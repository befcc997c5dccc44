import ArgumentParser
import DafuKit
import DeskArguments
import Foundation

/// `dafu serve` — opens the drafter's desk. The desk is its own program, `dafu-desk`, so that
/// dafu itself builds without the web server's dependencies (SwiftNIO); this command finds it
/// beside dafu, builds it once when dafu runs from a source checkout, and hands over to it.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: DeskOptions.abstract, discussion: DeskOptions.discussion)

    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try Self.deskProgram()
        let argv = ([desk] + options.arguments).map { strdup($0) } + [nil]
        execv(desk, argv)
        Console.error("错误：无法启动“\(desk)”：\(String(cString: strerror(errno)))\n")
        throw ExitCode(1)
    }

    /// `dafu-desk` beside this program; built first when this is a SwiftPM build of a checkout.
    static func deskProgram() throws -> String {
        let own = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
        let desk = own.deletingLastPathComponent().appendingPathComponent("dafu-desk").path
        if FileManager.default.isExecutableFile(atPath: desk) { return desk }
        // …/<checkout>/.build/<triple>/<debug|release>/dafu
        let components = own.pathComponents
        guard let build = components.lastIndex(of: ".build"), build > 1 else {
            Console.error("错误：找不到 dafu-desk（应与 dafu 安装在同一目录）。\n")
            throw ExitCode(1)
        }
        let checkout = NSString.path(withComponents: Array(components[..<build]))
        guard FileManager.default.fileExists(atPath: (checkout as NSString).appendingPathComponent("Package.swift")) else {
            Console.error("错误：找不到 dafu-desk（应与 dafu 安装在同一目录）。\n")
            throw ExitCode(1)
        }
        Console.error("首次打开工作台：正在构建 dafu-desk（含 Web 服务器，首次约需 2–4 分钟）……\n")
        let release = components.dropLast().last == "release"
        let swift = Process()
        swift.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        swift.arguments = ["swift", "build", "--product", "dafu-desk"] + (release ? ["-c", "release"] : [])
        swift.currentDirectoryURL = URL(fileURLWithPath: checkout)
        try swift.run()
        swift.waitUntilExit()
        guard swift.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: desk) else {
            Console.error("错误：dafu-desk 构建失败（见上方输出）。\n")
            throw ExitCode(1)
        }
        return desk
    }
}
