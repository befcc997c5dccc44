/// The figures a 办理工作总结 cites: how many replies, by kind, by 办理结果 class, by
/// 公开属性 and by state. Each count is a (label, number) pair in a fixed order; classes,
/// disclosures and states no reply has are left out.
package struct ReportTotals: Equatable, Sendable {
    /// Every row.
    package var count: Int
    /// 建议, 提案, 审议意见 (未标注 for a document whose kind could not be read).
    package var byKind: [Count]
    /// A类, B类 … in letter order, then 未标注.
    package var byClass: [Count]
    /// 主动公开, 依申请公开, 不予公开, then 未标注.
    package var byDisclosure: [Count]
    /// 已渲染, 有警告, 有错误, 骨架未填写.
    package var byState: [Count]

    /// One figure.
    package struct Count: Equatable, Sendable {
        package var label: String
        package var count: Int
    }

    static let unmarked = "未标注"

    /// The kinds in the order a summary names them.
    static let kinds: [ReplyKind] = [.suggestionReply, .proposalReply, .reviewOpinion]

    /// What a kind answers, as the totals count it: 建议, 提案, 审议意见.
    static func word(_ kind: ReplyKind) -> String { kind == .reviewOpinion ? "审议意见" : kind.itemWord }

    package init(_ rows: [ReportRow]) {
        count = rows.count
        byKind = Self.counts(rows.map { $0.kind.map(Self.word) ?? Self.unmarked }, order: Self.kinds.map(Self.word) + [Self.unmarked])
        let classes = Set(rows.map(\.resultClass).filter { !$0.isEmpty }).sorted().map { $0 + "类" }
        byClass = Self.counts(rows.map { $0.resultClass.isEmpty ? Self.unmarked : $0.resultClass + "类" }, order: classes + [Self.unmarked])
        byDisclosure = Self.counts(rows.map { $0.disclosure.isEmpty ? Self.unmarked : $0.disclosure },
                                   order: Disclosure.allCases.map(\.rawValue) + [Self.unmarked])
        byState = Self.counts(rows.map(\.state.group), order: ["已渲染", "有警告", "有错误", "骨架未填写"])
    }

    private static func counts(_ labels: [String], order: [String]) -> [Count] {
        var tally: [String: Int] = [:]
        for label in labels { tally[label, default: 0] += 1 }
        return order.compactMap { label in tally[label].map { Count(label: label, count: $0) } }
    }

    /// The groups with their names, for tables: (办理结果, [A类 3 …]) ….
    package var groups: [(name: String, counts: [Count])] {
        [("文种", byKind), ("办理结果", byClass), ("公开属性", byDisclosure), ("状态", byState)]
    }

    /// The totals as sentences: 共12件（建议8件、提案4件）。办理结果：A类8件、B类3件……
    package var sentences: [String] {
        let kinds = byKind.map { "\($0.label)\($0.count)件" }.joined(separator: "、")
        return ["共\(count)件" + (byKind.isEmpty ? "。" : "（\(kinds)）。")]
            + groups.dropFirst().filter { !$0.counts.isEmpty }.map { group in
                "\(group.name)：" + group.counts.map { "\($0.label)\($0.count)件" }.joined(separator: "、") + "。"
            }
    }
}
