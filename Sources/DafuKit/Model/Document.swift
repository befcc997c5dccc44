/// A reply as a tree of blocks, built from a template's block markup. Numbers are not part
/// of the text: the Numberer fills `label`s once, and every renderer reads them from here.
public struct Document: Sendable {
    /// The top-level blocks, in order.
    public var blocks: [Block]
    /// The layout choices in force (template's, overridden by the reply's).
    public var options: LayoutOptions

    /// A document of `blocks` laid out with `options`.
    public init(blocks: [Block], options: LayoutOptions) {
        self.blocks = blocks
        self.options = options
    }
}

/// One node of the document tree.
public enum Block: Sendable {
    /// A leaf: one paragraph of text with a role.
    case text(Role, String)
    /// A numbered section with its heading and content.
    case section(Section)
    /// An enumeration of measures (一是…二是…, （1）…).
    case list(ItemList)
    /// A row of an annex table.
    case row(header: Bool, [String])
}

/// A numbered section (一、 （一） 1. （1）).
public struct Section: Sendable {
    /// 1–4.
    public var level: Int
    /// 小标题, without its number.
    public var heading: String
    /// Computed by the Numberer, e.g. （二）.
    public var label: String = ""
    /// What the section holds: paragraphs, lists, deeper sections.
    public var children: [Block] = []

    /// A section of `level` titled `heading`, not yet numbered.
    public init(level: Int, heading: String) {
        self.level = level
        self.heading = heading
    }
}

/// An enumeration of measures, numbered from 1 wherever it stands.
public struct ItemList: Sendable {
    /// The numbering pattern, when the template or the reply chose one for this list.
    public var pattern: NumberPattern?
    /// The measures, in order.
    public var items: [Item] = []

    /// An empty list numbered by `pattern` (nil: the layout's).
    public init(pattern: NumberPattern?) { self.pattern = pattern }
}

/// One enumerated measure: a lead phrase and its text.
public struct Item: Sendable {
    /// Computed by the Numberer, e.g. 二是.
    public var label: String = ""
    /// The lead phrase (要点).
    public var lead: String
    /// The measure's text.
    public var text: String

    /// A measure with its lead and text, not yet numbered.
    public init(lead: String, text: String) {
        self.lead = lead
        self.text = text
    }
}
