import Foundation
import Testing

/// `thidua watch` as a real process on a temporary inbox (SPEC §6.1): the first report,
/// files added, renamed, copied slowly and removed, an output it cannot write, Ctrl-C.
/// Conditions are awaited with a generous deadline; nothing here measures time.
@Suite struct WatchCommandTests {
    static let xa03 = "XA03 - Xã Ia Rong.zip"

    /// A copy of Samples/inbox without XA03, and the paths of the outputs beside it.
    struct Setup {
        let dir: TempDir
        let inbox: URL
        var report: URL { dir.url.appendingPathComponent("out/BaoCaoTongHop.xlsx") }
        var json: URL { dir.url.appendingPathComponent("out/ket-qua.json") }
        var returnDir: URL { dir.url.appendingPathComponent("out/tra-lai") }
        var arguments: [String] {
            [inbox.path, "--roster", CLI.roster.path, "-o", report.path, "--json", json.path,
             "--return-dir", returnDir.path, "--date", "2024-06-25"]
        }

        init() throws {
            dir = try TempDir()
            inbox = try dir.copyOfInbox()
            try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("out"), withIntermediateDirectories: true)
            try FileManager.default.removeItem(at: inbox.appendingPathComponent(WatchCommandTests.xa03))
        }

        func add(_ name: String, as target: String? = nil) throws {
            try Data(contentsOf: CLI.inbox.appendingPathComponent(name))
                .write(to: inbox.appendingPathComponent(target ?? name))
        }
    }

    @Test(arguments: [false, true])
    func keepsTheReportUpToDateAsFilesComeAndGo(polling: Bool) throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        let watch = try WatchProcess(setup.arguments, environment: polling ? ["THIDUA_WATCH_POLL": "0.2"] : [:])

        // The first report: XA03 not yet sent.
        #expect(eventually { missingCodes(jsonSummary(setup.json)).contains("XA03") }, "\(watch.stderr)")
        #expect(FileManager.default.fileExists(atPath: setup.report.path))
        #expect(watch.lines.first?.contains(polling ? "quét lại mỗi 0,2 giây" : "hệ điều hành báo ngay") == true,
                "which mechanism is used, in one line: \(watch.lines)")
        #expect(eventually { watch.lines.contains("Đã nộp 17/20 · hợp lệ 14 · cần sửa 3 · chưa nộp 3 · tệp không đọc được 1") },
                "\(watch.lines)")

        // A new file is read and appears in the JSON.
        try setup.add(Self.xa03)
        #expect(eventually { submission(jsonSummary(setup.json), "XA03")?["status"] as? String == "valid" })
        #expect(!missingCodes(jsonSummary(setup.json)).contains("XA03"))
        #expect(eventually { watch.lines.contains("XA03 - Xã Ia Rong: hợp lệ, 97,71 điểm") }, "\(watch.lines)")
        #expect(eventually { watch.lines.contains("Đã nộp 18/20 · hợp lệ 15 · cần sửa 3 · chưa nộp 2 · tệp không đọc được 1") })

        // A folder made while watching is watched too: the second file in it is seen as well.
        let sub = setup.inbox.appendingPathComponent("đợt 2")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try setup.add("DB02 - Đảng bộ Quân sự huyện.xlsx", as: "đợt 2/DB02 - lần 2.xlsx")
        #expect(eventually { fileStatus(jsonSummary(setup.json), "đợt 2/DB02 - lần 2.xlsx") != nil })
        try setup.add("DB04 - Chi bộ Trung tâm Y tế huyện.xlsx", as: "đợt 2/DB04 - lần 2.xlsx")
        #expect(eventually { fileStatus(jsonSummary(setup.json), "đợt 2/DB04 - lần 2.xlsx") != nil })

        // A renamed file is the same submission under its new name.
        let renamed = "XA03 - Xã Ia Rong (bản gửi lại).zip"
        try FileManager.default.moveItem(at: setup.inbox.appendingPathComponent(Self.xa03),
                                         to: setup.inbox.appendingPathComponent(renamed))
        #expect(eventually { submission(jsonSummary(setup.json), "XA03")?["file"] as? String
            == renamed + " › XA03 - Xã Ia Rong.xlsx" })
        #expect(!watch.lines.contains { $0.contains("đã xóa") }, "a rename is not a removal")

        // A removed file's unit is missing again.
        try FileManager.default.removeItem(at: setup.inbox.appendingPathComponent(renamed))
        #expect(eventually { missingCodes(jsonSummary(setup.json)).contains("XA03") })
        #expect(eventually { watch.lines.contains("XA03 - Xã Ia Rong: đã xóa tệp, chuyển về chưa nộp") }, "\(watch.lines)")

        // A file that needs fixing names its return list.
        try setup.add("CQ04 - Phòng Văn hóa và Thông tin.xlsx", as: "CQ04 - bản mới.xlsx")
        let list = setup.returnDir.appendingPathComponent("CQ04 - Phòng Văn hóa và Thông tin - can sua.xlsx").path
        #expect(eventually { watch.lines.contains { $0.hasPrefix("CQ04 - Phòng Văn hóa và Thông tin: cần sửa: 2 lỗi, xem \(list)") } },
                "\(watch.lines)")

        #expect(watch.stop() == 0, "Ctrl-C ends the watcher cleanly")
        #expect(temporaryFiles(in: setup.dir.url.appendingPathComponent("out")).isEmpty)
        #expect(watch.stderr.isEmpty, "\(watch.stderr)")
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.inbox.path) where name != Self.xa03 {
            #expect(try Data(contentsOf: setup.inbox.appendingPathComponent(name))
                    == Data(contentsOf: CLI.inbox.appendingPathComponent(name)), "inputs untouched: \(name)")
        }

        // What the watcher wrote from its cache is what consolidate writes from scratch.
        let fresh = try CLI.run([ "consolidate", setup.inbox.path, "--roster", CLI.roster.path, "-q",
                                  "-o", setup.dir.path("fresh.xlsx"), "--json", setup.dir.path("fresh.json"),
                                  "--date", "2024-06-25"])
        #expect(fresh.status == 1)
        #expect(try Data(contentsOf: setup.json) == Data(contentsOf: setup.dir.url.appendingPathComponent("fresh.json")))
        #expect(try Data(contentsOf: setup.report) == Data(contentsOf: setup.dir.url.appendingPathComponent("fresh.xlsx")))
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: setup.returnDir.path)).contains(
            "CQ04 - Phòng Văn hóa và Thông tin - can sua.xlsx"))
    }

    @Test(arguments: [false, true])
    func aFileCopiedInSlowChunksIsReadWhole(polling: Bool) throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        let watch = try WatchProcess(setup.arguments, environment: polling ? ["THIDUA_WATCH_POLL": "0.2"] : [:])
        #expect(eventually { jsonSummary(setup.json) != nil })

        // Half the file, a pause well past the debounce, then the rest — one open file, as a copy is.
        let bytes = try Data(contentsOf: CLI.inbox.appendingPathComponent(Self.xa03))
        let target = setup.inbox.appendingPathComponent(Self.xa03)
        _ = FileManager.default.createFile(atPath: target.path, contents: nil)
        let handle = try FileHandle(forWritingTo: target)
        try handle.write(contentsOf: bytes.prefix(bytes.count / 2))
        #expect(eventually { watch.lines.contains { $0.hasPrefix(Self.xa03 + ": ") } }, "noticed, not read: \(watch.lines)")
        usleep(1_500_000)
        #expect(submission(jsonSummary(setup.json), "XA03") == nil, "a half-copied file is not read")
        try handle.write(contentsOf: bytes.suffix(from: bytes.count / 2))
        try handle.close()

        #expect(eventually { submission(jsonSummary(setup.json), "XA03")?["status"] as? String == "valid" })
        #expect(!watch.lines.contains { $0.contains("XA03") && $0.contains("cần sửa") }, "never read as damaged: \(watch.lines)")
        #expect(watch.stop() == 0)
    }

    @Test func anOutputItCannotWriteIsSaidOnceAndRetried() throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        // Tests run as root, so permissions cannot stop a write: the report's path is a folder.
        try FileManager.default.createDirectory(at: setup.report, withIntermediateDirectories: true)
        let watch = try WatchProcess(setup.arguments, environment: ["THIDUA_WATCH_RETRY": "0.5"])
        #expect(eventually { watch.stderr.contains("sẽ thử lại") || watch.stderr.contains("Sẽ thử lại") }, "\(watch.stderr)")
        #expect(eventually { jsonSummary(setup.json) != nil }, "the other outputs are written")
        usleep(1_500_000)   // several retries
        #expect(watch.stderr.split(separator: "\n").count == 1, "said once, not at every retry: \(watch.stderr)")
        #expect(watch.process.isRunning, "never fatal")

        try FileManager.default.removeItem(at: setup.report)
        #expect(eventually { (try? CLI.readWorkbook(setup.report)) != nil }, "written at the next retry")
        #expect(eventually { watch.lines.contains { $0.hasPrefix("Đã ghi lại được kết quả") } })
        #expect(watch.stop(SIGTERM) == 0, "SIGTERM ends it cleanly too")
        #expect(temporaryFiles(in: setup.dir.url.appendingPathComponent("out")).isEmpty)
    }

    @Test func aFailedWriteIsRetriedAtTheNextChange() throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        try FileManager.default.createDirectory(at: setup.report, withIntermediateDirectories: true)
        let watch = try WatchProcess(setup.arguments, environment: ["THIDUA_WATCH_RETRY": "3600"])
        #expect(eventually { !watch.stderr.isEmpty })
        try FileManager.default.removeItem(at: setup.report)
        try setup.add(Self.xa03)
        #expect(eventually { (try? CLI.readWorkbook(setup.report)) != nil })
        #expect(eventually { submission(jsonSummary(setup.json), "XA03") != nil })
        #expect(watch.stop() == 0)
    }

    @Test func aSecondCtrlCDuringAWriteLeavesAWholeReport() throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        let watch = try WatchProcess(setup.arguments)
        #expect(eventually { jsonSummary(setup.json) != nil })
        try setup.add(Self.xa03)
        usleep(250_000)   // about when the debounce ends and the refresh writes (not a condition: any moment will do)
        #expect(watch.stop(SIGINT, times: 2) == 0)
        #expect(try CLI.readWorkbook(setup.report).sheets.count == 7, "the old or the new report, whole")
        #expect(jsonSummary(setup.json) != nil)
        #expect(temporaryFiles(in: setup.dir.url.appendingPathComponent("out")).isEmpty)
    }

    @Test func quietPrintsOnlyProblemsAndEnglishOnRequest() throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        let watch = try WatchProcess(setup.arguments + ["-q", "--lang", "en"])
        #expect(eventually { jsonSummary(setup.json) != nil })
        try setup.add(Self.xa03)
        try setup.add("CQ04 - Phòng Văn hóa và Thông tin.xlsx", as: "CQ04 - new.xlsx")
        #expect(eventually { watch.lines.contains { $0.hasPrefix("CQ04 - Phòng Văn hóa và Thông tin: needs fixing: 2 errors, see ") } },
                "\(watch.lines)")
        #expect(eventually { submission(jsonSummary(setup.json), "XA03") != nil })
        #expect(watch.stop() == 0)
        #expect(watch.lines.count == 1, "only the problem: \(watch.lines)")
    }

    @Test func outputsInsideTheInboxAreRefusedAsByConsolidate() throws {
        let setup = try Setup()
        defer { setup.dir.remove() }
        let before = try snapshot(setup.inbox)
        let out = try CLI.run(["watch", setup.inbox.path, "-o", setup.inbox.appendingPathComponent("r.xlsx").path])
        #expect(out.status == 2)
        #expect(out.stderr.contains("không ghi kết quả vào thư mục bài nộp"))
        #expect(try snapshot(setup.inbox) == before)
        #expect(try CLI.run(["watch", setup.dir.path("no-such-inbox")]).status == 2)
    }
}
