import ArgumentParser

/// The drafter's desk's command line, declared once: `dafu serve` takes these options and hands
/// them unchanged to `dafu-desk`, which runs the server (a module of its own so that `dafu`
/// builds without the server's dependencies).
public struct DeskOptions: ParsableArguments {
    public static let abstract = "Open a folder of replies in the browser: list, edit with a live A4 preview, save, download."
    public static let discussion = "Listens on 127.0.0.1 only unless --host says otherwise. Reads and writes only inside FOLDER."

    @Argument(help: ArgumentHelp("The folder of replies.", valueName: "FOLDER"))
    public var folder: String = "."

    @Option(help: "Port to listen on (0 picks a free one).")
    public var port: Int = 8421

    @Option(help: "Address to listen on. Anything but 127.0.0.1 or localhost exposes your files to the network.")
    public var host: String = "127.0.0.1"

    @Option(name: .customLong("templates"), help: ArgumentHelp("Folder of layout templates (default: $DAFU_TEMPLATES, else Templates/ here or above).", valueName: "DIR"))
    public var templates: String?

    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port 应在 0–65535 之间") }
    }

    /// These options as arguments for `dafu-desk`.
    public var arguments: [String] {
        [folder, "--port", String(port), "--host", host] + (templates.map { ["--templates", $0] } ?? [])
    }
}
