/// The rules of one emulation plan: what is scored, how, and who gets which award.
///
/// A rubric is data (a YAML file); the seed plan's rubric is embedded in the binary.
/// Loading and checking live in `RubricLoader`.
public struct Rubric: Sendable, Hashable, Codable {
    /// Rubric file format version this build understands.
    public static let currentSchema = 1

    /// Format version of the file.
    public var schema: Int
    /// Stable identifier written into templates' meta sheet (`142-KH/HU`).
    public var id: String
    /// Version of this rubric's content (bumped by whoever edits it).
    public var version: String
    public var plan: Plan
    public var issuer: Issuer
    public var period: Period
    /// Declared total; the items' maxima must sum to it.
    public var total: Double
    public var items: [RubricItem]
    /// The four rating levels, best first.
    public var ratings: [RatingLevel]
    /// The counts block of the sheet (staff, pledges, …).
    public var counts: [CountField]
    public var unitTypes: [UnitType]
    public var routes: [Route]
    public var awards: Awards
    public var eligibility: Eligibility
    /// What counts as evidence (texts that say there is none).
    public var evidence: EvidencePolicy

    /// The item with a code, compared by `ItemCode.normalize`.
    public func item(code: String) -> RubricItem? {
        let key = ItemCode.normalize(code)
        return items.first { ItemCode.normalize($0.code) == key }
    }

    /// The unit type with a code (`party`, `agency`, `locality`).
    public func unitType(code: String) -> UnitType? { unitTypes.first { $0.code == code } }

    /// The route with a code.
    public func route(code: String) -> Route? { routes.first { $0.code == code } }
}

/// The plan the rubric encodes.
public struct Plan: Sendable, Hashable, Codable {
    /// `142-KH/HU`.
    public var number: String
    /// Full title as printed.
    public var title: String
    /// A short name for headers and file titles.
    public var shortTitle: String
    /// Date the plan was signed, `YYYY-MM-DD`.
    public var date: String
}

/// The bodies named in a document header (Party document format).
public struct Issuer: Sendable, Hashable, Codable {
    /// The higher body, top left (`ĐẢNG BỘ TỈNH GIA LAI`).
    public var higherBody: String
    /// The issuing body, top left, bold (`HUYỆN ỦY CHU PUH`).
    public var issuingBody: String
    /// Place written before the date (`Chu Puh`).
    public var place: String
    /// National heading, top right (`ĐẢNG CỘNG SẢN VIỆT NAM`).
    public var nationalHeading: String
}

/// The campaign's period.
public struct Period: Sendable, Hashable, Codable {
    /// As printed in templates (`Tháng 6/2023 – tháng 6/2024`).
    public var label: String
    /// First month, `YYYY-MM`.
    public var from: String
    /// Last month, `YYYY-MM`.
    public var to: String
}

/// How a line is scored.
public enum ItemKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Met (max) or not met (0); a partial claim is accepted with a warning.
    case binary
    /// Any value in [0, max].
    case graded
    /// max × numerator / denominator, from counts.
    case ratio
    /// Met iff the rating and count shares reach their thresholds.
    case threshold
}

/// Whether a line must name its evidence (minh chứng).
public enum EvidenceRule: String, Sendable, Hashable, Codable {
    /// Points without evidence are scored 0 with a warning.
    case required
    /// Evidence is optional.
    case optional
}

/// One scored line of the table.
public struct RubricItem: Sendable, Hashable, Codable {
    /// `1`, `4a`, `9b`.
    public var code: String
    /// Criterion number the line belongs to (4a and 4b → 4).
    public var criterion: Int
    /// The criterion's text as printed in the appendix.
    public var text: String
    /// What "met" means (Diễn giải — Điểm).
    public var met: String
    /// What "not met" means (Diễn giải — Điểm trừ).
    public var notMet: String
    /// Points when met.
    public var max: Double
    public var kind: ItemKind
    public var evidence: EvidenceRule
    /// For `ratio`: count keys of numerator and denominator.
    public var ratio: RatioRule?
    /// For `threshold`: the conditions.
    public var threshold: ThresholdRule?
}

/// `max × numerator / denominator`.
public struct RatioRule: Sendable, Hashable, Codable {
    public var numerator: String
    public var denominator: String
}

/// Conditions of a threshold line, all of which must hold.
public struct ThresholdRule: Sendable, Hashable, Codable {
    /// The collective's own rating must be this level or better (a rating code).
    public var ratingAtLeast: String?
    /// Share conditions: sum of `counts` / `of` ≥ `atLeast`.
    public var shares: [ShareCondition]
}

