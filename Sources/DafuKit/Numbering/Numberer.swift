/// Computes every label once, in the model: sections by level from the numbering scheme,
/// restarting under each parent; enumerations from 1 in each list.
enum Numberer {
    static func number(_ document: inout Document) {
        number(&document.blocks, options: document.options)
    }

    private static func number(_ blocks: inout [Block], options: LayoutOptions) {
        var counters: [Int: Int] = [:]
        for index in blocks.indices {
            switch blocks[index] {
            case .text, .row:
                break
            case .section(var section):
                let n = (counters[section.level] ?? 0) + 1
                counters[section.level] = n
                // A new section restarts the numbering of every deeper level after it.
                for level in counters.keys where level > section.level { counters[level] = 0 }
                section.label = options.numbering[section.level - 1].label(n)
                number(&section.children, options: options)
                blocks[index] = .section(section)
            case .list(var list):
                let pattern = list.pattern ?? options.items
                for i in list.items.indices { list.items[i].label = pattern.label(i + 1) }
                blocks[index] = .list(list)
            }
        }
    }
}
