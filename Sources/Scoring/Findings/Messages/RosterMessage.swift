/// Messages about the roster and about matching submissions to it.
public enum RosterMessage: Sendable, Hashable, Codable {
    /// No header row with code and name columns (`rosterNoHeader`).
    case noHeader(file: String)
    /// A row with a name but no code (`rosterIncompleteRow`).
    case noCode(name: String)
    /// A row with a code but no name (`rosterIncompleteRow`).
    case noName(code: String)
    /// A code repeated; the later row is ignored (`rosterDuplicateCode`).
    case duplicateCode(code: String, firstCell: String)
    /// A type that is not one of the rubric's (`rosterUnknownType`).
    case unknownType(written: String, types: [String])
    /// A submission whose unit is not on the roster (`notOnRoster`), with the nearest
    /// roster unit when one is close.
    case notOnRoster(unit: String, suggestedName: String?, suggestedCode: String?)
    /// The sheet's unit type differs from the roster's, which is used (`unitTypeDiffers`).
    case typeDiffers(rosterType: String)
}
