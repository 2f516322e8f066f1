import Foundation
import SheetWriter
@testable import Reports

extension SheetDescription {
    /// Rows printed on every page (a report sheet's header rows).
    var headerRows: ClosedRange<Int>? { print?.repeatRows }
    /// Columns frozen at the left.
    var frozenColumns: Int { frozen?.column ?? 0 }
    var orientation: PrintSetup.Orientation { print?.orientation ?? .portrait }
    /// The areas under a conditional format.
    var colorScales: [CellArea] { conditionalFormats.map(\.area) }

    /// A readable, stable dump of the description for golden files.
    func dump() -> String {
        var out = ["sheet \(name) \(orientation) widths \(columnWidths)"]
        if let h = headerRows { out.append("header rows \(h.lowerBound)...\(h.upperBound) frozen columns \(frozenColumns)") }
        if let a = autofilter { out.append("autofilter \(a.firstRow),\(a.firstCol)...\(a.lastRow),\(a.lastCol)") }
        for a in colorScales { out.append("heat-map \(a.firstRow),\(a.firstCol)...\(a.lastRow),\(a.lastCol)") }
        for c in charts {
            out.append("chart \(c.kind) '\(c.title ?? "")' \(c.series[0].categories ?? "") \(c.series[0].values) at \(c.row),\(c.col)")
        }
        for (r, row) in rows.enumerated() {
            let cells = row.cells.enumerated().compactMap { c, cell -> String? in
                guard let cell else { return nil }
                let content: String = switch cell.content {
                case .empty: "·"
                case .text(let s): "\"\(s.replacingOccurrences(of: "\n", with: "⏎"))\""
                case .number(let n): String(format: "%.2f", n)
                case .date(let d): d.description
                case .formula(let f, .number(let v), _): "=\(f)→" + String(format: "%.4f", v)
                case .formula(let f, .text(let v), _): "=\(f)→\"\(v)\""
                }
                return "\(c):\(content)" + (cell.span > 1 ? "⟷\(cell.span)" : "") + " [\(cell.style)]"
            }
            out.append("\(r) h\(row.height.map { String(format: "%.0f", $0) } ?? "-") " + cells.joined(separator: " | "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
