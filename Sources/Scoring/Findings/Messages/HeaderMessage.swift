/// Messages about the header block (unit, type, period, date) and the nominees.
public enum HeaderMessage: Sendable, Hashable, Codable {
    /// No unit name (`unitNameMissing`); `label` is the sheet's label for it.
    case unitNameMissing(label: String)
    /// A unit type that is not one of the rubric's (`unitTypeUnknown`).
    case unitTypeUnknown(written: String, types: [String])
    /// Another plan's period (`periodMismatch`); `plan` is the rubric's period label.
    case periodMismatch(written: String, plan: String)
    /// A period that cannot be read (`periodUnreadable`).
    case periodUnreadable(written: String, plan: String)
    /// A date that cannot be read (`dateUnreadable`).
    case dateUnreadable(written: String)
    /// A nominee row with no name (`nomineeNameMissing`).
    case nomineeNameMissing
    /// A Party-member cell that is neither yes nor no (`yesNoUnreadable`).
    case partyMemberUnclear(name: String, written: String, yes: String, no: String)
}
