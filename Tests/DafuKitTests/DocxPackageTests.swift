import Foundation
import XCTest
import ZIPFoundation
@testable import DafuKit

/// The DOCX and Flat-OPC packages of every sample: well-formed parts, complete relationships
/// and content types, the same parts in both packages, golden body and styles, determinism.
final class DocxPackageTests: XCTestCase {
    /// Every sample, rendered.
    static let samples: [(name: String, rendered: RenderedReply)] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.samples.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { file in
            let loaded = InputLoader.load(path: TestSupport.samples.appendingPathComponent(file).path)
            guard let reply = loaded.replies.first?.reply, let rendered = try? TestSupport.pipeline.rendered(reply) else { return nil }
            return ((file as NSString).deletingPathExtension, rendered)
        }
    }()

    /// The entries of a zip, by path.
    static func unzip(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            entries[entry.path] = content
        }
        return entries
    }

    func testEverySampleRenders() {
        XCTAssertEqual(Self.samples.count, 6)
    }

    func testEveryPartIsWellFormedAndEveryRelationshipAndContentTypeResolves() throws {
        for (name, rendered) in Self.samples {
            let entries = try Self.unzip(try rendered.docx())
            XCTAssertEqual(Set(entries.keys), Set(["[Content_Types].xml"] + rendered.parts.map(\.name)), name)
            for (path, data) in entries {
                XCTAssertNil(XMLCheck.wellFormedError(data), "\(name) \(path)")
            }
            let types = String(decoding: entries["[Content_Types].xml"]!, as: UTF8.self)
            for part in rendered.parts where !part.name.hasSuffix(".rels") {
                XCTAssertTrue(types.contains("PartName=\"/\(part.name)\" ContentType=\"\(part.contentType)\""), "\(name) \(part.name)")
            }
            XCTAssertTrue(types.contains("Extension=\"rels\""))
            for relsPath in entries.keys where relsPath.hasSuffix(".rels") {
                let base = relsPath.replacingOccurrences(of: "_rels/", with: "").replacingOccurrences(of: ".rels", with: "")
                let folder = (base as NSString).deletingLastPathComponent
                let rels = String(decoding: entries[relsPath]!, as: UTF8.self)
                for target in Self.targets(in: rels) {
                    let resolved = folder.isEmpty ? target : "\(folder)/\(target)"
                    XCTAssertNotNil(entries[resolved], "\(name): \(relsPath) → \(resolved)")
                }
            }
        }
    }

    private static func targets(in rels: String) -> [String] {
        rels.components(separatedBy: "Target=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    func testFlatOPCHoldsExactlyTheDocxPartsWithTheSameXML() throws {
        for (name, rendered) in Self.samples {
            let entries = try Self.unzip(try rendered.docx())
            let flat = String(decoding: rendered.flatOPC, as: UTF8.self)
            XCTAssertNil(XMLCheck.wellFormedError(rendered.flatOPC), name)
            XCTAssertTrue(flat.hasPrefix(PackagePart.declaration + "\n<?mso-application progid=\"Word.Document\"?>"), name)
            let flatParts = Self.flatParts(flat)
            XCTAssertEqual(flatParts.map(\.name).sorted(), entries.keys.filter { $0 != "[Content_Types].xml" }.map { "/" + $0 }.sorted(), name)
            for part in flatParts {
                let zipped = String(decoding: entries[String(part.name.dropFirst())]!, as: UTF8.self)
                XCTAssertEqual(PackagePart.declaration + "\n" + part.xml, zipped, "\(name) \(part.name)")
            }
        }
    }

    /// The parts of a Flat-OPC document: name and the XML inside pkg:xmlData.
    private static func flatParts(_ flat: String) -> [(name: String, xml: String)] {
        flat.components(separatedBy: "<pkg:part pkg:name=\"").dropFirst().map { chunk in
            let name = String(chunk.prefix { $0 != "\"" })
            let start = chunk.range(of: "<pkg:xmlData>\n")!.upperBound
            let end = chunk.range(of: "\n</pkg:xmlData>")!.lowerBound
            return (name, String(chunk[start..<end]))
        }
    }

    func testPackagesAreByteIdenticalAcrossRuns() throws {
        let rendered = try XCTUnwrap(Self.samples.first?.rendered)
        XCTAssertEqual(try rendered.docx(), try rendered.docx())
        let again = try TestSupport.pipeline.rendered(rendered.reply)
        XCTAssertEqual(try again.docx(), try rendered.docx())
        XCTAssertEqual(again.flatOPC, rendered.flatOPC)
    }

    func testBodyAndStylesMatchTheirGoldenFiles() {
        for (name, rendered) in Self.samples {
            for part in rendered.parts where part.name == "word/document.xml" || part.name == "word/styles.xml" {
                TestSupport.assertSnapshot(part.xml + "\n", named: "\(name).\((part.name as NSString).lastPathComponent)")
            }
        }
    }

    func testPageFollowsGBT9704() throws {
        let document = try XCTUnwrap(Self.samples.first?.rendered.parts.first { $0.name == "word/document.xml" }?.xml)
        XCTAssertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        XCTAssertTrue(document.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1383\" w:gutter=\"0\"/>"))
        XCTAssertTrue(document.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
        let sheet = StyleTable()
        // 28 characters of 16 pt tightened by the spacing fit in the type area, 29 do not.
        let pitch = 16.0 + Double(sheet.bodyCharacterSpacing) / 20
        XCTAssertLessThanOrEqual(28 * pitch, Double(sheet.textWidth) / 20)
        XCTAssertGreaterThan(29 * pitch, Double(sheet.textWidth) / 20)
        XCTAssertLessThanOrEqual(22 * sheet.linePitch, sheet.pageHeight - sheet.marginTop - sheet.marginBottom)
    }

    /// 签发人姓名 in 楷体 (GB/T 9704 7.2.4) whether 签发人 shares the 发文字号's line or stands
    /// alone, in the .docx and the web page alike; the label is what the template wrote.
    func testTheSignersNameIsSetInItsOwnFontOnEveryLine() throws {
        let alone = try TestSupport.reply(TestSupport.minimalReply("header: {signer: 王明}\nclosing: 此复。\n"))
        let paired = try TestSupport.reply(TestSupport.minimalReply("header: {doc_number: 测发〔2025〕3号, signer: 王明}\nclosing: 此复。\n"))
        for reply in [alone, paired] {
            let rendered = try TestSupport.pipeline.rendered(reply)
            let document = try XCTUnwrap(rendered.parts.first { $0.name == "word/document.xml" }?.xml)
                .replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
            XCTAssertTrue(document.contains("<w:t xml:space=\"preserve\">签发人：</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"SignerName\"/></w:rPr><w:t xml:space=\"preserve\">王明</w:t>"),
                          document)
            XCTAssertTrue(rendered.html.contains("签发人：<span class=\"signer-name\">王明</span>"), rendered.html)
        }
        XCTAssertTrue(HeaderBlock.signerParts("签 发 人：王明") == ("签 发 人：", "王明"))
        XCTAssertTrue(HeaderBlock.signerParts("王明") == ("", "王明"))
    }

    func testStylesCarryFullFontsAndChineseLanguage() throws {
        let styles = try XCTUnwrap(Self.samples.first?.rendered.parts.first { $0.name == "word/styles.xml" }?.xml)
        XCTAssertTrue(styles.contains("<w:rFonts w:ascii=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"仿宋_GB2312\" w:hint=\"eastAsia\"/>"))
        XCTAssertTrue(styles.contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"))
        for font in ["黑体", "楷体_GB2312", "方正小标宋简体"] {
            XCTAssertTrue(styles.contains("w:eastAsia=\"\(font)\""), font)
        }
    }

    func testRunInHeadingOnlyTheHeadingRunTakesTheHeadingFont() throws {
        let county = try XCTUnwrap(Self.samples.first { $0.name == "county-key-proposal" }?.rendered.parts.first { $0.name == "word/document.xml" }?.xml)
        let compact = county.replacingOccurrences(of: "\n\\s*", with: "", options: .regularExpression)
        XCTAssertTrue(compact.contains(#"<w:r><w:rPr><w:rStyle w:val="Heading1Run"/></w:rPr><w:t xml:space="preserve">一、聚焦改革创新，打造高效便利的政务环境。</w:t></w:r><w:r><w:t xml:space="preserve">我县坚持"#), compact)
    }

    func testFootersNumberOddPagesRightAndEvenPagesLeft() throws {
        let parts = try XCTUnwrap(Self.samples.first?.rendered.parts)
        let odd = try XCTUnwrap(parts.first { $0.name == "word/footer1.xml" }?.xml)
        let even = try XCTUnwrap(parts.first { $0.name == "word/footer2.xml" }?.xml)
        XCTAssertTrue(odd.contains("<w:jc w:val=\"right\"/>") && odd.contains("w:rightChars=\"100\""))
        XCTAssertTrue(even.contains("<w:jc w:val=\"left\"/>") && even.contains("w:leftChars=\"100\""))
        XCTAssertTrue(odd.contains(">— <") && odd.contains("> —<") && odd.contains(" PAGE "))
        let settings = try XCTUnwrap(parts.first { $0.name == "word/settings.xml" }?.xml)
        XCTAssertTrue(settings.contains("<w:evenAndOddHeaders/>"))
    }

    func testCorePropertiesNameTitleAndIssuerWithoutTheClock() throws {
        let rendered = try XCTUnwrap(Self.samples.first { $0.name == "joint-proposal-rural-roads" }?.rendered)
        let core = try XCTUnwrap(rendered.parts.first { $0.name == "docProps/core.xml" }?.xml)
        XCTAssertTrue(core.contains("<dc:title>对市政协十一届四次会议第86号提案的答复</dc:title>"), core)
        XCTAssertTrue(core.contains("<dc:creator>宁川市交通运输局</dc:creator>"))
        XCTAssertTrue(core.contains("2025-07-10T00:00:00Z"))
    }

    func testForbiddenCharactersNeverReachTheXML() {
        let paragraphs = [LayoutBlock.text([Paragraph(.body, [Run("甲\u{0}\u{1B}乙")])])]
        let document = WordprocessingWriter(style: StyleTable()).parts(paragraphs).first { $0.name == "word/document.xml" }!
        XCTAssertNil(XMLCheck.wellFormedError(Data(document.data)))
        XCTAssertTrue(document.xml.contains(">甲乙<"))
    }

    func testMarkupCharactersInDataAreEscapedNotInjected() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("closing: \"</w:t></w:r><w:r><w:t>注入 & <b>\"\n"))
        let document = try TestSupport.pipeline.rendered(reply).parts.first { $0.name == "word/document.xml" }!
        XCTAssertNil(XMLCheck.wellFormedError(Data(document.data)))
        XCTAssertTrue(document.xml.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;注入 &amp; &lt;b&gt;"))
    }
}

extension DocxPackageTests {
    func testLetterheadIsRedAndARedRuleFollowsTheDocumentNumber() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("letterhead: 某市民政局\nheader: {doc_number: 民提〔2025〕3号}\n"))
        let rendered = try TestSupport.pipeline.rendered(reply)
        let document = try XCTUnwrap(rendered.parts.first { $0.name == "word/document.xml" }?.xml)
        let compact = document.replacingOccurrences(of: "\n\\s*", with: "", options: .regularExpression)
        XCTAssertTrue(compact.contains(#"<w:pStyle w:val="Letterhead"/></w:pPr><w:r><w:t xml:space="preserve">某市民政局</w:t>"#), compact)
        XCTAssertTrue(compact.contains(#"<w:pStyle w:val="DocNumber"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="11" w:color="FF0000"/></w:pBdr>"#), compact)
        let styles = try XCTUnwrap(rendered.parts.first { $0.name == "word/styles.xml" }?.xml)
        XCTAssertTrue(styles.contains(#"<w:color w:val="FF0000"/>"#))
        XCTAssertTrue(rendered.text.hasPrefix("某市民政局\n民提〔2025〕3号\n\n"), rendered.text)
    }
}
