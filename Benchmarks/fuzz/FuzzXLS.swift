// libFuzzer target for the .xls reader. An input that starts like a compound file is read
// as a whole .xls (CompoundFile, then the BIFF records); any other input is taken as the
// Workbook stream itself and scanned by BIFFScan, so mutations reach the records and the
// shared-string table without first breaking the container. Either way the bytes end in
// sheets or a typed ReadError naming the file (and, under AddressSanitizer, never in a read
// out of bounds).
import SheetModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let isCompoundFile = bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    do {
        if isCompoundFile {
            let result = try SheetReader.read(data: bytes, name: "fuzz.xls")
            for sheet in result.grid.sheets {
                precondition(sheet.cellRefs.count == sheet.cellValues.count)
                precondition(zip(sheet.cellRefs, sheet.cellRefs.dropFirst()).allSatisfy { $0 < $1 }, "cells out of order")
            }
        } else {
            let scan = try BIFFScan(bytes, file: "fuzz.xls", limits: .standard)
            for sheet in scan.sheets {
                for (ref, cell) in sheet.cells {
                    precondition(ref.row < CellRef.maxRows && ref.column < CellRef.maxColumns, "cell outside the grid")
                    if case .text(let s) = cell.value { precondition(!s.isEmpty, "an empty text cell") }
                }
            }
            precondition(scan.sharedStrings.count <= ReadLimits.standard.maxSharedStrings)
        }
    } catch {
        precondition(error.file == "fuzz.xls", "an error that does not name the file")
    }
    return 0
}
