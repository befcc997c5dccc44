import Foundation
import XCTest
import Yams
@testable import DafuKit

/// The import corpus (Fixtures/import/corpus): letters of every shape seen among public replies,
/// and for many of them the same letter as copied from its web page. Every import must render;
/// each letter must come back at least as close as its recorded floor, and each page copy within
/// 0.02 of its clean letter. The fields listed in corpus.yaml must be recognised exactly.
final class ImportCorpusTests: XCTestCase {
    struct Entry {
        var file: String
        var page: String?
        var fields: [String: String?]
        var similarity: Double?
        var pageSimilarity: Double?
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import/corpus")

    static func entries() throws -> [Entry] {
        let text = try String(contentsOf: root.appendingPathComponent("corpus.yaml"), encoding: .utf8)
        let list = try XCTUnwrap(try Yams.load(yaml: text, Resolver.basic) as? [[String: Any]])
        return list.map { item in
            var fields: [String: String?] = [:]
            for key in ["kind", "title", "doc_number", "result_class", "addressee", "issuer", "date"] where item.keys.contains(key) {
                // Resolver.basic reads every scalar as text: null is written "null".
                fields[key] = (item[key] as? String).flatMap { $0 == "null" ? nil : $0 }
            }
            return Entry(file: item["file"] as! String, page: item["page"] as? String, fields: fields,
                         similarity: (item["similarity"] as? String).flatMap(Double.init),
                         pageSimilarity: (item["page_similarity"] as? String).flatMap(Double.init))
        }
    }

    struct Outcome {
        var ratio: Double
        var reply: ReplyInput
        var result: ReplyImporter.Result
        var rendered: String
    }

    /// Imports `path`, renders what import wrote, and compares it with the clean letter `letter`.
    func outcome(_ path: String, against letter: String) throws -> Outcome {
        let lines = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8).components(separatedBy: "\n")
        let result = ReplyImporter.importParagraphs(lines, file: path, pipeline: TestSupport.pipeline)
        let loaded = InputLoader.load(text: result.yaml, file: "imported.yaml")
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.message), [], "\(path)\n\(result.yaml)")
        let reply = try XCTUnwrap(loaded.replies.first?.reply, path)
        let rendered = try TestSupport.pipeline.text(for: reply)
        return Outcome(ratio: Similarity.compare(source: letter, rendered: rendered).ratio, reply: reply, result: result, rendered: rendered)
    }

    func testEveryLetterAndPageCopyRendersAndComesBack() throws {
        var table: [String] = []
        var letterRatios: [Double] = [], pageGaps: [Double] = [], pageRatios: [Double] = [], heldOut: [Double] = []
        for entry in try Self.entries() {
            let letter = try String(contentsOf: Self.root.appendingPathComponent(entry.file), encoding: .utf8)
            let clean = try outcome(entry.file, against: letter)
            letterRatios.append(clean.ratio)
            if entry.file.hasPrefix("holdout/") { heldOut.append(clean.ratio) }
            XCTAssertGreaterThanOrEqual(clean.ratio, entry.similarity ?? 0.97, entry.file)
            checkFields(entry, clean, letter: letter)
            var row = String(format: "| %@ | %.4f |", (entry.file as NSString).lastPathComponent, clean.ratio)
            if let page = entry.page {
                let copy = try outcome(page, against: letter)
                pageGaps.append(clean.ratio - copy.ratio)
                pageRatios.append(copy.ratio)
                if page.hasPrefix("holdout/") { heldOut.append(copy.ratio) }
                XCTAssertGreaterThanOrEqual(copy.ratio, clean.ratio - 0.02, page)
                XCTAssertGreaterThanOrEqual(copy.ratio, entry.pageSimilarity ?? 0.95, page)
                checkFields(entry, copy, letter: letter, page: page)
                row += String(format: " %.4f |", copy.ratio)
            } else {
                row += " |"
            }
            table.append(row)
        }
        let average = letterRatios.reduce(0, +) / Double(letterRatios.count)
        print("| letter | clean | page copy |\n|---|---:|---:|\n" + table.joined(separator: "\n"))
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
        print(String(format: "letters: %d, average %.4f, lowest %.4f; page copies: %d, average %.4f, largest gap %.4f; held out: %d, average %.4f",
                     letterRatios.count, average, letterRatios.min() ?? 0, pageRatios.count, mean(pageRatios), pageGaps.max() ?? 0,
                     heldOut.count, mean(heldOut)))
        XCTAssertGreaterThanOrEqual(average, 0.99)
    }

    /// The fields corpus.yaml lists, as recognised (null: absent from the letter). The
    /// salutation is the one printed (import may know the proposers of a letter without one).
    private func checkFields(_ entry: Entry, _ outcome: Outcome, letter: String, page: String? = nil) {
        let name = page ?? entry.file
        let reply = outcome.reply
        let salutation = reply.addressee?.value ?? TemplateContext.salutation(reply.proposal.proposers, kind: reply.kind.value)
        let found: [String: String?] = [
            "title": reply.title?.value,
            "doc_number": reply.header.docNumber?.value,
            "result_class": reply.header.resultClass?.value,
            // corpus.yaml names the addressee without the courtesy 尊敬的.
            "addressee": salutation.flatMap { outcome.rendered.contains($0 + "：") ? $0 : nil }
                .map { $0.hasPrefix("尊敬的") ? String($0.dropFirst(3)) : $0 },
            "issuer": reply.issuer?.value,
            "date": reply.date?.value.iso,
        ]
        let pageText = try? page.map { try String(contentsOf: Self.root.appendingPathComponent($0), encoding: .utf8) }
        for (key, expected) in entry.fields where key != "kind" {
            // A page copy may lack what only the letter's paper showed (a class, an addressee), and
            // a page that shows only its own heading, not the letter's title, gives that.
            if page != nil, expected != nil, found[key] ?? nil == nil, ["result_class", "doc_number", "addressee"].contains(key) { continue }
            if key == "title", let pageText = pageText ?? nil, let expected, !pageText.contains(expected) { continue }
            XCTAssertEqual(found[key] ?? nil, expected ?? nil, "\(name): \(key)")
        }
        if let kind = entry.fields["kind"] ?? nil {
            XCTAssertEqual(reply.kind.value.rawValue, kind == "report" ? ReplyKind.reviewOpinion.rawValue : kind, "\(name): kind")
        }
    }
}
