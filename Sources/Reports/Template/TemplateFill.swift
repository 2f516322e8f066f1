import Scoring
import SheetWriter

/// Values to put into a template's input cells: for tests that fill a template
/// programmatically and read it back, and for samples.
public struct TemplateFill: Sendable, Hashable {
    /// One value as a person would type it.
    public enum Value: Sendable, Hashable {
        case text(String)
        case number(Double)
        case date(CalendarDate)
    }

    /// Header block values (a personalised template's code, name and type are overwritten).
    public var header: [HeaderField: Value] = [:]
    /// Per item code (as in the rubric): claimed, evidence, verified, note.
    public var items: [String: [ItemColumn: Value]] = [:]
    /// A value typed over the total formula (nil keeps the live formula).
    public var writtenTotal: Value?
    /// Per count key.
    public var counts: [String: Value] = [:]
    /// The collective's own rating as typed (normally a rating label).
    public var rating: Value?
    /// Nominees, one row each (at most the template's nominee rows).
    public var nominees: [[NomineeColumn: Value]] = []

    /// An empty fill.
    public init() {}
}
