import Scoring
import SheetModel
import SheetReaders

extension FileOutcome {
    /// What the batch consolidates and the audit lists: this outcome, or for an archive its
    /// entries' outcomes (the archive's own record too when it carries a finding).
    public var flattened: [FileOutcome] {
        guard !members.isEmpty else { return [self] }
        return (record.findings.isEmpty ? [] : [self]) + members.flatMap(\.flattened)
    }
}

extension SubmissionReader {
    /// Shown between an archive's name and an entry's: `bai-nop.zip › DB01.xlsx`.
    public static let archiveSeparator = " › "

    /// Names (lower case, after the last dot) that are never spreadsheets: evidence scans,
    /// photos, text documents. They are listed, not read.
    static let notSpreadsheetExtensions: Set<String> = [
        "pdf", "doc", "docx", "docm", "odt", "rtf", "ppt", "pptx", "odp", "jpg", "jpeg", "png", "gif",
        "bmp", "tif", "tiff", "heic", "webp", "svg", "mp3", "mp4", "mov", "avi", "wav", "exe", "dll",
    ]

    /// An archive of files (SPEC §3.1): every spreadsheet inside is a submission named
    /// `archive › entry`, read from memory like an inbox file; an archive inside it is
    /// opened once more (one level); hidden, lock and `__MACOSX` entries are skipped as in
    /// the inbox; an archive without any spreadsheet is an error naming what it held.
    func expandArchive(_ bytes: [UInt8], name: String, sha: SHA256Digest, modified: Double?, depth: Int = 0) -> FileOutcome {
        var container = FileRecord(path: name, size: Int64(bytes.count), sha256: sha, status: .unsupported)
        let archive: FileArchive
        do throws(ReadError) {
            guard let opened = try FileArchive.open(bytes, name: name, limits: .standard) else {
                throw ReadError(.unknownFormat, file: name)
            }
            archive = opened
        } catch {
            return failure(error, record: container)
        }
        container.format = archive.format.rawValue
        var members: [FileOutcome] = []
        var listed: [String] = []
        var read = 0
        var skippedFolders: Set<String> = []
        var used: Set<String> = []
        do throws(ReadError) {
            try archive.forEach { (entry, data) throws(ReadError) in
                guard !entry.isDirectory else { return }
                listed.append(entry.name)
                let display = Self.unique(name + Self.archiveSeparator + entry.name, &used)
                if let folder = Self.hiddenFolder(entry.name) {
                    guard skippedFolders.insert(folder).inserted else { return }
                    members.append(Self.skipped(name + Self.archiveSeparator + folder, 0, .file(.skipped(.hiddenFolder))))
                    return
                }
                let base = String(entry.name.split(separator: "/").last ?? Substring(entry.name))
                let size = Int64(entry.size)
                if let reason = InboxScanner.skipReason(base) {
                    members.append(Self.skipped(display, size, .file(.skipped(reason))))
                    return
                }
                if Self.isNotSpreadsheet(base) {
                    members.append(Self.skipped(display, size, .input(.archiveEntryNotSpreadsheet)))
                    return
                }
                read += 1
                do throws(ReadError) {
                    members += processMember(try data(), name: display, modified: modified, depth: depth)
                } catch {
                    members.append(failure(error, record: FileRecord(path: display, size: size, status: .invalid)))
                }
            }
        } catch {
            // The archive broke part-way: what was read stays, the archive gets the error.
            let outcome = failure(error, record: container)
            return FileOutcome(record: outcome.record, result: nil, members: members)
        }
        guard read > 0 else {
            let message = Message.input(.archiveWithoutSpreadsheet(names: Array(listed.prefix(5)), count: listed.count))
            container.findings = [Finding(.error, FindingCode("archiveWithoutSpreadsheet"), at: SourceLocation(file: name),
                                          value: listed.prefix(5).joined(separator: ", "), message)]
            container.reason = message
            return FileOutcome(record: container, result: nil)
        }
        return FileOutcome(record: container, result: nil, members: members)
    }

    /// One spreadsheet of an archive: read like an inbox file, or opened when it is an
    /// archive itself (at most one level below the inbox's archive).
    private func processMember(_ bytes: [UInt8], name: String, modified: Double?, depth: Int) -> [FileOutcome] {
        let nested: FileArchive?
        do { nested = try FileArchive.open(bytes, name: name, limits: .standard) } catch { nested = nil }
        guard let nested else { return [process(bytes: bytes, name: name, modified: modified)] }
        let sha = SHA256Digest(of: bytes)
        guard depth == 0 else {
            let message = Message.input(.archiveTooDeep)
            let finding = Finding(.error, FindingCode("archiveTooDeep"), at: SourceLocation(file: name), message)
            return [FileOutcome(record: FileRecord(path: name, size: Int64(bytes.count), sha256: sha,
                                                   format: nested.format.rawValue, status: .unsupported,
                                                   reason: message, findings: [finding]), result: nil)]
        }
        return expandArchive(bytes, name: name, sha: sha, modified: modified, depth: depth + 1).flattened
    }

    private func failure(_ error: ReadError, record: FileRecord) -> FileOutcome {
        var record = record
        let finding = Self.finding(for: error, name: record.path)
        record.status = Self.unsupportedCodes.contains(error.code) ? .unsupported : .invalid
        record.reason = finding.message
        record.findings = [finding]
        return FileOutcome(record: record, result: nil)
    }

    private static func skipped(_ name: String, _ size: Int64, _ reason: Message) -> FileOutcome {
        FileOutcome(record: FileRecord(path: name, size: size, status: .skipped, reason: reason), result: nil)
    }

    /// True for a name whose extension is never a spreadsheet's (`.pdf`, `.jpg`, `.docx`…).
    static func isNotSpreadsheet(_ base: String) -> Bool {
        guard let dot = base.lastIndex(of: ".") else { return false }
        return notSpreadsheetExtensions.contains(base[base.index(after: dot)...].lowercased())
    }

    /// False for the archive entries a batch does not read: in a hidden or `__MACOSX` folder,
    /// lock and system files, scans and photos.
    public static func readsArchiveEntry(_ name: String) -> Bool {
        let base = String(name.split(separator: "/").last ?? Substring(name))
        return hiddenFolder(name) == nil && InboxScanner.skipReason(base) == nil && !isNotSpreadsheet(base)
    }

    /// `__MACOSX/` or a hidden folder (`.git/`) an entry lies in, with its trailing `/`.
    static func hiddenFolder(_ entry: String) -> String? {
        var path = ""
        for part in entry.split(separator: "/").dropLast() {
            path += part + "/"
            if part == "__MACOSX" || part.hasPrefix(".") { return path }
        }
        return nil
    }

    /// `name`, or `name (2)`… when an archive lists the same entry twice.
    private static func unique(_ name: String, _ used: inout Set<String>) -> String {
        var candidate = name, n = 1
        while !used.insert(candidate).inserted {
            n += 1
            candidate = name + " (\(n))"
        }
        return candidate
    }
}
