/// Checks on template sources made before swift-mustache parses or renders them, so that no
/// template can crash or hang dafu: sections nested too deep (its parser and renderer recurse),
/// dynamic partial names (which would hide includes from the cycle check), includes of unknown
/// templates, templates that include themselves without end, and overrides of blocks that the
/// parent does not have.
///
/// A template may include itself only through `{{#sections}}`: each round then descends one
/// level of the reply's sections, whose depth the input format bounds (four levels). Any other
/// cycle — direct, mutual, through a parent, or through a block's override — would recurse for
/// ever and is an error (E034).
///
/// Parents and blocks: `{{<parent}}{{$block}}…{{/block}}{{/parent}}` renders `parent` with the
/// override in place of every `{{$block}}…{{/block}}` that the parent, or any template it
/// includes, expands. The override's content is rendered there, so what it includes counts as
/// included by every template that expands that block.
enum TemplateChecks {
    /// One include: `from` names `to` at `location`; `descends` when a `{{#sections}}` encloses it.
    struct Include {
        var from: String
        var to: String
        var location: SourceLocation
        var descends: Bool
    }

    /// `{{$block}}…{{/block}}` written as a slot with its default content (an expansion).
    struct Expansion {
        var template: String
        var block: String
        var location: SourceLocation
        var descends: Bool
    }

    /// `{{$block}}…{{/block}}` written directly inside `{{<parent}}`: an override of the slot.
    struct Override {
        var parent: String
        var block: String
        var location: SourceLocation
        /// What the override's content includes.
        var includes: [Include] = []
    }

    /// What one template includes, expands and overrides.
    struct Outline {
        var name: String
        /// The parent named by `{{<parent}}` when that is the template's first tag (after its
        /// comments): a layout written as another layout with some blocks overridden.
        var extends: String?
        var includes: [Include] = []
        var expansions: [Expansion] = []
        var overrides: [Override] = []

        /// Every template this one names: partials it includes, the parent it extends, the
        /// parents of its overrides and what their content includes.
        var namedTemplates: Set<String> {
            var names = Set(includes.map(\.to) + overrides.flatMap { [$0.parent] + $0.includes.map(\.to) })
            if let extends { names.insert(extends) }
            return names
        }
    }

    /// The section name whose recursion is bounded by the data (sections within sections).
    static let recursiveSection = "sections"

    /// An open tag during the scan; `override` indexes the outline's overrides when it is one.
    private struct Frame {
        var tag: TemplateTag
        var override: Int?
    }

    /// Per-file checks; the outline found, for the checks over the whole folder.
    static func check(_ tags: [TemplateTag], name: String, file: String) -> (diagnostics: [Diagnostic], outline: Outline) {
        var diagnostics: [Diagnostic] = []
        var outline = Outline(name: name)
        var stack: [Frame] = []
        let first = tags.first { $0.kind != .comment && $0.kind != .setting }
        if let first, first.kind == .parent, !first.name.hasPrefix("*") { outline.extends = first.name }
        for tag in tags {
            let location = SourceLocation(file: file, line: tag.line, column: tag.column)
            // Only {{#sections}} descends: {{^sections}} renders when there are none left.
            let descends = stack.contains { $0.tag.kind == .section && $0.tag.name == recursiveSection }
            var frame = Frame(tag: tag)
            switch tag.kind {
            case .partial, .parent:
                if tag.name.hasPrefix("*") {
                    diagnostics.append(.dynamicPartial(tag.name, at: location))
                } else {
                    let include = Include(from: name, to: tag.name, location: location, descends: descends)
                    outline.includes.append(include)
                    for index in stack.compactMap(\.override) { outline.overrides[index].includes.append(include) }
                }
            case .block:
                if let top = stack.last?.tag, top.kind == .parent {
                    if !top.name.hasPrefix("*") {
                        frame.override = outline.overrides.count
                        outline.overrides.append(Override(parent: top.name, block: tag.name, location: location))
                    }
                } else {
                    outline.expansions.append(Expansion(template: name, block: tag.name, location: location, descends: descends))
                }
            case .close:
                if let last = stack.lastIndex(where: { $0.tag.name == tag.name }) { stack.removeSubrange(last...) }
            default:
                break
            }
            if tag.opens {
                stack.append(frame)
                if stack.count > Limits.templateNesting {
                    diagnostics.append(.templateNesting(limit: Limits.templateNesting, at: location))
                    break
                }
            }
        }
        return (diagnostics, outline)
    }

    /// Includes of templates that do not exist (E038), cycles that would never end (E034),
    /// chains of includes deeper than the limit (E036) and overrides of blocks the parent does
    /// not have (E035), over all templates of a folder.
    static func checkIncludes(_ outlines: [Outline], names: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var edges: [String: [Include]] = [:]
        for include in outlines.flatMap(\.includes) {
            guard names.contains(include.to) else {
                let suggestion = EditDistance.suggestion(for: include.to, among: Array(names))
                diagnostics.append(.unknownPartial(include.to, suggestion: suggestion, at: include.location))
                continue
            }
            if !include.descends { edges[include.from, default: []].append(include) }
        }
        // An override is rendered where its block is expanded: what it includes, each template
        // expanding that block includes too.
        let expanders = Dictionary(grouping: outlines.flatMap(\.expansions), by: \.block)
        for override in outlines.flatMap(\.overrides) {
            for include in override.includes where names.contains(include.to) && !include.descends {
                for use in expanders[override.block] ?? [] where !use.descends {
                    edges[use.template, default: []].append(Include(from: use.template, to: include.to, location: include.location, descends: false))
                }
            }
        }
        diagnostics += cycles(edges)
        if diagnostics.isEmpty { diagnostics += depth(edges) }
        if diagnostics.isEmpty { diagnostics += unknownBlocks(outlines) }
        // An override's include may close a cycle through several expanding templates: once each.
        var seen = Set<String>()
        return diagnostics.filter { seen.insert($0.description).inserted }
    }

    /// E035: an override of a block that neither the parent nor anything it includes expands
    /// (it would be ignored without a word).
    private static func unknownBlocks(_ outlines: [Outline]) -> [Diagnostic] {
        let byName = Dictionary(outlines.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var available: [String: Set<String>] = [:]
        for override in outlines.flatMap(\.overrides) where byName[override.parent] != nil {
            let blocks = available[override.parent] ?? reachableBlocks(from: override.parent, byName)
            available[override.parent] = blocks
            guard !blocks.contains(override.block) else { continue }
            let suggestion = EditDistance.suggestion(for: override.block, among: Array(blocks))
            diagnostics.append(.unknownBlock(override.block, parent: override.parent, suggestion: suggestion,
                                             available: blocks.sorted(), at: override.location))
        }
        return diagnostics
    }

    /// The blocks `root` and every template it includes (directly or not) expand.
    private static func reachableBlocks(from root: String, _ byName: [String: Outline]) -> Set<String> {
        var seen: Set<String> = [root], queue = [root], blocks = Set<String>()
        while let name = queue.popLast() {
            guard let outline = byName[name] else { continue }
            blocks.formUnion(outline.expansions.map(\.block))
            for include in outline.includes where seen.insert(include.to).inserted { queue.append(include.to) }
        }
        return blocks
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
