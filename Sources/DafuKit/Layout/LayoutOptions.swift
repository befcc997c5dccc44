/// How measures of a section are laid out.
public enum MeasureLayout: String, Sendable {
    /// All measures of a list in one paragraph: 一是……二是…….
    case inline
    /// One paragraph per measure.
    case each
}

/// Where the 版记 stands.
public enum ImprintPage: String, Sendable {
    /// At the foot of the last page, whichever it is.
    case last
    /// Alone on an even last page (封四), with a blank page before it when needed; neither page
    /// numbered (GB/T 9704 7.4, 7.5).
    case even
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
    /// Measures in one paragraph (一是……二是……) or one paragraph each.
    public var measures: MeasureLayout = .inline
    /// Whether inline measures continue the paragraph just before them (a section's intro).
    public var joinIntro: Bool = true
    /// Whether the contact line (联系人、电话) stands above the signature rather than under the date.
    public var contactFirst = false
    /// Where the 版记 stands: at the foot of the last page, or alone on an even last page.
    public var imprintPage = ImprintPage.last
    /// The GB/T 15834 punctuation rules applied to the data (Typography), by name: all of them
    /// unless a template or reply turns some off.
    public var typographyRules: Set<String> = Self.allTypographyRules
    /// Whether any punctuation rule is applied; setting it turns all of them on or off.
    public var typography: Bool {
        get { !typographyRules.isEmpty }
        set { typographyRules = newValue ? Self.allTypographyRules : [] }
    }

    /// The names of every punctuation rule (docs/input-format.md lists them).
    public static let allTypographyRules = Set(Typography.rules.map(\.name))

    /// The defaults: 一、（一）1.（1）, 一是, no run-in headings, inline measures.
    public init() {}

    /// Heading levels a reply may have (GB/T 9704: 一、（一）1.（1）).
    public static let maxLevel = 4
}

/// Layout choices given in a reply, each overriding the template's when present.
public struct LayoutOverrides: Sendable {
    /// `numbering:` — patterns of levels 1–4.
    public var numbering: Located<[NumberPattern]>?
    /// `items:` — the enumeration pattern.
    public var items: Located<NumberPattern>?
    /// `run_in:` — levels whose headings run into their text.
    public var runIn: Located<Set<Int>>?
    /// `measures:` — inline or each.
    public var measures: Located<MeasureLayout>?
    /// `join_intro:` — whether inline measures continue the intro.
    public var joinIntro: Located<Bool>?
    /// `contact_first:` — the contact line above the signature.
    public var contactFirst: Located<Bool>?
    /// `imprint_page:` — the 版记 at the foot of the last page, or alone on an even last page.
    public var imprintPage: Located<ImprintPage>?
    /// `typography: false` — whether the punctuation rules apply, all of them.
    public var typography: Located<Bool>?
    /// `typography: {time-range-dash: false}` — rules turned on or off by name, after `typography`.
    public var typographyRules: [String: Bool] = [:]

    /// No overrides.
    public init() {}

    /// `base` with these overrides applied.
    public func applied(to base: LayoutOptions) -> LayoutOptions {
        var options = base
        if let numbering { options.numbering = numbering.value }
        if let items { options.items = items.value }
        if let runIn { options.runIn = runIn.value }
        if let measures { options.measures = measures.value }
        if let joinIntro { options.joinIntro = joinIntro.value }
        if let contactFirst { options.contactFirst = contactFirst.value }
        if let imprintPage { options.imprintPage = imprintPage.value }
        if let typography { options.typography = typography.value }
        for (rule, on) in typographyRules {
            if on { options.typographyRules.insert(rule) } else { options.typographyRules.remove(rule) }
        }
        return options
    }
}
