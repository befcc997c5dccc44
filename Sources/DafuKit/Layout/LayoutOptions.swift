/// How measures of a section are laid out.
public enum MeasureLayout: String, Sendable {
    /// All measures of a list in one paragraph: 一是……二是…….
    case inline
    /// One paragraph per measure.
    case each
}

/// The layout choices a template makes (in its front matter) and a reply may override
/// (under `layout:`): numbering per level, run-in headings, inline or separate measures.
public struct LayoutOptions: Equatable, Sendable {
    /// Numbering of heading levels 1–4.
    public var numbering: [NumberPattern] = [.level1, .level2, .level3, .level4]
    /// Numbering of enumerated measures.
    public var items: NumberPattern = .inline
    /// Heading levels that run into the text after them (heading and text in one paragraph).
    public var runIn: Set<Int> = []
    public var measures: MeasureLayout = .inline
    /// Whether inline measures continue the paragraph just before them (a section's intro).
    public var joinIntro: Bool = true
    /// Whether the GB/T 15834 punctuation rules are applied to the data (Typography).
    public var typography: Bool = true

    public init() {}

    public static let maxLevel = 4
}

/// Layout choices given in a reply, each overriding the template's when present.
public struct LayoutOverrides: Sendable {
    public var numbering: Located<[NumberPattern]>?
    public var items: Located<NumberPattern>?
    public var runIn: Located<Set<Int>>?
    public var measures: Located<MeasureLayout>?
    public var joinIntro: Located<Bool>?
    public var typography: Located<Bool>?

    public init() {}

    /// `base` with these overrides applied.
    public func applied(to base: LayoutOptions) -> LayoutOptions {
        var options = base
        if let numbering { options.numbering = numbering.value }
        if let items { options.items = items.value }
        if let runIn { options.runIn = runIn.value }
        if let measures { options.measures = measures.value }
        if let joinIntro { options.joinIntro = joinIntro.value }
        if let typography { options.typography = typography.value }
        return options
    }
}
