import Foundation
import Testing
@testable import SheetWriter

/// `DataValidation.Rule.decimalBetween`: bounds given as formulas.
@Test func decimalBetweenFormulasNeedsBothBounds() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let wb = try Workbook(path: dir.appendingPathComponent("v.xlsx").path)
    let ws = try wb.addWorksheet("A")
    try ws.addValidation(1, 1, 9, 1, DataValidation(.decimalBetween(minFormula: "0", maxFormula: "$A2"),
                                                    inputTitle: "Điểm", errorMessage: "Từ 0 đến cột A"))
    let e = #expect(throws: WriterError.self) {
        try ws.addValidation(1, 2, 1, 2, DataValidation(.decimalBetween(minFormula: "0", maxFormula: "")))
    }
    #expect(e?.code == .invalidArgument)
    try wb.close()
}
