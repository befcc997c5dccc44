/// Every cap dafu puts on what it reads, in one place (the README lists them). Outside files are
/// hostile: sizes, depths and counts are checked before work starts, so no input can make dafu
/// crash, hang or take the machine's memory.
public enum Limits {
    /// A reply file (YAML or JSON). Replies are kilobytes; a 10 MB field still renders.
    public static let replyBytes = 32 << 20
    /// A letter to import as text.
    public static let letterTextBytes = 16 << 20
    /// A .docx to import, as stored on disk.
    public static let docxBytes = 64 << 20
    /// One part of a .docx, inflated. Word's document.xml for a long report is a few MB.
    public static let docxPartBytes = 32 << 20
    /// Entries in a .docx zip (Word writes about a dozen).
    public static let docxEntries = 2_000
    /// Element depth in an XML part (libxml2's own default without XML_PARSE_HUGE).
    public static let xmlDepth = 256
    /// A template file. Layouts are a few kilobytes; swift-mustache's parser slows down
    /// quadratically with size (a 200 KB template took 7 s).
    public static let templateBytes = 64 << 10
    /// Template files in one template folder.
    public static let templateFiles = 500
    /// Mustache sections nested inside each other in one template.
    public static let templateNesting = 64
    /// Partials included inside each other, following the includes from a layout.
    public static let templateIncludeDepth = 32
    /// Findings printed for one source line before a count of the rest.
    public static let lintFindingsPerLine = 10
    /// Findings printed for one file before a count of the rest.
    public static let lintFindingsPerFile = 200
    /// Characters of a source line shown on each side of the caret.
    public static let sourceWindow = 40
}
