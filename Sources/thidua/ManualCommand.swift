import ArgumentParser
// Not a product of swift-argument-parser (1.8.2 exports only ArgumentParser): the module is
// built as ArgumentParser's own dependency and imported from there, as its generate-manual does.
import ArgumentParserToolInfo
import Foundation
import Scoring
import Catalog

/// `thidua manual [--lang vi|en]`: prints thidua's man page (roff, section 1) built from
/// the command help. Hidden: `make dist` calls it to write `thidua.1` for the package.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: ManualMessage.abstract.vi,
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let tool = try JSONDecoder().decode(ToolInfoV0.self, from: Data(Thidua._dumpHelp().utf8))
        let page = ManualPage(tool: tool, language: global.lang, version: ThiduaVersion.current,
                              date: Self.pageDate(ProcessInfo.processInfo.environment))
        print(page.render(), terminator: "")
    }

    /// The page's date: `SOURCE_DATE_EPOCH` when set (so a package build is reproducible), else today (UTC).
    static func pageDate(_ environment: [String: String]) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02d", day.year ?? 1970, day.month ?? 1, day.day ?? 1)
    }
}
