// libFuzzer target for the whole reader: any bytes end in a grid or a typed ReadError
// (and, under AddressSanitizer, never read out of bounds). See README.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let result = try SheetReader.read(data: bytes, name: "fuzz.xlsx")
        for sheet in result.grid.sheets {
            precondition(sheet.cellRefs.count == sheet.cellValues.count)
            precondition(zip(sheet.cellRefs, sheet.cellRefs.dropFirst()).allSatisfy { $0 < $1 }, "cells out of order")
        }
    } catch {
        precondition(error.file == "fuzz.xlsx", "an error that does not name the file")
    }
    return 0
}
