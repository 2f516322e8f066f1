import ArgumentParser
import Foundation
import Pipeline

/// The `thidua` command: subcommands for each step of a campaign.
@main
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Tổng hợp, chấm điểm và xếp hạng thi đua từ các bảng tự chấm điểm của đơn vị.",
        discussion: """
        Ví dụ:
          thidua template -o mau/ --roster don-vi.csv
          thidua check "DB01 - Đảng bộ Công an huyện.xlsx"
          thidua consolidate bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx
          thidua watch bai-nop/ --roster don-vi.csv -o BaoCaoTongHop.xlsx

        Mã thoát: 0 xong, không có lỗi; 1 xong nhưng có bài nộp cần sửa; 2 lỗi cách dùng
        hoặc cấu hình; 3 không ghi được kết quả.
        """,
        version: ThiduaVersion.current,
        subcommands: [TemplateCommand.self, CheckCommand.self, ConsolidateCommand.self, WatchCommand.self,
                      RubricCommand.self, InspectCommand.self, ManualCommand.self]
    )

    /// Runs the command; usage errors exit 2 (SPEC §9) instead of the parser's 64.
    static func main() {
        MemoryTuning.apply()
        TimeZoneCache.apply()
        if CommandLine.arguments.dropFirst().first == ReadingWorker.argument { ReadingWorker.run() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.err(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// thidua's version, written into the report's audit sheet.
enum ThiduaVersion {
    static let current = "0.1.0"
}
