/// Every diagnostic dafu reports, by its stable code. The messages are built in
/// `Diagnostic+*Messages.swift`, one factory per message; docs/diagnostics.md documents each
/// code (a test keeps the two in step).
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Input files and YAML
    case yamlSyntax = "E001"
    case unreadableFile = "E002"
    case emptyFile = "E003"
    case binaryFile = "E004"
    case documentTooLarge = "E005"
    case nestingTooDeep = "E006"
    case fileTooLarge = "E007"
    case unsafeDocx = "E008"
    // The reply's fields
    case unknownField = "E010"
    case wrongType = "E011"
    case missingField = "E012"
    case duplicateField = "E013"
    case badDate = "E014"
    case invalidChoice = "E015"
    case sectionsTooDeep = "E016"
    case badNumbering = "E017"
    case badStyleValue = "E018"
    case notYesNo = "E019"
    // Templates
    case layoutNotFound = "E020"
    case templateFolderMissing = "E021"
    case templateSyntax = "E030"
    case duplicateTemplateName = "E031"
    case unknownMarker = "E032"
    case badMarkup = "E033"
    case templateCycle = "E034"
    case unknownBlock = "E035"
    case templateTooDeep = "E036"
    case dynamicPartial = "E037"
    case unknownPartial = "E038"
    case tooManyTemplates = "E039"
    // Outputs
    case skippedLink = "W040"
    case outputCollision = "E041"
    case cannotWrite = "E042"
    case outputLocked = "E043"
    case pdfUnavailable = "E044"
    case repeatedInput = "W045"
    // Figures
    case undefinedFigure = "E050"
    case unusedFigure = "W051"
    case badFigure = "E052"
    // Assignment lists (dafu intake)
    case unsafeWorkbook = "E070"
    case sheetNotFound = "E071"
    case noHeaderRow = "E072"
    case emptyListNumber = "E073"
    case duplicateListNumber = "E074"
    case listRowWithoutTitle = "E075"
    case unknownListKind = "E076"
    case unclosedQuote = "E078"
    case existingReply = "W077"
    // Lint
    case unknownTemplateVariable = "E060"
    case unbalancedPair = "E101"
    case halfWidthPunctuation = "W102"
    case badDocumentNumber = "E103"
    case impossibleDateInText = "E104"
    case paddedDateInText = "W104"
    case roleMismatch = "W105"
    case measureWithoutFullStop = "W106"
    case repeatedSentence = "W107"
    case missingClosing = "W108"
    case fixRefused = "E109"
    // Warnings on input
    case handTypedNumber = "W001"
    case invisibleCharacter = "W002"
    case transcoded = "W003"
    // Import
    case importNotice = "W201"
    case pageData = "W202"
    case importPlaceholder = "W203"

    /// Errors stop the reply they concern; warnings never stop rendering.
    public var severity: Severity { rawValue.hasPrefix("E") ? .error : .warning }

    /// Where the code is documented.
    public var documentation: String { "docs/diagnostics.md#\(rawValue.lowercased())" }
}
