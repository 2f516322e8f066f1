import ArgumentParser
import Foundation
import Pipeline
import Reports
import Scoring

/// `thidua consolidate INBOX`: the Board's workbook from a folder of submissions.
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Tổng hợp mọi bài nộp trong một thư mục thành báo cáo BaoCaoTongHop.xlsx.",
        discussion: """
        Ví dụ:
          thidua consolidate bai-nop/
          thidua consolidate bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx --return-dir tra-lai/
          thidua consolidate bai-nop/ --json ket-qua.json --date 2024-06-20
          thidua consolidate bai-nop/ --inspection-form PhieuKiemTra.xlsx
          thidua consolidate bai-nop/ --inspected PhieuKiemTra.xlsx

        Mã thoát: 0 xong, không có lỗi; 1 xong nhưng có bài nộp cần sửa (báo cáo vẫn được ghi);
        2 lỗi cách dùng hoặc cấu hình; 3 không ghi được kết quả.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var rosterOption: RosterOption
    @OptionGroup var inspection: InspectionOptions

    @Argument(help: ArgumentHelp("Thư mục chứa các tệp đơn vị gửi về.", valueName: "INBOX"))
    var inbox: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Tệp báo cáo (mặc định: BaoCaoTongHop.xlsx).", valueName: "REPORT.xlsx"))
    var output = "BaoCaoTongHop.xlsx"

    @Option(name: .long, help: ArgumentHelp("Ghi thêm kết quả dạng JSON vào tệp này.", valueName: "FILE"))
    var json: String?

    @Option(name: .long, help: ArgumentHelp("Ghi cho mỗi đơn vị có lỗi hoặc cảnh báo một tệp “cần sửa” vào thư mục này.", valueName: "DIR"))
    var returnDir: String?

    @Option(name: .long, help: ArgumentHelp("Ngày ghi trên báo cáo (YYYY-MM-DD); mặc định để trống cho người ký điền.", valueName: "DATE"))
    var date: String?

    @Option(name: .long, help: "Số luồng đọc tệp (mặc định: số nhân CPU).")
    var threads: Int?

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("Không tìm thấy thư mục bài nộp “\(inbox)”. Hãy kiểm tra lại đường dẫn.")
        }
        if let date, ReportDate.parse(date) == nil {
            throw ValidationError("--date cần dạng YYYY-MM-DD, ví dụ 2024-06-20 (đã nhận: \(date)).")
        }
        if let threads, threads < 1 { throw ValidationError("--threads phải từ 1 trở lên.") }
        try inspection.validate(inbox: inbox, language: global.lang)
        let outputs = [("-o", output), ("--json", json), ("--return-dir", returnDir)]
            .compactMap { label, path in path.map { (label, $0) } } + inspection.outputs
        let inputs = [("--roster", rosterOption.roster), ("--rubric", rubricOption.rubric)]
            .compactMap { label, path in path.map { (label, $0) } } + inspection.inputs
        for (index, (label, path)) in outputs.enumerated() {
            if OutputGuard.isInside(path, folder: inbox) {
                throw ValidationError("\(label) \(path): không ghi kết quả vào thư mục bài nộp (không bao giờ ghi đè tệp của đơn vị). Hãy chọn nơi khác.")
            }
            if let (inputLabel, _) = inputs.first(where: {
                OutputGuard.isSameFile(path, $0.1) && !InspectionOptions.mayShare(output: label, input: $0.0)
            }) {
                throw ValidationError("\(label) \(path): đây là tệp đầu vào của \(inputLabel); không ghi đè tệp đầu vào. Hãy chọn tên khác.")
            }
            if let (otherLabel, _) = outputs[..<index].first(where: { OutputGuard.isSameFile(path, $0.1) }) {
                throw ValidationError("\(label) \(path): trùng với tệp của \(otherLabel). Hãy chọn tên khác.")
            }
        }
    }

    func run() throws {
        var profile = PhaseProfile()
        let job = try ConsolidationRun(self)
        let result: Batch.Result, fileCount: Int
        do {   // the listing and the per-file outcomes end here: only the consolidation lives on
            let scan = try job.scan()
            profile.mark("scan")
            fileCount = scan.files.count
            let outcomes = try job.read(scan.files)
            profile.mark("read, locate, score")
            result = job.consolidate(consume outcomes, skipped: scan.skipped)
        }
        let inspected = job.inspection(result)
        profile.mark("consolidate")
        let returned: [String]
        do {
            returned = try job.writeOutputs(result, fileCount: fileCount, inspection: inspected)
            profile.mark("report, json and return lists")
        } catch {
            Console.err(error.message)
            throw ExitCode(3)
        }
        job.summarize(result, returned: returned.count)
        let formErrors = try job.finishInspection(result, record: inspected)
        profile.mark("summary")
        profile.print()
        if ConsolidationRun.hasErrors(result) || formErrors { throw ExitCode(1) }
    }
}
