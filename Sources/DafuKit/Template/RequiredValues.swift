import Mustache

/// Fields a reply needs only where its layout prints them. A missing one reaches the template
/// as a `Required` value: nothing in a section test (`{{#proposal.title}}` is false), but
/// printed (`{{proposal.session}}`) it is recorded, and the render fails with E012 saying what
/// needs it and what to give instead. A layout without a title never asks for the session;
/// an opening written out never asks for the proposal's title.
final class RequiredValues {
    /// One field, why it is printed, and where to point.
    struct Field: Equatable {
        var key: String
        var chinese: String
        var reason: String
    }

    private(set) var printed: [Field] = []

    /// A value that records itself when the template prints it.
    struct Required: MustacheCustomRenderable {
        let field: Field
        let values: RequiredValues
        var renderText: String {
            if !values.printed.contains(field) { values.printed.append(field) }
            return ""
        }
        var isNull: Bool { true }
    }

    func value(_ field: Field) -> Required { Required(field: field, values: self) }

    /// E012 for every field the layout printed without a value.
    func diagnostics(for reply: ReplyInput) -> [Diagnostic] {
        printed.map { field in
            let location = field.key.hasPrefix("proposal.") ? reply.proposal.location ?? reply.location : reply.location
            return .missingField(field.key, field.chinese, at: location, because: field.reason)
        }
    }

    static let session = Field(key: "proposal.session", chinese: "届次会议", reason: "版式的标题或开头要写届次会议；或给出 title 和 opening.text")
    static let number = Field(key: "proposal.number", chinese: "编号", reason: "标题要写编号；或给出 title")
    static let quotedTitle = Field(key: "proposal.title", chinese: "提案或建议标题", reason: "开头要引用《标题》；或给出 opening.text")
    static let titleInTitle = Field(key: "proposal.title", chinese: "来文标题", reason: "版式的标题或开头要写来文的标题；或给出 title 和 opening.text")
    static let proposers = Field(key: "proposal.proposers", chinese: "提出人", reason: "称呼要写提出人；或给出 addressee")
    static let addressee = Field(key: "addressee", chinese: "主送机关", reason: "版式要写主送机关")
}
