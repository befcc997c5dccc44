import Foundation
import XCTest
@testable import DafuKit

/// LibreOffice and poppler driven from the tests: .docx → PDF in one conversion, the text lines
/// of a page with their boxes (pdftotext -bbox-layout), and the ink of a page region
/// (pdftoppm), for rules and glyphs that have no text box.
enum OfficeSuite {
    /// Why office-suite tests skip where the programs are missing.
    static let skipMessage = "LibreOffice (soffice), pdftotext or pdftoppm not installed: office-suite tests skipped. "
        + ".ci/run installs libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils."

    /// Whether soffice, pdftotext and pdftoppm are all on the PATH.
    static var isInstalled: Bool { ["soffice", "pdftotext", "pdftoppm"].allSatisfy { program($0) != nil } }

    /// A program on the PATH.
    static func program(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a program on the PATH and returns its standard output.
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(program(name), "\(name) is not installed"))
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Runs a program on the PATH and returns its standard output as text.
    @discardableResult
    static func text(_ name: String, _ arguments: [String]) throws -> String {
        String(decoding: try run(name, arguments), as: UTF8.self)
    }

    /// Writes each document as `<name>.docx` in a fresh folder and converts them all with one
    /// LibreOffice run (it starts once, which is most of a conversion's time): name → PDF path.
    static func convert(_ documents: [(name: String, docx: Data)], label: String) throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("dafu-\(label)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paths = try documents.map { name, docx in
            let path = folder.appendingPathComponent("\(name).docx").path
            try docx.write(to: URL(fileURLWithPath: path))
            return path
        }
        let profile = folder.appendingPathComponent("profile").absoluteString
        try run("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", PDFConverter.filter, "--outdir", folder.path] + paths)
        var pdfs: [String: String] = [:]
        for (name, _) in documents {
            let pdf = folder.appendingPathComponent("\(name).pdf").path
            if FileManager.default.fileExists(atPath: pdf) { pdfs[name] = pdf }
        }
        return pdfs
    }

    /// The whole text of a PDF (pdftotext).
    static func text(_ pdf: String) throws -> String {
        String(decoding: try run("pdftotext", [pdf, "-"]), as: UTF8.self)
    }

    /// The pages of a PDF, each as its text lines in reading order.
    static func pages(_ pdf: String) throws -> [[TextLine]] {
        let xml = String(decoding: try run("pdftotext", ["-bbox-layout", pdf, "-"]), as: UTF8.self)
        return xml.components(separatedBy: "<page ").dropFirst().map { page in
            page.components(separatedBy: "<line ").dropFirst().map(TextLine.init(xml:))
        }
    }
}

/// A box on a PDF page, in points from the page's top-left corner.
struct Box: Equatable {
    var xMin: Double
    var xMax: Double
    var yMin: Double
    var yMax: Double

    init(xMin: Double, xMax: Double, yMin: Double, yMax: Double) {
        (self.xMin, self.xMax, self.yMin, self.yMax) = (xMin, xMax, yMin, yMax)
    }

    /// The numbers of `key="…"` attributes in the start of `xml`.
    init(attributesOf xml: Substring) {
        func number(_ key: String) -> Double {
            guard let range = xml.range(of: " \(key)=\"") ?? xml.range(of: "\(key)=\"") else { return 0 }
            return Double(xml[range.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        (xMin, xMax, yMin, yMax) = (number("xMin"), number("xMax"), number("yMin"), number("yMax"))
    }
}

/// One line of text on a PDF page: its words (pdftotext splits a line where the glyphs leave a
/// gap, e.g. at the space a renderer puts between Chinese and digits) and its box.
struct TextLine {
    var words: [(text: String, box: Box)]
    var box: Box

    /// The line's text without the gaps between words.
    var text: String { words.map(\.text).joined() }

    /// A line parsed from pdftotext's `<line …>…</line>` (the part after `<line `).
    init(xml chunk: String) {
        let line = Substring(chunk)
        box = Box(attributesOf: line.prefix { $0 != ">" })
        words = chunk.components(separatedBy: "<word ").dropFirst().map { word in
            let start = word.firstIndex(of: ">").map { word.index(after: $0) } ?? word.endIndex
            let text = String(word[start...].prefix { $0 != "<" })
            return (Self.unescaped(text), Box(attributesOf: Substring(word).prefix { $0 != ">" }))
        }
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The ink of a region of a PDF page in grey levels (pdftoppm), for what has no text box: the
/// rules of a 版记, where a dash's stroke lies.
struct PageInk {
    /// Pixels per point.
    let scale: Double
    /// The region's top-left corner on the page, in points.
    let origin: (x: Double, y: Double)
    let width: Int
    let height: Int
    private let pixels: [UInt8]

    /// The region `box` (points) of page `page` (1-based), at 4 pixels a point.
    init(_ pdf: String, page: Int, box: Box, scale: Double = 4) throws {
        let (x, y) = (Int(box.xMin * scale), Int(box.yMin * scale))
        let (w, h) = (Int((box.xMax - box.xMin) * scale), Int((box.yMax - box.yMin) * scale))
        let data = try OfficeSuite.run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(Int(72 * scale)), "-gray",
                                                    "-x", String(x), "-y", String(y), "-W", String(w), "-H", String(h), pdf])
        // Binary PGM: "P5", width, height and maximum apart by white space, one more white-space
        // byte, then one byte a pixel.
        var fields: [Int] = [], index = data.startIndex, token = ""
        while fields.count < 4, index < data.endIndex {
            let byte = data[index]
            index += 1
            if [0x20, 0x0A, 0x0D, 0x09].contains(byte) {
                if !token.isEmpty { fields.append(Int(token) ?? 0) }
                token = ""
            } else {
                token.append(Character(Unicode.Scalar(byte)))
            }
        }
        (self.scale, origin) = (scale, (Double(x) / scale, Double(y) / scale))
        (width, height) = fields.count == 4 ? (fields[1], fields[2]) : (0, 0)
        pixels = Array(data[index...].prefix(width * height))
    }

    /// Whether the pixel at column `x`, row `y` is ink.
    func isInk(_ x: Int, _ y: Int) -> Bool { pixels.count == width * height && pixels[y * width + x] < 128 }

    /// Horizontal rules at least `minimum` points long: for each run of rows holding one, its
    /// top and bottom and its ends, in points on the page.
    func rules(atLeast minimum: Double) -> [Box] {
        var rules: [Box] = []
        for y in 0..<height {
            var run = 0, best = (start: 0, end: 0)
            for x in 0..<width {
                run = isInk(x, y) ? run + 1 : 0
                if run > best.end - best.start { best = (x + 1 - run, x + 1) }
            }
            guard Double(best.end - best.start) / scale >= minimum else { continue }
            let top = origin.y + Double(y) / scale
            if let last = rules.last, abs(last.yMax - top) < 1.5 / scale {
                rules[rules.count - 1].yMax = top + 1 / scale
            } else {
                rules.append(Box(xMin: origin.x + Double(best.start) / scale, xMax: origin.x + Double(best.end) / scale,
                                 yMin: top, yMax: top + 1 / scale))
            }
        }
        return rules
    }

    /// The first row (in points on the page) with ink between `xMin` and `xMax`.
    func firstInkRow(from xMin: Double, to xMax: Double) -> Double? {
        let columns = max(0, Int((xMin - origin.x) * scale))..<min(width, Int((xMax - origin.x) * scale))
        for y in 0..<height where columns.contains(where: { isInk($0, y) }) {
            return origin.y + Double(y) / scale
        }
        return nil
    }
}

