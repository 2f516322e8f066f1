import SheetModel
import Testing

/// The row-major cell store behaves like the dictionary it replaced.
@Suite struct SheetTests {
    struct XorShift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    /// A reference model: a dictionary with `set`'s rules.
    struct Model {
        var cells: [CellRef: Cell] = [:]
        var rows = 0, columns = 0
        mutating func set(_ cell: Cell, _ ref: CellRef) {
            if cell.value == .empty && !cell.isFormula { cells[ref] = nil; return }
            cells[ref] = cell
            rows = max(rows, ref.row + 1)
            columns = max(columns, ref.column + 1)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func setAndBulkInitAgreeWithADictionary(seed: UInt64) {
        var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15 &* seed)
        var model = Model(), sheet = Sheet(name: "s")
        var refs: [CellRef] = [], cells: [Cell] = []
        let ordered = seed % 2 == 0
        for k in 0..<2_000 {
            let ref = ordered ? CellRef(row: k / 7, column: k % 7)
                : CellRef(row: Int.random(in: 0..<40, using: &rng), column: Int.random(in: 0..<12, using: &rng))
            let cell: Cell
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: cell = .empty
            case 1: cell = Cell(.empty, isFormula: true)
            case 2: cell = Cell(.number(Double(k)))
            default: cell = Cell(.text("t\(k)"))
            }
            model.set(cell, ref)
            sheet.set(cell, at: ref)
            refs.append(ref)
            cells.append(cell)
        }
        let bulk = Sheet(name: "s", refs: refs, cells: cells)
        for s in [sheet, bulk] {
            #expect(s.cells == model.cells)
            #expect(s.cellRefs == s.cellRefs.sorted())
            #expect(Set(s.cellRefs).count == s.cellCount)
            #expect(s.rowCount == model.rows && s.columnCount == model.columns)
            for r in 0..<41 {
                for c in 0..<13 {
                    let ref = CellRef(row: r, column: c)
                    #expect(s[ref] == (model.cells[ref] ?? .empty))
                }
            }
        }
    }

    @Test func bulkInitKeepsOrderedCellsAsTheyAre() {
        let refs = [CellRef(row: 0, column: 0), CellRef(row: 0, column: 3), CellRef(row: 2, column: 1)]
        let cells = [Cell(.number(1)), Cell(.text("x")), Cell(.empty, isFormula: true)]
        let s = Sheet(name: "s", refs: refs, cells: cells)
        #expect(s.cellRefs == refs && s.cellValues == cells)
        #expect(s.rowCount == 3 && s.columnCount == 4)
        #expect(s.index(of: CellRef(row: 0, column: 3)) == 1 && s.index(of: CellRef(row: 1, column: 0)) == nil)
    }
}
