import Foundation
import Scoring
import SheetWriter

/// Writes template grids into an XLSX workbook with libxlsxwriter.
enum TemplateXLSXRenderer {
    /// Margins of Party documents (Hướng dẫn 36-HD/VPTW): left 3 cm, right 1.5 cm, top and bottom 2 cm.
    static func printSetup(_ grid: TemplateGrid) -> PrintSetup {
        .partyDocument(grid.orientation, footerSize: 10, repeatRows: grid.repeatRows)
    }

    static func write(_ grids: [TemplateGrid], active: String, properties: DocumentProperties,
                      custom: [(String, String)], names: [(String, String)], to path: String) throws(WriterError) {
        let wb = try Workbook(path: path)
        try wb.setProperties(properties)
        for (k, v) in custom { try wb.setCustomProperty(k, v) }
        var sheets: [Worksheet] = []
        for grid in grids { sheets.append(try render(grid, into: wb)) }
        for (name, formula) in names { try wb.defineName(name, formula) }
        if let s = sheets.first(where: { $0.name == active }) { try s.activate() }
        try wb.close()
    }

    static func render(_ grid: TemplateGrid, into wb: Workbook) throws(WriterError) -> Worksheet {
        let ws = try wb.addWorksheet(grid.name)
        for (c, w) in grid.columnWidths.enumerated() { try ws.setColumns(c, c, width: w) }
        for (r, h) in grid.rowHeights.sorted(by: { $0.key < $1.key }) { try ws.setRow(r, height: h) }
        for m in grid.merges {
            let style = grid[m.firstRow, m.firstCol]?.style ?? .fixedValue
            try ws.mergeRange(m.firstRow, m.firstCol, m.lastRow, m.lastCol, "", try wb.format(style.format))
        }
        for r in 0..<grid.rowCount {
            for c in 0..<grid.columnCount {
                guard let cell = grid[r, c] else { continue }
                let f = try wb.format(cell.style.format)
                switch cell.content {
                case .empty: try ws.writeBlank(r, c, f)
                case .text(let s): try ws.writeText(r, c, s, f)
                case .number(let n): try ws.writeNumber(r, c, n, f)
                case .date(let d):
                    var style = cell.style.format
                    style.numberFormat = "dd/mm/yyyy"
                    try ws.writeDate(r, c, d, try wb.format(style))
                case .formula(let formula, let cached, _): try ws.writeFormula(r, c, formula, result: cached, f)
                }
            }
        }
        for v in grid.validations { try ws.addValidation(v.firstRow, v.firstCol, v.lastRow, v.lastCol, v.rule) }
        if grid.hidden {
            try ws.hide()
        } else {
            try ws.setPrint(printSetup(grid))
            try ws.setGridlines(screen: true, print: false)
        }
        if grid.protected {
            var p = Protection()
            p.formatRows = true      // units may make a row taller for long evidence
            p.formatColumns = true
            try ws.protect(p)
        }
        return ws
    }
}
