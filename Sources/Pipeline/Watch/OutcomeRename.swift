import Foundation
import Scoring
import SheetModel

extension FileOutcome {
    /// The result of reading the same bytes under the name `new` instead of `old`, without
    /// reading them again; nil when that cannot be vouched for.
    ///
    /// A file's name appears in its result as the file of each place (`SourceLocation`), the
    /// record's path and the result's file, which are rewritten here. A message that
    /// quotes the name ("no scoring table in …"), a CSV file's sheet (named after the file)
    /// or a field added later would still hold the old name: every string of the result is
    /// therefore checked by reflection, and any trace of the old name left means "read the
    /// file again".
    public func renamed(from old: String, to new: String) -> FileOutcome? {
        // Rewritten first to a name no file has, so any string still holding the old name
        // is one the rewrite did not reach.
        let probe = relocated(to: "\u{1}")
        return OldNameTrace(old: old).found(in: probe) ? nil : relocated(to: new)
    }

    private func relocated(to new: String) -> FileOutcome {
        var moved = self
        moved.record.path = new
        moved.record.findings = moved.record.findings.map { $0.relocated(to: new) }
        if var result = moved.result {
            result.file = new
            result.unit.nameCell?.file = new
            result.unit.typeCell?.file = new
            result.lines = result.lines.map { var l = $0; l.location?.file = new; return l }
            result.nominees = result.nominees.map { var n = $0; n.location?.file = new; return n }
            result.findings = result.findings.map { $0.relocated(to: new) }
            moved.result = result
        }
        return moved
    }
}

extension Finding {
    fileprivate func relocated(to file: String) -> Finding {
        var f = self
        f.location?.file = file
        return f
    }
}

/// Looks through every string of a value (by reflection) for a file name, its last
/// component or that without its extension (a CSV file's one sheet is named so).
struct OldNameTrace {
    let old: String

    func found(in value: Any) -> Bool {
        let base = old.split(separator: "/").last.map(String.init) ?? old
        let stem = (base as NSString).deletingPathExtension
        return visit(value) { $0.contains(old) || $0.contains(base) || (!stem.isEmpty && $0.contains(stem)) }
    }

    private func visit(_ value: Any, _ test: (String) -> Bool) -> Bool {
        if let text = value as? String { return test(text) }
        if value is Double || value is Int || value is Bool || value is Int64 { return false }
        return Mirror(reflecting: value).children.contains { visit($0.value, test) }
    }
}
