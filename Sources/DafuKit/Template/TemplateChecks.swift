/// Checks on template sources made before swift-mustache parses or renders them, so that no
/// template can crash or hang dafu: sections nested too deep (its parser and renderer recurse),
/// dynamic partial names (which would hide includes from the cycle check), includes of unknown
/// templates, and templates that include themselves without end.
///
/// A template may include itself only through `{{#sections}}`: each round then descends one
/// level of the reply's sections, whose depth the input format bounds (four levels). Any other
/// cycle — direct, mutual, or through a parent — would recurse for ever and is an error (E034).
enum TemplateChecks {
    /// One include: `from` names `to` at `location`; `descends` when a `{{#sections}}` encloses it.
    struct Include {
        var from: String
        var to: String
        var location: SourceLocation
        var descends: Bool
    }

    /// The section name whose recursion is bounded by the data (sections within sections).
    static let recursiveSection = "sections"

    /// Per-file checks; the includes found, for the cycle check.
    static func check(_ tags: [TemplateTag], name: String, file: String) -> (diagnostics: [Diagnostic], includes: [Include]) {
        var diagnostics: [Diagnostic] = []
        var includes: [Include] = []
        var stack: [String] = []
        for tag in tags {
            let location = SourceLocation(file: file, line: tag.line, column: tag.column)
            switch tag.kind {
            case .partial, .parent:
                if tag.name.hasPrefix("*") {
                    diagnostics.append(.dynamicPartial(tag.name, at: location))
                } else {
                    includes.append(Include(from: name, to: tag.name, location: location, descends: stack.contains(recursiveSection)))
                }
            case .close:
                if let last = stack.lastIndex(of: tag.name) { stack.removeSubrange(last...) }
            default:
                break
            }
            if tag.opens {
                stack.append(tag.name)
                if stack.count > Limits.templateNesting {
                    diagnostics.append(.templateNesting(limit: Limits.templateNesting, at: location))
                    break
                }
            }
        }
        return (diagnostics, includes)
    }

    /// Includes of templates that do not exist (E038), cycles that would never end (E034), and
    /// chains of includes deeper than the limit (E036), over all templates of a folder.
    static func checkIncludes(_ includes: [Include], names: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var edges: [String: [Include]] = [:]
        for include in includes {
            guard names.contains(include.to) else {
                let suggestion = EditDistance.suggestion(for: include.to, among: Array(names))
                diagnostics.append(.unknownPartial(include.to, suggestion: suggestion, at: include.location))
                continue
            }
            if !include.descends { edges[include.from, default: []].append(include) }
        }
        diagnostics += cycles(edges)
        if diagnostics.isEmpty { diagnostics += depth(edges) }
        return diagnostics
    }

    /// Each cycle of includes not bounded by the data, reported once at the include closing it.
    private static func cycles(_ edges: [String: [Include]]) -> [Diagnostic] {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var diagnostics: [Diagnostic] = []
        for root in edges.keys.sorted() where marks[root] == nil {
            // An explicit stack of (template, next include to follow): no recursion over input.
            var path: [(name: String, next: Int)] = [(root, 0)]
            marks[root] = .visiting
            while let top = path.last {
                let out = edges[top.name] ?? []
                guard top.next < out.count else {
                    marks[top.name] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let include = out[top.next]
                switch marks[include.to] {
                case .visiting?:
                    // Every include on the cycle is reported, so each file on it shows the problem.
                    let start = path.firstIndex { $0.name == include.to } ?? 0
                    let names = path[start...].map(\.name) + [include.to]
                    for step in path[start...] {
                        let used = edges[step.name]![step.next - 1]
                        diagnostics.append(.templateCycle(names, at: used.location))
                    }
                case .done?:
                    break
                case nil:
                    marks[include.to] = .visiting
                    path.append((include.to, 0))
                }
            }
        }
        return diagnostics
    }

    /// The longest chain of includes, when it is deeper than the limit (the graph is acyclic here).
    private static func depth(_ edges: [String: [Include]]) -> [Diagnostic] {
        var longest: [String: Int] = [:]
        for root in edges.keys.sorted() where longest[root] == nil {
            var path: [(name: String, next: Int)] = [(root, 0)]
            while let top = path.last {
                let out = edges[top.name] ?? []
                if top.next < out.count {
                    path[path.count - 1].next += 1
                    if longest[out[top.next].to] == nil { path.append((out[top.next].to, 0)) }
                    continue
                }
                longest[top.name] = 1 + (out.map { longest[$0.to] ?? 0 }.max() ?? 0)
                path.removeLast()
            }
        }
        guard let (name, depth) = longest.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), depth > Limits.templateIncludeDepth,
              let first = edges[name]?.first else { return [] }
        return [.includeChainTooDeep(name, limit: Limits.templateIncludeDepth, at: first.location)]
    }
}
