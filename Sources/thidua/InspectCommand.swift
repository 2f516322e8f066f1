import ArgumentParser
import Catalog
import Glibc
import Pipeline
import Reports
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
        let language = global.lang
        let result: ReadResult
        do {
            result = try SheetReader.read(contentsOf: file)
        } catch {
            if error.code == .archive { return try inspectArchive(language: language) }
            // The same finding, and so the same words, as `check` and `consolidate` give.
            let finding = SubmissionReader.finding(for: error, name: file)
            if json {
                print(InspectJSON.render(error, file: file, message: finding.text(language)))
            } else {
                printError(file + Console.line(finding, language, verbose: global.verbose))
            }
            throw ExitCode(1)
        }
        if json {
            print(InspectJSON.render(result, file: file))
        } else {
            print(InspectListing.render(result, file: file, language: language, quiet: global.quiet))
        }
    }
}

/// The readable listing of `thidua inspect`.
enum InspectListing {
    /// The listing: properties and notes (unless `quiet`), then each sheet's cells in row order.
    static func render(_ result: ReadResult, file: String, language: Language, quiet: Bool) -> String {
        let english = language == .en
        var lines = [file + " — " + result.format.rawValue]
        for (key, value) in result.grid.properties.sorted(by: { $0.key < $1.key }) where !quiet {
            lines.append("  " + key + ": " + value)
        }
        for note in result.notes where !quiet {
            let finding = SubmissionReader.finding(for: note, name: file)
            lines.append("  ! " + finding.text(language) + (note.detail.map { " (" + $0 + ")" } ?? ""))
        }
        for sheet in result.grid.sheets {
            lines.append("")
            lines.append("[" + sheet.name + "] " + state(sheet.state, english) + ", \(sheet.cellCount) "
                         + (english ? "cells" : "ô"))
            if !sheet.merged.isEmpty {
                lines.append((english ? "  merged: " : "  ô gộp: ") + sheet.merged.map(\.description).joined(separator: " "))
            }
            for (ref, cell) in sheet.sortedCells {
                let (type, shown) = describe(cell.value, english)
                let formula = cell.isFormula ? (english ? " (formula)" : " (công thức)") : ""
                lines.append("  " + pad(ref.a1, 8) + pad(type + formula, 18) + shown)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The cell's type in words and its value as read (numbers and dates in the file's own form).
    private static func describe(_ v: CellValue, _ en: Bool) -> (String, String) {
        switch v {
        case .empty: return (en ? "empty" : "trống", "")
        case .text(let s): return (en ? "text" : "chữ", InspectJSON.quote(s))
        case .number(let d): return (en ? "number" : "số", CellValue.format(d))
        case .bool(let b): return (en ? "bool" : "đúng/sai", b ? "TRUE" : "FALSE")
        case .date(let d): return (d.isDateOnly ? (en ? "date" : "ngày") : (en ? "datetime" : "ngày giờ"), d.description)
        case .error(let e): return (en ? "error" : "lỗi", e)
        }
    }

    private static func state(_ s: SheetState, _ en: Bool) -> String {
        switch s {
        case .visible: return en ? "visible" : "hiện"
        case .hidden: return en ? "hidden" : "ẩn"
        case .veryHidden: return en ? "very hidden" : "ẩn sâu"
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
