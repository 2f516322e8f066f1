import ArgumentParser
import Glibc
import Scoring
import SheetModel
import SheetReaders

/// `thidua inspect FILE [--json]`: every sheet and every cell thidua reads in a file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Cho xem thidua đọc được gì trong một tệp: mọi trang tính, mọi ô.",
        discussion: """
            Ví dụ:
              thidua inspect BangTuCham_XaIaTo.xlsx
              thidua inspect BangTuCham.csv --json
            Tệp không đọc được: mã thoát 1 và (với --json) {"file","error":{"code","message"}}.
            Tệp nén (.zip, .rar, .7z): từng tệp bên trong, {"file","format","entries":[…]}.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Tệp .xlsx, .xlsm, .ods, .fods, .xls, .csv hoặc .tsv cần xem.")
    var file: String

    @Flag(name: .long, help: "In kết quả dạng JSON (SPEC §9).")
    var json = false

    func run() throws {
        let english = global.lang == .en
        let result: ReadResult
        do {
            result = try SheetReader.read(contentsOf: file)
        } catch {
            if error.code == .archive { return try inspectArchive(english: english) }
            if json {
                print(InspectJSON.render(error, file: file, english: english))
            } else {
                printError(file + ": " + error.message(english: english) + " [" + error.code.rawValue + "]")
            }
            throw ExitCode(1)
        }
        if json {
            print(InspectJSON.render(result, file: file))
        } else {
            print(InspectListing.render(result, file: file, english: english, quiet: global.quiet))
        }
    }
}

/// The readable listing of `thidua inspect`.
enum InspectListing {
    /// The listing: properties and notes (unless `quiet`), then each sheet's cells in row order.
    static func render(_ result: ReadResult, file: String, english: Bool, quiet: Bool) -> String {
        var lines = [file + " — " + result.format.rawValue]
        for (key, value) in result.grid.properties.sorted(by: { $0.key < $1.key }) where !quiet {
            lines.append("  " + key + ": " + value)
        }
        for note in result.notes where !quiet {
            lines.append("  ! " + (english ? note.en : note.vi) + (note.detail.map { " (" + $0 + ")" } ?? ""))
        }
        for sheet in result.grid.sheets {
            lines.append("")
            lines.append("[" + sheet.name + "] " + sheet.state.rawValue + ", \(sheet.cellCount) "
                         + (english ? "cells" : "ô"))
            if !sheet.merged.isEmpty {
                lines.append("  merged: " + sheet.merged.map(\.description).joined(separator: " "))
            }
            for (ref, cell) in sheet.sortedCells {
                let (type, shown) = describe(cell.value)
                let formula = cell.isFormula ? " (formula)" : ""
                lines.append("  " + pad(ref.a1, 8) + pad(type + formula, 18) + shown)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ v: CellValue) -> (String, String) {
        switch v {
        case .empty: return ("empty", "")
        case .text(let s): return ("text", InspectJSON.quote(s))
        case .number(let d): return ("number", CellValue.format(d))
        case .bool(let b): return ("bool", b ? "TRUE" : "FALSE")
        case .date(let d): return (d.isDateOnly ? "date" : "datetime", d.description)
        case .error(let e): return ("error", e)
        }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}

/// Writes a line to standard error.
private func printError(_ line: String) {
    let text = line + "\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}
