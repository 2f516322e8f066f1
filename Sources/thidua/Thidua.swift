import ArgumentParser

/// The `thidua` command: subcommands for each step of a campaign.
@main
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Tổng hợp, chấm điểm và xếp hạng thi đua từ các bảng tự chấm điểm của đơn vị.",
        subcommands: [InspectCommand.self]
    )
}
