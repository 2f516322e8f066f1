import Catalog
import Scoring

extension FixesSheet {
    /// The groups of "Cần sửa" before they are made: which unit (or unread file) each is
    /// about, the superseded units and file records whose findings join it, how many
    /// findings it has, and the print order. A group's title, contact and findings are made
    /// only when `group(k)` is asked for, while its rows are written.
    ///
    /// Units in Vietnamese order of their names (files by path), then the title's bytes; a
    /// superseded file's note joins its unit's group (one call per unit); a file's own
    /// findings join the group of its unit, without repeating one already there. Then the
    /// inspection form's group, then the batch's.
    struct GroupPlan {
        private struct Entry {
            /// The group's unit in `Consolidation.units`, or nil for a file that never
            /// became a submission (`path`).
            var unit: Int?
            var path: String?
            /// Superseded units whose note joins the group.
            var joined: [Int] = []
            /// Indices in `ReportInput.files` of the records whose findings join it.
            var records: [Int] = []
            var findingCount = 0
        }

        private let input: ReportInput
        /// The unit and file groups in print order (empty ones left out).
        private let entries: [Entry]
        /// The inspection form's group and the batch's, when they have findings.
        private let tail: [Group]
        /// Groups in all, and findings in all.
        let groupCount: Int
        let findingCount: Int

        static func make(_ input: ReportInput) -> GroupPlan {
            let c = input.consolidation, t = input.text
            var entries: [Entry] = []
            var byFile: [String: Int] = [:]
            for (k, u) in c.units.enumerated() {
                let file = u.result.file
                let count = u.superseded ? u.findings.count(where: { $0.code == .superseded }) : u.findings.count
                if u.superseded, let newer = u.supersededBy, let i = byFile[newer] {
                    entries[i].joined.append(k)
                    entries[i].findingCount += count
                    byFile[file] = i
                    continue
                }
                byFile[file] = entries.count
                entries.append(Entry(unit: k, findingCount: count))
            }
            for (k, r) in input.files.enumerated() where !r.findings.isEmpty {
                if let i = byFile[r.path] {
                    entries[i].records.append(k)
                } else {
                    byFile[r.path] = entries.count
                    entries.append(Entry(path: r.path, records: [k], findingCount: r.findings.count))
                }
            }
            let plan = GroupPlan(input: input, entries: [], tail: [], groupCount: 0, findingCount: 0)
            // A file's findings that repeat its unit's are left out: count what is left.
            for i in entries.indices where entries[i].unit != nil && !entries[i].records.isEmpty {
                entries[i].findingCount = plan.findings(entries[i]).count
            }
            entries.removeAll { $0.findingCount == 0 }
            let keys = entries.map { VietnameseOrder.key(plan.sortName($0)) }
            let order = entries.indices.sorted { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                return plan.title(entries[a]).utf8.lexicographicallyPrecedes(plan.title(entries[b]).utf8)
            }
            let sorted = order.map { entries[$0] }
            var tail: [Group] = []
            if let form = input.inspection, !form.findings.isEmpty {
                tail.append(Group(title: t(FixText.inspectionForm(path: form.path)), contact: nil,
                                  findings: form.findings.map { (form.path, $0) }.sorted(by: printOrder)))
            }
            if !c.findings.isEmpty {
                tail.append(Group(title: t(FixText.wholeBatch), contact: nil,
                                  findings: c.findings.map { ("", $0) }))
            }
            return GroupPlan(input: input, entries: sorted, tail: tail, groupCount: sorted.count + tail.count,
                             findingCount: sorted.reduce(0) { $0 + $1.findingCount }
                                 + tail.reduce(0) { $0 + $1.findings.count })
        }

        /// Group `k` in print order, made now.
        func group(_ k: Int) -> Group {
            guard k < entries.count else { return tail[k - entries.count] }
            let e = entries[k]
            var contact: String?
            if let i = e.unit {
                let t = input.text, result = input.consolidation.units[i].result
                if result.preparer != nil || result.phone != nil {
                    contact = t(FixText.contact(preparer: result.preparer, phone: result.phone))
                }
            }
            return Group(title: title(e), contact: contact, findings: findings(e).sorted(by: printOrder))
        }

        /// The unit's name, or the file's path: what the group sorts by.
        private func sortName(_ e: Entry) -> String {
            e.unit.map { input.consolidation.units[$0].name } ?? e.path ?? ""
        }

        private func title(_ e: Entry) -> String {
            guard let i = e.unit else { return e.path ?? "" }
            let u = input.consolidation.units[i]
            return (u.code.map { "\($0) - " } ?? "") + u.name
        }

        /// The group's findings with their files, in the order they join it.
        private func findings(_ e: Entry) -> [(file: String, finding: Finding)] {
            let units = input.consolidation.units
            var out: [(file: String, finding: Finding)] = []
            func add(unit i: Int) {
                let u = units[i], file = u.result.file
                // A superseded file needs nothing but the note that it is superseded.
                for f in u.findings where !u.superseded || f.code == .superseded { out.append((file, f)) }
            }
            if let i = e.unit { add(unit: i) }
            for i in e.joined { add(unit: i) }
            for k in e.records {
                let r = input.files[k]
                if e.unit == nil && out.isEmpty {
                    out += r.findings.map { (r.path, $0) }
                } else {
                    let known = Set(out.map(\.finding))
                    out += r.findings.filter { !known.contains($0) }.map { (r.path, $0) }
                }
            }
            return out
        }
    }
}
