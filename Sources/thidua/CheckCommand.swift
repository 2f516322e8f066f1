import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Reports
import Scoring

/// `thidua check FILE...`: reads, locates and scores each file and prints every finding.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra bảng tự chấm điểm: điểm của đơn vị và mọi lỗi, cảnh báo kèm ô cần sửa.",
        discussion: """
        Ví dụ:
          thidua check "DB01 - Đảng bộ Công an huyện.xlsx"
          thidua check bai-nop/*.xlsx --json > ket-qua.json

        Mã thoát: 0 tất cả hợp lệ (có thể có cảnh báo); 1 có tệp cần sửa; 2 lỗi cách dùng hoặc thang điểm.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubricOption: RubricOption

    @Flag(name: .long, help: "In kết quả dạng JSON (SPEC §9).")
    var json = false

    @Argument(help: ArgumentHelp("Các tệp cần kiểm tra (.xlsx, .xlsm, .ods, .xls, .csv; tệp nén .zip, .rar, .7z).",
                                 valueName: "FILE"))
    var files: [String]

    func run() throws {
        let language = global.lang
        let loaded = try rubricOption.load(language: language, verbose: global.verbose)
        let reader = SubmissionReader(rubric: loaded.rubric)
        var documents: [SubmissionJSON.Source] = []
        var anyInvalid = false
        for path in files {
            let info = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (info?[.size] as? NSNumber)?.int64Value ?? 0
            let modified = (info?[.modificationDate] as? Date)?.timeIntervalSince1970
            for outcome in reader.process(path: path, name: path, size: size, modified: modified).flattened {
            if outcome.record.status == .skipped {  // an archive's lock file, photo, scan…
                if !json { Console.out(outcome.record.path + " — " + (outcome.record.reason?.text(language) ?? "")) }
                continue
            }
            let invalid = outcome.result?.hasErrors ?? true
            anyInvalid = anyInvalid || invalid
            if json {
                documents.append(outcome.result.map { .scored($0, format: outcome.record.format) }
                                 ?? .unread(outcome.record))
            } else {
                printHuman(outcome, language: language)
            }
            }
        }
        if json {
            FileHandle.standardOutput.write(CheckJSON.document(documents, rubric: loaded.rubric, language: language))
        }
        if anyInvalid { throw ExitCode(1) }
    }

    private func printHuman(_ outcome: FileOutcome, language: Language) {
        let en = language == .en
        Console.out(outcome.record.path)
        guard let s = outcome.result else {
            outcome.record.findings.forEach { Console.out(Console.line($0, language, verbose: global.verbose)) }
            Console.out(en ? "  → Not read: fix the file and send it again." : "  → Không đọc được: hãy sửa tệp rồi gửi lại.")
            return
        }
        let unit = [s.unit.code, s.unit.name].compactMap { $0 }.joined(separator: " - ")
        if !unit.isEmpty { Console.out((en ? "  Unit: " : "  Đơn vị: ") + unit) }
        let claimed = s.claimedTotal.map { Console.number($0, language) } ?? "—"
        let status: String
        switch s.status {
        case .valid: status = en ? "valid" : "hợp lệ"
        case .validWithWarnings: status = en ? "valid, with warnings" : "hợp lệ, có cảnh báo"
        case .invalid: status = en ? "needs fixing" : "cần sửa"
        }
        Console.out(en
            ? "  Claimed: \(claimed); accepted score: \(Console.number(s.score, language))/\(Console.number(loaded(s), language)) — \(status)"
            : "  Điểm tự chấm: \(claimed); điểm được tính: \(Console.number(s.score, language))/\(Console.number(loaded(s), language)) — \(status)")
        let shown = s.findings.filter { !global.quiet || $0.severity == .error }
            .filter { global.verbose || $0.severity != .info }
        shown.forEach { Console.out(Console.line($0, language, verbose: global.verbose)) }
    }

    private func loaded(_ s: UnitResult) -> Double { s.lines.reduce(0) { $0 + $1.max } }
}
