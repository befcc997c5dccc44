/// Every cap dafu puts on what it reads, in one place (the README lists them). Outside files are
/// hostile: sizes, depths and counts are checked before work starts, so no input can make dafu
/// crash, hang or take the machine's memory.
public enum Limits {
    /// A reply file (YAML or JSON). Replies are kilobytes; a 10 MB field still renders.
    public static let replyBytes = 32 << 20
    /// Values (scalars, lists, mappings, aliases followed) decoded from one reply document:
    /// beyond it the document is too large (E005; guards alias bombs).
    public static let replyValues = 100_000
    /// Lists and mappings inside each other in a reply (flow `[ {` counted), checked before
    /// the YAML library recurses into them (E006).
    public static let replyNesting = 64
    /// Columns of indentation in a reply (block nesting), likewise (E006).
    public static let replyIndent = 256
    /// A batch's manifest.json read back to find unchanged replies (about 1 KB a reply);
    /// a larger one is not read, and every reply is rendered again.
    public static let manifestBytes = 256 << 20
    /// A letter to import as text.
    public static let letterTextBytes = 16 << 20
    /// A .docx to import, as stored on disk.
    public static let docxBytes = 64 << 20
    /// One part of a .docx or .xlsx, inflated. Word's document.xml for a long report is a few
    /// MB; a sheet of a thousand rows is about 1 MB.
    public static let zipPartBytes = 32 << 20
    /// Entries in a .docx or .xlsx zip (office programs write a dozen or two).
    public static let zipEntries = 2_000
    /// An assignment list (交办清单) to read, .xlsx or .csv, as stored on disk.
    public static let listBytes = 64 << 20
    /// Rows of a sheet holding a value. A session's list has a few hundred to a few thousand.
    public static let sheetRows = 20_000
    /// Columns read from a sheet; cells further right are ignored (a list has about ten).
    public static let sheetColumns = 64
    /// Merged ranges in a sheet, and the cells their values are copied into.
    public static let sheetMerges = 10_000
    public static let mergedCells = 2_000_000
    /// Rows searched from the top of a sheet for the header row (title rows come above it).
    public static let headerSearchRows = 20
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
    /// Seconds one LibreOffice conversion to PDF may take (one reply takes 1.2 s here, 1.4 s on
    /// a new profile); then LibreOffice and everything it started are killed (E044).
    public static let pdfSeconds = 120.0
    /// A PDF read back from LibreOffice.
    public static let pdfBytes = 256 << 20
    /// A request body to the desk (a reply is kilobytes; an uploaded letter may be a .docx of a
    /// few megabytes).
    public static let deskRequestBytes = 16 << 20
}
