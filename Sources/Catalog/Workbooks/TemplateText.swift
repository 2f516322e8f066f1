import Scoring

/// The words of the template's scoring sheet that are not the readers' vocabulary
/// (`SheetLabels`): its title, the plan's basis, the items table's group row, the
/// "met / not met" lines and the total's check (the inputs' prompts are `TemplatePrompt`).
/// Templates are printed in Vietnamese (`vi`); `en` says the same in English.
public enum TemplateText: CatalogMessage {
    case title
    /// `(Theo Kế hoạch số … ngày …; thời gian thi đua: …)`.
    case basis(plan: String, date: DocumentText.Day?, period: String)
    case planScale, unitPart, inspectionTeam
    /// A criterion with what "met" and "not met" mean, each on a line of its own.
    case criterion(String, met: String, notMet: String)
    /// The total's check, before the sheet recalculates it.
    case linesLeft(Int), allLinesScored(Int)
    /// The same check as a live formula: `blank` counts the empty claims, `rows` the lines.
    case scoreCheckFormula(blank: String, rows: String)

    public var vi: String {
        switch self {
        case .title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA"
        case .basis(let plan, let date, let period):
            "(Theo Kế hoạch số \(plan)" + (date.map { " " + DocumentText.date($0).vi } ?? "")
                + "; thời gian thi đua: \(period.lowercasedFirst))"
        case .planScale: "Thang điểm (theo Kế hoạch)"
        case .unitPart: "Phần đơn vị tự chấm"
        case .inspectionTeam: "Đoàn kiểm tra"
        case .criterion(let text, let met, let notMet):
            text + (met.isEmpty ? "" : "\n– Đạt: " + met.trimmedPeriod)
                + (notMet.isEmpty ? "" : "\n– Không đạt: " + notMet.trimmedPeriod)
        case .linesLeft(let n): "Còn \(n) dòng chưa tự chấm"
        case .allLinesScored(let n): "Đã tự chấm đủ \(n) dòng"
        case .scoreCheckFormula(let blank, let rows):
            "IF(\(blank)>0,\"Còn \"&\(blank)&\" dòng chưa tự chấm\",\"Đã tự chấm đủ \"&\(rows)&\" dòng\")"
        }
    }

    public var en: String {
        switch self {
        case .title: "EMULATION SELF-SCORING SHEET"
        case .basis(let plan, let date, let period):
            "(Under plan No. \(plan)" + (date.map { " of " + DocumentText.date($0).en } ?? "")
                + "; emulation period: \(period.lowercasedFirst))"
        case .planScale: "Scale (from the plan)"
        case .unitPart: "Scored by the unit"
        case .inspectionTeam: "Inspection team"
        case .criterion(let text, let met, let notMet):
            text + (met.isEmpty ? "" : "\n– Met: " + met.trimmedPeriod)
                + (notMet.isEmpty ? "" : "\n– Not met: " + notMet.trimmedPeriod)
        case .linesLeft(let n): "\(n) line(s) not scored yet"
        case .allLinesScored(let n): "All \(n) lines scored"
        case .scoreCheckFormula(let blank, let rows):
            "IF(\(blank)>0,\(blank)&\" line(s) not scored yet\",\"All \"&\(rows)&\" lines scored\")"
        }
    }
}

extension String {
    /// Without a final period (so "… minh chứng." reads well before other text).
    var trimmedPeriod: String { hasSuffix(".") ? String(dropLast()) : self }

    /// `Từ tháng 6` → `từ tháng 6`.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
