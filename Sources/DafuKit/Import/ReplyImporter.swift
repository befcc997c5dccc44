import Foundation

/// `dafu import`: recognises the parts of an existing reply (plain text, a web page's copy, or
/// .docx paragraphs) and writes them as reply data plus the layout choices that render it
/// back. Anything it cannot classify stays as a paragraph where it was; what it dropped or took
/// from the page is reported as W201/W202 notices. What it writes always renders.
package enum ReplyImporter {
    /// The result: YAML in the input format, and notices (with line numbers) of what was unsure.
    package struct Result: Sendable {
        package var yaml: String
        package var notices: [Diagnostic]
        /// The letter itself: the source without the lines dropped as web-page material
        /// (what `--check` compares the rendering with).
        package var letter: String
        /// The layout chosen.
        package var template: String
    }

    /// Imports the paragraphs of a letter (one per element; text files give one per line),
    /// choosing among `pipeline`'s layouts the one whose rendering is closest to the letter.
    package static func importParagraphs(_ paragraphs: [String], file: String, pipeline: Pipeline) -> Result {
        let page = PageCopy(paragraphs)
        var recognizer = Recognizer(lines: Preprocess.lines(page.lines), file: file)
        var reply = recognizer.recognize()
        let used = PageFill.fill(&reply, from: page.metadata)
        let letter = page.lines.filter { !recognizer.leftoverLines.contains($0.number) }.map(\.text)
            .joined(separator: "\n")
        let choice = LayoutChoice.choose(reply, letter: letter, pipeline: pipeline)
        let notices = PageFill.notices(page, used: used, file: file) + recognizer.notices + choice.notices(file: file)
        return Result(yaml: choice.yaml, notices: notices.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) },
                      letter: letter, template: choice.template)
    }
}

/// What a page's information table gives to the letter: the fields the letter itself lacks.
enum PageFill {
    /// Fills `reply` from `metadata` where the letter is silent; returns the fields used.
    static func fill(_ reply: inout ImportedReply, from metadata: PageMetadata) -> Set<PageMetadata.Field> {
        var used: Set<PageMetadata.Field> = []
        func take(_ field: PageMetadata.Field, _ value: inout String?, _ transform: (String) -> String? = { $0 }) {
            guard value == nil, let raw = metadata[field], let converted = transform(raw) else { return }
            value = converted
            used.insert(field)
        }
        take(.title, &reply.title) { TitleText.parts($0).title }
        if used.contains(.title) {
            let parts = TitleText.parts(metadata[.title]!)
            if reply.session == nil { reply.session = parts.session }
            if reply.number == nil { reply.number = parts.number }
            if reply.proposalTitle == nil { reply.proposalTitle = parts.proposalTitle }
            reply.kind = Recognizer.kind(title: reply.title, addressee: reply.addressee)
        }
        take(.docNumber, &reply.docNumber) { HeaderText.docNumber($0)?.number }
        take(.issuer, &reply.issuer)
        take(.date, &reply.date) { ReplyDate(written: $0)?.iso }
        take(.session, &reply.session) { value in
            value.replacingOccurrences(of: #"^(.+?)第([一二三四五六七八九十]+)届人民代表大会第([一二三四五六七八九十]+)次会议$"#,
                                       with: "$1$2届人大$3次会议", options: .regularExpression)
        }
        take(.number, &reply.number) { $0.filter(\.isNumber).drop { $0 == "0" }.isEmpty ? nil : String($0.filter(\.isNumber).drop { $0 == "0" }) }
        if reply.proposers.isEmpty, let names = metadata[.proposers] {
            reply.proposers = names.split(whereSeparator: { "、，, ".contains($0) }).map(String.init)
            used.insert(.proposers)
        }
        return used
    }

    /// W201 for each line of page chrome or table dropped, W202 for each table line a field
    /// was taken from.
    static func notices(_ page: PageCopy, used: Set<PageMetadata.Field>, file: String) -> [Diagnostic] {
        page.dropped.map { line in
            let location = SourceLocation(file: file, line: line.number, column: 1)
            let fields = PageMetadata.cells(line.text)?.compactMap { PageMetadata.fields[$0.label] }.filter { used.contains($0) } ?? []
            if line.isData, !fields.isEmpty {
                let names = fields.map(\.chinese).joined(separator: "、")
                return Diagnostic(.pageData, "第\(line.number)行是网页的信息公开表，其中的\(names)正文没有写，已取用：\(line.text.prefix(40))", at: location)
            }
            let what = line.isData ? "网页的信息公开表" : "网页的导航、按钮或站名"
            return Diagnostic(.importNotice, "第\(line.number)行是\(what)，已略去：\(line.text.prefix(40))", at: location)
        }
    }
}
