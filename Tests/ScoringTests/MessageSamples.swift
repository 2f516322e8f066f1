@testable import Scoring

/// One sample of every message case of every domain, with realistic arguments (the seed
/// rubric's labels, decimals that need a comma, large counts). `names` lists the cases an
/// exhaustive switch can return; a new case does not compile until it is named there,
/// and the catalog test fails until it has a sample.
enum MessageSamples {
    static let line: [LineMessage] = [
        .unknownCode(written: "13"), .noLines, .missing(line: "4a", criterion: "Có văn bản lãnh đạo, chỉ đạo…"),
        .duplicated(line: "5"), .claimMissing(line: "7", max: 5, uncomputedFormula: false),
        .claimMissing(line: "7", max: 5, uncomputedFormula: true), .claimNotANumber(line: "1", written: "đạt", max: 5),
        .claimAmbiguous(line: "2", written: "1.234"), .claimNegative(line: "3", claimed: -2.5, max: 10),
        .claimAboveMax(line: "2", claimed: 12.5, max: 10), .verifiedOutOfRange(line: "9b", written: "7.5", max: 5),
        .partialBinary(line: "9b", claimed: 2.5, max: 5),
        .computedDiffers(line: "5", claimed: 8, computed: 7.78, how: ratio),
        .computedDiffers(line: "12", claimed: 10, computed: 0, how: threshold),
        .verifiedDiffers(line: "10", verified: 4.5, claimed: 8), .noEvidence(line: "11", points: 7.5),
        .evidenceSaysNone(line: "11", points: 7.5, written: "Không"), .totalDiffers(written: 99.5, sum: 97.25),
        .formulaCached(text: "7.5", number: 7.5), .formulaCached(text: "", number: nil),
        .formulaCached(text: "Đạt", number: nil),
    ]
    static let ratio = Computation.ratio(numerator: "số bản cam kết", numeratorValue: 35, denominator: "tổng số",
                                         denominatorValue: 36, max: 8, value: 7.78)
    static let threshold = Computation.threshold([
        .rating(have: "Hoàn thành nhiệm vụ", need: "Hoàn thành tốt nhiệm vụ", met: false),
        .share(parts: ["số người hoàn thành xuất sắc"], whole: "tổng số", sum: 1, of: 35, atLeast: 0.2, met: false),
        .share(parts: ["số người hoàn thành xuất sắc", "số người hoàn thành tốt"], whole: "tổng số", sum: 30, of: 35,
               atLeast: 0.8, met: true),
    ])

