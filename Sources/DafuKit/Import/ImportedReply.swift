/// What the importer recognised in a letter: the input format's fields plus the layout
/// choices that make rendering reproduce the source.
struct ImportedReply {
    struct Measure { var lead: String; var text: String }

    final class Section {
        var level: Int
        var heading: String
        var intro: [String] = []
        var measures: [Measure] = []
        var itemStyle: String?
        var sections: [Section] = []

        init(level: Int, heading: String) {
            self.level = level
            self.heading = heading
        }
    }

    var kind: ReplyKind = .proposalReply
    var template: String = "proposal-reply"
    var resultClass: String?
    var docNumber: String?
    var signer: String?
    var disclosure: String?
    var title: String?
    /// The title's lines as the letter broke them, when it took more than one.
    var titleLines: [String] = []
    /// What the title or the page says of the item answered.
    var session: String?
    var number: String?
    var proposalTitle: String?
    var proposers: [String] = []
    var addressee: String?
    /// The opening as written; nil for a letter that starts with its body (`opening: false`).
    var opening: String?
    var background: [String] = []
    var sections: [Section] = []
    var nextStepsText: [String] = []
    var nextStepsItems: [Measure] = []
    var closing: [String] = []
    /// 此致 / 敬礼！ after the closing.
    var salute: [String] = []
    var issuer: String?
    var date: String?
    var contactName: String?
    var contactPhone: String?
    var cc: [String] = []
    /// 印发机关 and 印发日期 of the 版记.
    var printer: String?
    var printDate: String?
    var attachments: [String] = []
    var notes: [String] = []
    var figures: [(label: String, text: String, asOf: String?, source: String?)] = []
    /// Whether the contact note stands above the signature.
    var contactFirst = false
    // Layout choices.
    var runIn: Set<Int> = []
    var measuresEach = false
    var joinIntro = true
    var items: String?
    var numbering: [String?] = [nil, nil, nil, nil]
}
