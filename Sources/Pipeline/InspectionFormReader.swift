import Foundation
import Scoring
import SheetModel
import SheetReaders

/// An inspection form read back with `--inspected`, before the inbox is read: its
/// points (given to `SubmissionReader`) and its file's audit facts.
public struct LoadedInspectionForm: Sendable {
    /// The points and their matching rule.
    public let points: InspectionPoints
    /// File, hash and format; `review` adds the counts and the findings.
    public let record: InspectionRecord

    /// The record completed after consolidation: the form's own findings, the reader's
    /// notes, and how the form met the inbox (`InspectionReview`).
    public func review(_ result: Batch.Result) -> InspectionRecord {
        let outcome = InspectionReview.review(points, consolidation: result.consolidation, files: result.files)
        var r = record
        r.applied = outcome.applied
        r.units = outcome.units
        r.findings += outcome.findings
        return r
    }
}

/// Reads the `--inspected` file through the same readers as submissions (xlsx, csv…).
public enum InspectionFormReader {
    /// Why the form cannot be used at all: a configuration error (exit 2).
    public struct Failure: Error, Sendable {
        /// What to tell the clerk (names the file).
        public var message: Message
        /// The system's or reader's raw text, for `--verbose`.
        public var detail: String?
    }

    /// The readers' bounds for a form: one row per unit and line, so a form for 10,000
    /// units holds ten times the cells a unit's sheet may; the other bounds are the standard ones.
    public static let limits: ReadLimits = {
        var l = ReadLimits.standard
        l.maxCellsPerSheet = 3_000_000        // about 19,000 units of 14 lines, 11 columns
        l.maxCellsPerFile = 3_200_000
        l.maxExtentCells = 12_000_000         // Excel's rows × the form's columns
        l.maxSharedStrings = 3_000_000
        l.maxEntryBytes = 256 << 20
        l.maxTotalInflatedBytes = 320 << 20
        return l
    }()

    /// Reads and locates the form at `path` for `rubric`.
    /// - Throws: `Failure` when the file cannot be opened, is not a spreadsheet thidua
    ///   reads, or holds no inspection form table.
    public static func read(path: String, rubric: Rubric) throws(Failure) -> LoadedInspectionForm {
        let name = (path as NSString).lastPathComponent
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: limits.maxFileBytes)
        } catch {
            throw Failure(message: .form(.cannotOpen(file: path)), detail: SystemFailure.systemText(error.code))
        }
        let result: ReadResult
        do {
            result = try SheetReader.read(data: bytes, name: name, options: ReadOptions(limits: limits))
        } catch {
            throw Failure(message: .form(.unreadable(file: path, reason: ReadFailure(code: error.code.rawValue))),
                          detail: [error.part, error.detail].compactMap { $0 }.joined(separator: " — "))
        }
        guard var form = InspectionFormLocator.locate(result.grid, file: name, rubric: rubric) else {
            throw Failure(message: .form(.notAForm(file: path)), detail: nil)
        }
        form.findings.insert(contentsOf: result.notes.map { SubmissionReader.finding(for: $0, name: name) }, at: 0)
        let sha = SHA256Digest(of: bytes).hex
        let record = InspectionRecord(path: name, size: Int64(bytes.count), sha256: sha,
                                      format: result.format.rawValue, rubricID: form.rubricID, findings: form.findings)
        return LoadedInspectionForm(points: InspectionPoints(form), record: record)
    }
}
