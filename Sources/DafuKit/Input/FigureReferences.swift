/// The figures step: `{name}` references in the texts of a reply, found where they are
/// written, each checked against `figures:` (E050), and every figure checked for use (W051).
/// A reply without `figures:` has no references: its braces are text.
enum FigureReferences {
    /// Fills `reply.figureReferences` and returns what is wrong with them. `faulted`: figures
    /// declared with a wrong value, already reported: their references are not undefined.
    static func check(_ decoded: ReplyInput, texts: [TextSpan], faulted: Set<String> = [], into reply: inout ReplyInput?) -> [Diagnostic] {
        guard !decoded.figures.isEmpty || !faulted.isEmpty else { return [] }
        var references: [Located<String>] = []
        for text in texts where text.value.utf8.contains(0x7B) {
            for reference in Figure.references(in: text.value) {
                var location = text.location
                if let first = text.firstColumn { location.column = first + reference.offset }
                references.append(Located(reference.name, at: location))
            }
        }
        reply?.figureReferences = references
        var diagnostics: [Diagnostic] = []
        for reference in references where decoded.figures[reference.value] == nil && !faulted.contains(reference.value) {
            let suggestion = EditDistance.suggestion(for: reference.value, among: Array(decoded.figures.keys))
            diagnostics.append(.undefinedFigure(reference.value, suggestion: suggestion, at: reference.location))
        }
        let used = Set(references.map(\.value))
        for figure in decoded.figures.values.sorted(by: { $0.name.location.line < $1.name.location.line }) where !used.contains(figure.name.value) {
            diagnostics.append(.unusedFigure(figure.name.value, at: figure.name.location))
        }
        return diagnostics
    }
}
