import Glibc
import SheetModel
let path = CommandLine.arguments[1]
let n = Int(CommandLine.arguments[2]) ?? 1000
var bytes: [UInt8] = []
if let f = fopen(path, "rb") { var b = [UInt8](repeating: 0, count: 1 << 20); let k = fread(&b, 1, b.count, f); bytes = Array(b[0..<k]); fclose(f) }
var cells = 0
var ru = rusage(); getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &ru)
let t0 = Double(ru.ru_utime.tv_sec) + Double(ru.ru_utime.tv_usec) / 1e6 + Double(ru.ru_stime.tv_sec) + Double(ru.ru_stime.tv_usec) / 1e6
for _ in 0..<n { let r = try! SheetReader.read(data: bytes, name: path); cells += r.grid.sheets[0].cellCount }
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &ru)
let t1 = Double(ru.ru_utime.tv_sec) + Double(ru.ru_utime.tv_usec) / 1e6 + Double(ru.ru_stime.tv_sec) + Double(ru.ru_stime.tv_usec) / 1e6
print(path, "cells/sheet", cells / n, Int((t1 - t0) / Double(n) * 1e7) / 10, "µs CPU per file")
