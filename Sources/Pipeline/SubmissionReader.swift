import Foundation
import Scoring
import SheetModel
import SheetReaders

/// What reading one inbox file produced: its audit record and, when it held a
/// scoring sheet, the unit's result.
public struct FileOutcome: Sendable, Hashable {
    public var record: FileRecord
    public var result: UnitResult?
    /// For an archive: one outcome per entry (see `flattened`).
    public var members: [FileOutcome] = []

    public init(record: FileRecord, result: UnitResult?, members: [FileOutcome] = []) {
        self.record = record
        self.result = result
        self.members = members
    }
}

/// Reads, locates and scores one file. Never throws: every problem becomes a finding.
public struct SubmissionReader: Sendable {
    public let rubric: Rubric
    let plan: LocatorPlan
    /// Verified points of an inspection form, applied to each submission before scoring.
    public let inspection: InspectionPoints?

    /// True when each line's evidence text and cell are kept once scored (the inspection
    /// form shows them).
    public let keepsEvidence: Bool

    public init(rubric: Rubric, inspection: InspectionPoints? = nil, keepsEvidence: Bool = true) {
        self.rubric = rubric
        self.plan = LocatorPlan(rubric: rubric)
        self.inspection = inspection
        self.keepsEvidence = keepsEvidence
    }

    /// Reads a file given by path; `name` is what users see (path relative to the inbox).
    public func process(path: String, name: String, size: Int64, modified: Double?) -> FileOutcome {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: ReadLimits.standard.maxFileBytes)
        } catch {
            let finding = Finding(.error, .fileUnreadable, at: SourceLocation(file: name),
                                  .file(.cannotOpen(SystemFailure(errno: error.code))),
                                  detail: SystemFailure.systemText(error.code))
            return FileOutcome(record: FileRecord(path: name, size: size, status: .invalid,
                                                  reason: finding.message, findings: [finding]), result: nil)
        }
        return process(bytes: bytes, name: name, modified: modified)
    }

    /// Reads bytes already loaded (the benchmark and tests use this directly).
    public func process(bytes: [UInt8], name: String, modified: Double?) -> FileOutcome {
        let sha = SHA256Digest(of: bytes)
        var record = FileRecord(path: name, size: Int64(bytes.count), sha256: sha, status: .invalid)
        let result: ReadResult
        do {
            result = try SheetReader.read(data: bytes, name: name)
        } catch {
            if error.code == .archive { return expandArchive(bytes, name: name, sha: sha, modified: modified) }
            let format = bytes.withUnsafeBytes { SheetReader.sniffFormat($0) }
            let finding = Self.finding(for: error, name: name)
            record.format = format == .unknown ? nil : format.rawValue
            record.status = Self.unsupportedCodes.contains(error.code) ? .unsupported : .invalid
            record.reason = finding.message
            record.findings = [finding]
            return FileOutcome(record: record, result: nil)
        }
        record.format = result.format.rawValue
        record.producer = Self.producer(result.grid.properties)
        var submission = Locator.locate(result.grid, file: name, plan: plan, fileModified: modified)
        submission.findings.insert(contentsOf: result.notes.map { Self.finding(for: $0, name: name) }, at: 0)
        inspection?.apply(to: &submission)
        return FileOutcome(record: record, result: Scorer.score(submission, rubric: rubric, keepingEvidence: keepsEvidence))
    }

    /// Read errors that mean "a format thidua does not read", not a damaged file.
    static let unsupportedCodes: Set<ReadError.Code> = [.legacyXLS, .encrypted, .xlsb, .numbers, .ods, .htmlAsXLS, .xml2003, .unknownFormat]

    /// "Microsoft Excel 16.0300", "LibreOffice/7.4…", from docProps/app.xml.
    static func producer(_ properties: [String: String]) -> String? {
        guard let app = properties["Application"], !app.isEmpty else { return nil }
        if let version = properties["AppVersion"], !version.isEmpty, !app.contains(version) {
            return app + " " + version
        }
        return app
    }
}
