import Catalog
import Scoring
import Testing
import TestSupport

/// Every sentence the workbooks print comes from the catalog: each entry reads as plain
/// Vietnamese (no English word, no camelCase code, no decimal point) and has an English twin.
@Suite struct WorkbookTextTests {
    static let day = DocumentText.Day(year: 2024, month: 1, day: 5)

    static var entries: [any CatalogMessage] {
        var all: [any CatalogMessage] = ReportSheetName.allCases + ReportColumn.allCases
        all += ReportText.SummaryCount.allCases.map { ReportText.count($0) }
        all += [ReportText.summaryTitle, .overview, .rankingSection, .noUnits, .noRoster, .noRosterNote, .yes, .no, .unknown,
                .notSubmitted, .notEligible(reasons: "thiếu minh chứng"), .severity(.error), .severity(.warning),
                .severity(.info), .route(appraiser: "Ban Tổ chức", decider: "Ban Thường vụ"), .routeUnknown,
                .criteriaTitle, .maximum, .average, .shareAtMaximum, .chartsTitle, .noUnitsToChart, .criterion, .share,
                .shareAtMaximumByLine, .acceptedByUnit(shown: 1_234), .acceptedByUnit(shown: nil), .missingTitle,
                .noRosterForMissing, .everyoneSubmitted, .submitted(12, of: 14, missing: 2), .sentUnreadable(files: "a.pdf")]
        all += [ProposalText.title, .collective, .individuals, .ineligible, .noUnit, .noNominee, .none,
                .level("Tốt", quota: 2, proposed: 1, toFill: 1, tied: 1_500, open: 1), .tie(places: 1, units: 2, rank: 3),
                .tied(levels: "Tốt hoặc Khá"), .quota(5, nominated: 8, aboveQuota: true)]
        all += [FixText.title, .howItIsGrouped, .nothingToFix, .group("XA01 - Xã Ia Le", errors: 2, warnings: 1, contact: nil),
                .contact(preparer: "Nguyễn Văn An", phone: "0269"), .inspectionForm(path: "phieu.xlsx"), .wholeBatch]
        all += FileRecord.Status.allCases.map { AuditText.status($0) }
        all += [AuditText.title, .noFiles, .rubricID, .rubricFile, .rubricSHA256, .thiduaVersion,
                .rubric(id: "seed", version: "1"), .inspectionForm, .inspectionSHA256, .verifiedApplied,
                .applied(lines: 3, units: 2)]
        all += [ReturnListText.title, .documentTitle(unit: "Xã Ia Le"), .to(unit: "Xã Ia Le", code: "XA06"),
                .fileReceived("XA06.xlsx"), .checked(errors: 1, warnings: 2, outcome: .notRankedUntilFixed),
                .checked(errors: 0, warnings: 1, outcome: .notEligible("tiêu chí 6 được 0 điểm")),
                .checked(errors: 0, warnings: 1, outcome: .ranked), .pleaseCorrect, .nothingToFix]
        all += [FormText.title, .documentTitle(plan: "142-KH/HU"), .howToFill, .noUnit, .headOfTeam, .signatureHint,
                .verifiedTitle, .verifiedPrompt, .invalidTitle, .invalidMessage]
        all += [DocumentText.placeDate(place: "Chu Puh", date: day), .placeDate(place: "", date: nil), .date(day),
                .planLine(number: "142-KH/HU", date: "2023-06-15", shortTitle: "Thi đua"), .pageFooter,
                .reportTitle(plan: "142-KH/HU"), .reportKeywords(rubric: "seed"), .formKeywords(rubric: "seed"),
                .templateTitle(plan: "142-KH/HU"), .templateKeywords(rubric: "seed"), .templateComments]
        all += [TemplateText.title, .basis(plan: "142-KH/HU", date: day, period: "Từ tháng 6"), .planScale, .unitPart,
                .inspectionTeam, .criterion("Tiêu chí", met: "Có.", notMet: "Không."), .linesLeft(3), .allLinesScored(14)]
        all += ItemKind.allCases.map { TemplatePrompt.claimedMessage($0, max: 7.5) }
        all += [TemplatePrompt.unitNameTitle, .unitNameMessage, .unitCodeTitle, .unitCodeMessage, .unitTypeTitle,
                .unitTypeMessage(types: ["Tổ chức đảng"]), .unitTypeErrorTitle, .unitTypeError, .dateTitle, .dateMessage,
                .dateErrorTitle, .dateError(from: "15/06/2023", to: "31/12/2025"), .preparerTitle, .preparerMessage,
                .phoneTitle, .phoneMessage, .claimedTitle(max: 7.5), .invalidPointsTitle, .claimedError(line: "4a", max: 7.5),
                .verifiedTitle, .verifiedMessage(max: 7.5), .verifiedError(line: "4a", max: 7.5), .evidenceTitle,
                .evidenceMessage, .noteTitle, .noteMessage, .countTitle, .countMessage, .countErrorTitle, .countError,
                .ratingTitle, .ratingMessage, .ratingErrorTitle, .ratingError, .nameTitle, .nameMessage, .positionTitle,
                .positionMessage, .achievementsTitle, .achievementsMessage, .partyMemberTitle,
                .partyMemberMessage(yes: "Có", no: "Không"), .invalidTitle, .partyMemberError(yes: "Có", no: "Không")]
        all += [InstructionText.basis(plan: "142-KH/HU", date: day, period: "Từ tháng 6"), .inputCells,
                .header(sheet: "Tự chấm điểm", personal: true), .header(sheet: "Tự chấm điểm", personal: false),
                .evidenceColumn, .counts(block: "Số liệu", labels: ["Số đảng viên"], rating: "Tự xếp loại", computed: ["5"]),
                .nominees(block: "Đề nghị khen thưởng cá nhân"), .verifiedColumn, .keepTheLayout, .saveAs, .closing]
        all += [LimitText.rowsLeftOut(1_234, max: 1_048_576), .cutCell("F120", sheet: "Cần sửa")]
        return all
    }

    @Test func everyWorkbookSentenceReadsAsVietnamese() {
        for entry in Self.entries {
            #expect(VietnameseTextCheck.problems(in: entry.vi).isEmpty, "\(entry): \(VietnameseTextCheck.problems(in: entry.vi))")
            #expect(!entry.en.isEmpty && (entry.en != entry.vi || entry is ReportColumn || entry is DocumentText
                                          || entry is ReportText), "\(entry)")
        }
    }

    @Test func numbersAreWrittenTheVietnameseWay() {
        #expect(ReportText.acceptedByUnit(shown: 1_234).vi.contains("1.234 đơn vị"))
        #expect(ProposalText.level("Tốt", quota: 2, proposed: 1, toFill: 1, tied: 1_500, open: 0).vi.contains("trong 1.500 đơn vị"))
        #expect(TemplatePrompt.claimedTitle(max: 7.5).vi == "Điểm tự chấm (tối đa 7,5)")
        #expect(InstructionText.claimedColumn(maxTotal: 100).vi.contains("(tối đa 100 điểm)"))
    }
}
