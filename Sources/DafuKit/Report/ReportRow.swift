/// Where a reply stands, for the 办理情况汇总表.
package enum ReplyState: Hashable, Sendable {
    /// It renders, with no diagnostic.
    case rendered
    /// It renders, with this many warnings.
    case warnings(Int)
    /// It does not render: this many errors.
    case errors(Int)
    /// It renders but still holds a stand-in the skeleton wrote (`Skeleton.isStandIn`): 某某,
    /// ……, or a placeholder heading, measure, issuer or telephone number.
    case unfilled

    /// The state as the table writes it.
    package var label: String {
        switch self {
        case .rendered: return "已渲染"
        case .warnings(let count): return "警告\(count)条"
        case .errors(let count): return "错误\(count)条"
        case .unfilled: return "骨架未填写"
        }
    }

    /// The state's class in the totals: 已渲染, 有警告, 有错误, 骨架未填写.
    package var group: String {
        switch self {
        case .rendered: return "已渲染"
        case .warnings: return "有警告"
        case .errors: return "有错误"
        case .unfilled: return "骨架未填写"
        }
    }
}

/// One row of the report: one reply, or what could be read of a document (or file) that
/// does not load.
package struct ReportRow: Equatable, Sendable {
    /// The reply's file, as found.
    package var file: String
    /// 文种, when the reply says it.
    package var kind: ReplyKind?
    /// 届次/会议.
    package var session = ""
    /// 编号.
    package var number = ""
    /// 标题 of the suggestion or proposal (the report's, for a review opinion).
    package var title = ""
    /// 提出人, names joined by 、.
    package var proposers = ""
    /// 办理结果: A, B, C ….
    package var resultClass = ""
    /// 公开属性.
    package var disclosure = ""
    /// 签发人.
    package var signer = ""
    /// 成文日期, as printed (2025年6月20日).
    package var date = ""
    /// Where it stands.
    package var state: ReplyState = .rendered
    /// What was found wrong in it, in source order.
    package var diagnostics: [Diagnostic] = []

    /// A row for `file`.
    package init(file: String) { self.file = file }
}