    static let count: [CountMessage] = [
        .notANumber(label: "Tổng số cán bộ, đảng viên, công chức, viên chức", written: "ba mươi"),
        .notWhole(label: "Số người hoàn thành tốt nhiệm vụ", value: 2.5),
        .partAboveWhole(part: "Số bản cam kết không vi phạm 27 biểu hiện đã ký", partValue: 1_250,
                        whole: "Tổng số cán bộ, đảng viên, công chức, viên chức", wholeValue: 1_200),
        .sumAboveWhole(parts: ["Số người hoàn thành xuất sắc nhiệm vụ", "Số người hoàn thành tốt nhiệm vụ"], sum: 18,
                       whole: "Tổng số cán bộ, đảng viên, công chức, viên chức", wholeValue: 15),
        .zeroWhole(label: "Tổng số cán bộ, đảng viên, công chức, viên chức", line: "5"),
        .missing(line: "12", labels: ["Số người hoàn thành tốt nhiệm vụ"], rating: true),
        .missing(line: "5", labels: ["Số bản cam kết không vi phạm 27 biểu hiện đã ký"], rating: false),
        .ratingUnreadable(written: "Tốt", levels: ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"]),
    ]

    static let header: [HeaderMessage] = [
        .unitNameMissing(label: "Tên đơn vị"), .unitTypeUnknown(written: "Xã", types: ["Tổ chức đảng", "Địa phương"]),
        .periodMismatch(written: "2022-2023", plan: "Từ tháng 6 năm 2023 đến tháng 6 năm 2024"),
        .periodUnreadable(written: "Năm nay", plan: "Từ tháng 6 năm 2023 đến tháng 6 năm 2024"),
        .dateUnreadable(written: "32/13/2024"), .nomineeNameMissing,
        .partyMemberUnclear(name: "Nguyễn Văn Hùng", written: "?", yes: "Có", no: "Không"),
    ]

    static let locator: [LocatorMessage] = [
        .noScoringTable(file: "bao-cao.xlsx", template: "Mau-tu-cham-diem.xlsx"),
        .wrongSheetSaved(saved: .instructions, sheetName: "Hướng dẫn", scoringSheet: "Tự chấm điểm"),
        .wrongSheetSaved(saved: .meta, sheetName: "Hướng dẫn", scoringSheet: "Tự chấm điểm"),
        .otherPlan(found: "150-KH/HU", planNumber: "142-KH/HU", template: "Mau-tu-cham-diem.xlsx"),
        .unknownItem(written: "13", claimed: true), .unknownItem(written: "13", claimed: false), .duplicateItem(code: "4a"),
    ]

    static let file: [FileMessage] = ReadFailure.allCases.map { .unreadable($0) }
        + ReadNoteKind.allCases.map { .note($0) }
        + [.cannotOpen(.notFound), .cannotOpen(.permissionDenied), .cannotOpen(.other(71))]
        + [.readerStopped(.crashed), .readerStopped(.timedOut(seconds: 30)), .readerStopped(.unavailable)]
        + SkipReason.allCases.map { .skipped($0) } + [.newerFileUsed, .hasErrors]

    static let systemFailures: [SystemFailure] = [.notFound, .permissionDenied, .isDirectory, .notDirectory, .noSpace,
                                                  .readOnly, .busy, .nameTooLong, .tooManyOpenFiles, .hardware, .other(71)]

    static let roster: [RosterMessage] = [
        .noHeader(file: "don-vi.csv"), .noCode(name: "Xã Ia Blứ"), .noName(code: "XA09"),
        .duplicateCode(code: "XA01", firstCell: "A3"), .unknownType(written: "Huyện", types: ["Tổ chức đảng", "Địa phương"]),
        .notOnRoster(unit: "Xã Ia Phan", suggestedName: "Xã Ia Phang", suggestedCode: "XA07"),
        .notOnRoster(unit: "Xã Ia Phan", suggestedName: nil, suggestedCode: nil), .typeDiffers(rosterType: "Cơ quan, đơn vị"),
    ]

    static let tie = TieNote(units: 1_240, rank: 3, shares: [.init(places: 1, level: "Xuất sắc"),
                                                             .init(places: 2, level: "Tốt"), .init(places: 3, level: "Khá")])
    static let consolidation: [ConsolidationMessage] = [
        .superseded(newer: "XA07 - Xã Ia Phang (lần 2).xlsx"), .tie(tie),
        .tieAtQuota(tie, names: NameList((1...1_240).map { "Đơn vị \($0)" })),
        .nomineesAboveQuota(count: 1_008, quota: 5), .ineligibleSuperseded(by: "XA07 (lần 2).xlsx"),
        .ineligibleErrors(count: 2), .ineligibleLines(codes: ["3", "7", "9b"]), .ineligiblePeriod(written: "2022-2023"),
    ]

    static let rubric: [RubricMessage] = [
        .notUTF8, .empty, .syntax(.indentation), .syntax(.badCharacter), .syntax(.colonInValue), .syntax(.missingColon),
        .syntax(.unclosedQuote), .syntax(.other), .schemaTooNew(found: 3, supported: 1), .expectedMapping,
        .expectedList, .expectedText, .expectedNumber(written: "tám"), .expectedWhole(written: "2.5"),
        .expectedBool(written: "có"), .unknownKey(key: "maxx", allowed: ["code", "max"]), .duplicateKey(key: "max"),
        .missingKey(key: "text"), .invalidMonth(written: "6/2023"), .periodReversed, .unknownKind(written: "mixed"),
        .unknownEvidenceRule(written: "maybe"), .emptyNoneText, .noItems, .emptyItemCode,
        .duplicateItemCode(code: "4a", firstPosition: 4, firstCode: "4a"), .maxNotPositive(line: "4a", max: -1.5),
        .ratioIncomplete(line: "5"), .thresholdIncomplete(line: "12"),
        .unknownRating(rating: "great", known: ["excellent", "good"]), .shareWithoutCounts,
        .shareOutOfRange(value: 1.5), .unknownCount(key: "member", known: ["staff", "pledges"]), .totalNotPositive,
        .totalMismatch(sum: 99.5, total: 100, lines: ["1", "2"], maxima: [4.5, 10]),
        .duplicateCode(code: "good", list: "ratings"), .unknownRoute(route: "gov", known: ["party", "government"]),
        .negativeQuota(count: -1), .negativeIndividuals(count: -2),
    ]

    static let output: [OutputMessage] = [
        .cannotWrite(.report, path: "/tmp/BaoCaoTongHop.xlsx", cause: .system(.noSpace)),
        .cannotWrite(.json, path: "/tmp/ket-qua.json", cause: .system(.permissionDenied)),
        .cannotWrite(.returnLists, path: "/tmp/tra-lai", cause: .workbook),
        .cannotWrite(.templates, path: "/tmp/mau", cause: .unknown),
        .cannotReadInbox(path: "bai-nop/", cause: .system(.notFound)),
        .cannotStartReaders, .cannotReadRoster(path: "don-vi.xls", failure: .legacyXLS), .rosterHasErrors(path: "don-vi.csv"),
        .cannotReadRubric(path: "thang-diem.yaml"), .returnListClash(name: "XA01 - Xã Ia Hrú - can sua.xlsx"),
        .reportShortened(path: "BaoCaoTongHop.xlsx", cutCells: 2, first: "F120 (trang Cần sửa)", droppedRows: 0),
        .reportShortened(path: "BaoCaoTongHop.xlsx", cutCells: 0, first: nil, droppedRows: 1_204),
    ]

    static let input: [InputMessage] = [
        .legacyFontConverted(encoding: "tcvn3", count: 3), .legacyFontConverted(encoding: "vni", count: 1),
        .archiveWithoutSpreadsheet(names: ["minh-chung.pdf", "anh.jpg"], count: 7),
        .archiveWithoutSpreadsheet(names: [], count: 0), .archiveTooDeep, .archiveEntryNotSpreadsheet,
    ]

    static let form: [FormMessage] = [
        .notANumber(unit: "XA01", line: "4a", value: "đạt", max: 3), .ambiguous(unit: "XA01", line: "5", value: "1.234", max: 8),
        .outOfRange(unit: "XA01", line: "4a", value: 7, max: 3), .lineUnknown(unit: "XA01", line: "13"), .rowIncomplete,
        .duplicateRow(unit: "XA01", line: "4a"), .otherRubric(found: "148-KH/HU", expected: "142-KH/HU"), .noMetaSheet,
        .unitNotInInbox(unit: "XA09", points: 3), .unitFileChanged(unit: "XA01", file: "XA01 - Thị trấn Nhơn Hòa.xlsx"),
        .lineNotInFile(unit: "XA01", line: "9b"), .overridesFile(line: "4a", form: 2.5, file: "3", fileCell: "G14"),
        .overridesFile(line: "4a", form: 2.5, file: "3", fileCell: nil),
        .cannotOpen(file: "PhieuKiemTra.xlsx"), .unreadable(file: "PhieuKiemTra.xlsx", reason: .corruptZip),
        .notAForm(file: "BaoCao.xlsx"), .insideInbox(option: "--inspected", path: "bai-nop/PhieuKiemTra.xlsx"),
        .applied(file: "PhieuKiemTra.xlsx", points: 12, units: 3, errors: 1, warnings: 2),
        .written(path: "/tmp/PhieuKiemTra.xlsx"), .wouldOverwrite(path: "PhieuKiemTra.xlsx", unit: "XA01", line: "4a"),
    ]

    static let readNote: [ReadNoteMessage] = [.cellTooLong(characters: 40_000)]

    /// Every sample, as the `Message` a finding would carry.
    static var all: [Message] {
        line.map(Message.line) + count.map(Message.count) + header.map(Message.header) + locator.map(Message.locator)
            + file.map(Message.file) + roster.map(Message.roster) + consolidation.map(Message.consolidation)
            + rubric.map(Message.rubric) + output.map(Message.output) + input.map(Message.input)
            + form.map(Message.form) + readNote.map(Message.readNote)
    }

    /// The case name of a message (an exhaustive switch per domain: a new case must be named here).
    static func name(_ m: Message) -> String {
        switch m {
        case .line(let l):
            switch l {
            case .unknownCode: return "line.unknownCode"
            case .noLines: return "line.noLines"
            case .missing: return "line.missing"
            case .duplicated: return "line.duplicated"
            case .claimMissing: return "line.claimMissing"
            case .claimNotANumber: return "line.claimNotANumber"
            case .claimAmbiguous: return "line.claimAmbiguous"
            case .claimNegative: return "line.claimNegative"
            case .claimAboveMax: return "line.claimAboveMax"
            case .verifiedOutOfRange: return "line.verifiedOutOfRange"
            case .partialBinary: return "line.partialBinary"
            case .computedDiffers: return "line.computedDiffers"
            case .verifiedDiffers: return "line.verifiedDiffers"
            case .noEvidence: return "line.noEvidence"
            case .evidenceSaysNone: return "line.evidenceSaysNone"
            case .totalDiffers: return "line.totalDiffers"
            case .formulaCached: return "line.formulaCached"
            }
        case .count(let c):
            switch c {
            case .notANumber: return "count.notANumber"
            case .notWhole: return "count.notWhole"
            case .partAboveWhole: return "count.partAboveWhole"
            case .sumAboveWhole: return "count.sumAboveWhole"
            case .zeroWhole: return "count.zeroWhole"
            case .missing: return "count.missing"
            case .ratingUnreadable: return "count.ratingUnreadable"
            }
        case .header(let h):
            switch h {
            case .unitNameMissing: return "header.unitNameMissing"
            case .unitTypeUnknown: return "header.unitTypeUnknown"
            case .periodMismatch: return "header.periodMismatch"
            case .periodUnreadable: return "header.periodUnreadable"
            case .dateUnreadable: return "header.dateUnreadable"
            case .nomineeNameMissing: return "header.nomineeNameMissing"
            case .partyMemberUnclear: return "header.partyMemberUnclear"
            }
        case .locator(let l):
            switch l {
            case .noScoringTable: return "locator.noScoringTable"
            case .wrongSheetSaved: return "locator.wrongSheetSaved"
            case .otherPlan: return "locator.otherPlan"
            case .unknownItem: return "locator.unknownItem"
            case .duplicateItem: return "locator.duplicateItem"
            }
        case .file(let f):
            switch f {
            case .unreadable(let r): return "file.unreadable." + r.rawValue
            case .note(let n): return "file.note." + n.rawValue
            case .cannotOpen: return "file.cannotOpen"
            case .readerStopped: return "file.readerStopped"
            case .skipped(let s): return "file.skipped." + s.rawValue
            case .newerFileUsed: return "file.newerFileUsed"
            case .hasErrors: return "file.hasErrors"
            }
        case .roster(let r):
            switch r {
            case .noHeader: return "roster.noHeader"
            case .noCode: return "roster.noCode"
            case .noName: return "roster.noName"
            case .duplicateCode: return "roster.duplicateCode"
            case .unknownType: return "roster.unknownType"
            case .notOnRoster: return "roster.notOnRoster"
            case .typeDiffers: return "roster.typeDiffers"
            }
        case .consolidation(let c):
            switch c {
            case .superseded: return "consolidation.superseded"
            case .tie: return "consolidation.tie"
            case .tieAtQuota: return "consolidation.tieAtQuota"
            case .nomineesAboveQuota: return "consolidation.nomineesAboveQuota"
            case .ineligibleSuperseded: return "consolidation.ineligibleSuperseded"
            case .ineligibleErrors: return "consolidation.ineligibleErrors"
            case .ineligibleLines: return "consolidation.ineligibleLines"
            case .ineligiblePeriod: return "consolidation.ineligiblePeriod"
            }
        case .rubric(let r):
            switch r {
            case .notUTF8: return "rubric.notUTF8"
            case .empty: return "rubric.empty"
            case .syntax: return "rubric.syntax"
            case .schemaTooNew: return "rubric.schemaTooNew"
            case .expectedMapping: return "rubric.expectedMapping"
            case .expectedList: return "rubric.expectedList"
            case .expectedText: return "rubric.expectedText"
            case .expectedNumber: return "rubric.expectedNumber"
            case .expectedWhole: return "rubric.expectedWhole"
            case .expectedBool: return "rubric.expectedBool"
            case .unknownKey: return "rubric.unknownKey"
            case .duplicateKey: return "rubric.duplicateKey"
            case .missingKey: return "rubric.missingKey"
            case .invalidMonth: return "rubric.invalidMonth"
            case .periodReversed: return "rubric.periodReversed"
            case .unknownKind: return "rubric.unknownKind"
            case .unknownEvidenceRule: return "rubric.unknownEvidenceRule"
            case .emptyNoneText: return "rubric.emptyNoneText"
            case .noItems: return "rubric.noItems"
            case .emptyItemCode: return "rubric.emptyItemCode"
            case .duplicateItemCode: return "rubric.duplicateItemCode"
            case .maxNotPositive: return "rubric.maxNotPositive"
            case .ratioIncomplete: return "rubric.ratioIncomplete"
            case .thresholdIncomplete: return "rubric.thresholdIncomplete"
            case .unknownRating: return "rubric.unknownRating"
            case .shareWithoutCounts: return "rubric.shareWithoutCounts"
            case .shareOutOfRange: return "rubric.shareOutOfRange"
            case .unknownCount: return "rubric.unknownCount"
            case .totalNotPositive: return "rubric.totalNotPositive"
            case .totalMismatch: return "rubric.totalMismatch"
            case .duplicateCode: return "rubric.duplicateCode"
            case .unknownRoute: return "rubric.unknownRoute"
            case .negativeQuota: return "rubric.negativeQuota"
            case .negativeIndividuals: return "rubric.negativeIndividuals"
            }
        case .output(let o):
            switch o {
            case .cannotWrite: return "output.cannotWrite"
            case .cannotReadInbox: return "output.cannotReadInbox"
            case .cannotStartReaders: return "output.cannotStartReaders"
            case .cannotReadRoster: return "output.cannotReadRoster"
            case .rosterHasErrors: return "output.rosterHasErrors"
            case .cannotReadRubric: return "output.cannotReadRubric"
            case .returnListClash: return "output.returnListClash"
            case .reportShortened: return "output.reportShortened"
            }
        case .input(let i):
            switch i {
            case .legacyFontConverted: return "input.legacyFontConverted"
            case .archiveWithoutSpreadsheet: return "input.archiveWithoutSpreadsheet"
            case .archiveTooDeep: return "input.archiveTooDeep"
            case .archiveEntryNotSpreadsheet: return "input.archiveEntryNotSpreadsheet"
            }
        case .form(let f):
            switch f {
            case .notANumber: return "form.notANumber"
            case .ambiguous: return "form.ambiguous"
            case .outOfRange: return "form.outOfRange"
            case .lineUnknown: return "form.lineUnknown"
            case .rowIncomplete: return "form.rowIncomplete"
            case .duplicateRow: return "form.duplicateRow"
            case .otherRubric: return "form.otherRubric"
            case .noMetaSheet: return "form.noMetaSheet"
            case .unitNotInInbox: return "form.unitNotInInbox"
            case .unitFileChanged: return "form.unitFileChanged"
            case .lineNotInFile: return "form.lineNotInFile"
            case .overridesFile: return "form.overridesFile"
            case .cannotOpen: return "form.cannotOpen"
            case .unreadable: return "form.unreadable"
            case .notAForm: return "form.notAForm"
            case .insideInbox: return "form.insideInbox"
            case .applied: return "form.applied"
            case .written: return "form.written"
            case .wouldOverwrite: return "form.wouldOverwrite"
            }
        case .readNote(let r):
            switch r {
            case .cellTooLong: return "readNote.cellTooLong"
            }
        }
    }

    /// Case names the switch above can return: the string literals it returns, read from this
    /// file, plus the names built from each enumerable kind.
    static let expectedNames: Set<String> = {
        let source = (try? String(contentsOfFile: #filePath, encoding: .utf8)) ?? ""
        let parts = source.components(separatedBy: "static func name(_ m: Message)")
        let body = parts.count > 1 ? parts[1] : ""
        var names = Set(body.components(separatedBy: "return \"").dropFirst().compactMap { part -> String? in
            let name = part.prefix { $0 != "\"" }
            return name.hasSuffix(".") ? nil : String(name)
        })
        names.formUnion(ReadFailure.allCases.map { "file.unreadable." + $0.rawValue })
        names.formUnion(ReadNoteKind.allCases.map { "file.note." + $0.rawValue })
        names.formUnion(SkipReason.allCases.map { "file.skipped." + $0.rawValue })
        return names
    }()
}
