/// What a label found in a sheet can mean.
enum LabelRole: Hashable, Sendable {
    case header(HeaderField)
    /// An items-table column; `priority` is the label's index in its list (0 = printed label).
    case column(ItemColumn, priority: Int)
    case total
    case count(String)
    case rating
    case countsBlock
    case nomineesBlock
    case nomineeColumn(NomineeColumn, priority: Int)
    /// The signature block ("Thủ trưởng đơn vị"): ends the nominations table.
    case signature
}

/// Everything the locator needs from a rubric, keyed once and reused for every file.
///
/// Build one per rubric (`LocatorPlan(rubric:)`) and pass it to
/// `Locator.locate(_:file:plan:fileModified:)`; it is immutable and `Sendable`,
/// so all reading threads can share it.
public struct LocatorPlan: Sendable {
    /// The rubric the plan was made from.
    public let rubric: Rubric
    /// Label key → what it can mean.
    let roles: LabelTable
    /// Longest label, in UTF-8 bytes, with room for NFD and suffixes.
    let maxLabelBytes: Int
    /// Normalised item code → the rubric's code.
    let itemCodes: [String: String]
    /// Criterion numbers that have lettered sub-lines (4 → 4a, 4b), as normalised codes.
    let parentCriteria: Set<String>
    /// Count key → distinctive words of its label (for retyped labels).
    let countKeywords: [(key: String, words: Set<String>)]
    /// Rating level label keys → rating code (for a rating written without its label).
    let ratingKeys: [String: String]

    /// Keys every label of `SheetLabels` and of the rubric's counts.
    public init(rubric: Rubric) {
        self.rubric = rubric
        var roles: [FastKey: [LabelRole]] = [:]
        var maxBytes = 0
        func add(_ label: String, _ role: LabelRole) {
            let key = FastKey(label).stripped()
            guard !key.scalars.isEmpty else { return }
            if !(roles[key]?.contains(role) ?? false) { roles[key, default: []].append(role) }
            maxBytes = max(maxBytes, label.utf8.count)
        }
        for (field, labels) in SheetLabels.header { labels.forEach { add($0, .header(field)) } }
        for (column, labels) in SheetLabels.columns {
            for (i, label) in labels.enumerated() { add(label, .column(column, priority: i)) }
        }
        SheetLabels.total.forEach { add($0, .total) }
        SheetLabels.rating.forEach { add($0, .rating) }
        add(SheetLabels.countsBlock, .countsBlock)
        add(SheetLabels.nomineesBlock, .nomineesBlock)
        for (column, labels) in SheetLabels.nomineeColumns {
            for (i, label) in labels.enumerated() { add(label, .nomineeColumn(column, priority: i)) }
        }
        SheetLabels.signature.forEach { add($0, .signature) }
        for field in rubric.counts { add(field.label, .count(field.key)) }
        self.roles = LabelTable(roles)
        self.maxLabelBytes = maxBytes * 3 + 16

        var codes: [String: String] = [:]
        for item in rubric.items { codes[ItemCode.normalize(item.code)] = item.code }
        self.itemCodes = codes
        var parents = Set<String>()
        for item in rubric.items {
            let n = ItemCode.normalize(item.code)
            if n.last?.isLetter == true { parents.insert(String(item.criterion)) }
        }
        self.parentCriteria = parents
        self.countKeywords = Self.distinctiveWords(rubric.counts)
        var ratings: [String: String] = [:]
        for level in rubric.ratings { ratings[LabelKey.of(level.label)] = level.code }
        self.ratingKeys = ratings
    }

    /// For each count, the words of its label that no other count's label has.
    static func distinctiveWords(_ fields: [CountField]) -> [(key: String, words: Set<String>)] {
        let wordSets = fields.map { words(of: $0.label) }
        return fields.indices.map { i in
            var own = wordSets[i]
            for j in fields.indices where j != i { own.subtract(wordSets[j]) }
            return (fields[i].key, own)
        }
    }

    /// The words of a text's key, without punctuation.
    static func words(of text: some StringProtocol) -> Set<String> {
        let key = FastKey(text).string
        var out = Set<String>()
        var word = ""
        for ch in key {
            if ch.isLetter || ch.isNumber { word.append(ch) } else if !word.isEmpty {
                out.insert(word); word = ""
            }
        }
        if !word.isEmpty { out.insert(word) }
        return out
    }

    /// The roles of a cell's text, or nil when it is no known label.
    func roles(ofLabel text: some StringProtocol) -> [LabelRole]? {
        var buffer: [UInt32] = []
        return roles(ofLabel: Substring(text), buffer: &buffer)
    }

    /// `roles(ofLabel:)` keying the text in `buffer`, which callers reuse from cell to cell.
    func roles(ofLabel text: Substring, buffer: inout [UInt32]) -> [LabelRole]? {
        guard text.utf8.count <= maxLabelBytes else { return nil }
        let length = FastKey.key(of: text, into: &buffer)
        return roles.roles(FastKey.stripped(buffer[..<length]))
    }
}