/// `(Σ counts) / of ≥ atLeast`.
public struct ShareCondition: Sendable, Hashable, Codable {
    public var counts: [String]
    public var of: String
    public var atLeast: Double
}

/// One rating level (`excellent` → "Hoàn thành xuất sắc nhiệm vụ").
public struct RatingLevel: Sendable, Hashable, Codable {
    public var code: String
    public var label: String
}

/// A count asked in the sheet's counts block.
public struct CountField: Sendable, Hashable, Codable {
    /// `staff`, `pledges`, `excellent`, `good`.
    public var key: String
    /// Label printed in the template and looked for by the locator.
    public var label: String
    /// The count's name inside a sentence or a formula ("tổng số"); the label, lower-cased
    /// first letter, when the rubric gives none.
    public var short: String
}

/// Which evidence texts mean "there is none" (SPEC §2.2).
public struct EvidencePolicy: Sendable, Hashable, Codable {
    /// Texts that say there is no evidence ("không", "chưa có", "-", …), compared after
    /// trimming, case- and tone-insensitively (`EvidencePolicy.key`).
    public var none: [String]
    /// Their keys, for matching.
    private var keys: Set<String>
    /// The first byte of every key: a text whose key cannot start with one of them is
    /// evidence without working its key out (14 lines a file, ≈ 5 % of reading a file).
    private var firstBytes: Set<UInt8>

    public init(none: [String]) {
        self.none = none
        self.keys = Set(none.map(Self.key))
        self.firstBytes = Set(keys.compactMap(\.utf8.first))
    }

    /// The default list of the seed plan: what units write when they have no evidence.
    public static let defaultNone = RubricDefaults.noEvidence

    /// True when `text` (as written in the evidence column) says there is no evidence.
    public func saysNone(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        // A key starts with its text's first character folded: for an ASCII letter or digit
        // (after whitespace) that is the character in lower case ("Văn bản số 12" → "v").
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            guard scalar.isASCII, let b = UInt8(exactly: scalar.value),
                  (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) else { break }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if !firstBytes.contains(lower) { return false }
            break
        }
        return keys.contains(Self.key(text))
    }

    /// The comparison key: folded (no case, no tone or other marks, đ → d, spaces collapsed),
    /// then trailing `.`, `,`, `;`, `:`, `!` dropped unless the text is only punctuation.
    public static func key(_ text: String) -> String {
        var k = Substring(NameKey.folded(text.trimmingWhitespace()))
        let trailing: Set<Character> = [".", ",", ";", ":", "!"]
        if k.contains(where: { $0.isLetter || $0.isNumber }) {
            while let last = k.last, trailing.contains(last) { k.removeLast() }
            k = Substring(String(k).trimmingWhitespace())
        }
        return String(k)
    }
}

/// A kind of unit and where its award proposal goes.
public struct UnitType: Sendable, Hashable, Codable {
    /// `party`, `agency`, `locality`.
    public var code: String
    /// `Tổ chức đảng`.
    public var label: String
    /// The route code for its proposals.
    public var route: String
}

/// Where proposals go: who appraises, who decides (plan §V.2).
public struct Route: Sendable, Hashable, Codable {
    public var code: String
    /// Receives and appraises (`Ban Tổ chức Huyện ủy`).
    public var appraiser: String
    /// Decides (`Ban Chấp hành Đảng bộ huyện`).
    public var decider: String
}

/// Award quotas.
public struct Awards: Sendable, Hashable, Codable {
    /// Collective levels in order, best first.
    public var collective: [AwardLevel]
    /// Individual quota.
    public var individuals: Int
    /// Route for nominees who are Party members.
    public var individualPartyRoute: String
    /// Route for other nominees.
    public var individualOtherRoute: String
}

/// One collective award level and its quota.
public struct AwardLevel: Sendable, Hashable, Codable {
    /// `excellent`, `good`, `fair` (stable JSON codes).
    public var code: String
    /// `Xuất sắc`.
    public var label: String
    public var count: Int
}

/// Who may be proposed for an award.
public struct Eligibility: Sendable, Hashable, Codable {
    /// Every line's accepted score must be > 0 ("thực hiện đầy đủ các nội dung").
    public var requireEveryLineScored: Bool
    /// A submission for another period is not eligible.
    public var requirePlanPeriod: Bool
}
