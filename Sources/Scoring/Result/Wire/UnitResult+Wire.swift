import SheetModel

/// What a wire decoder shares across the results of one run: the rubric's line specs (a
/// line is sent without its code, maximum and kind: lines come in rubric order).
public struct WireContext: Sendable {
    let specs: [LineSpec]

    public init(rubric: Rubric) {
        specs = rubric.items.map { LineSpec.shared(code: $0.code, max: $0.max, kind: $0.kind) }
    }
}

extension UnitResult {
    /// Writes the result; `WireReader.unitResult(_:)` reads it back equal.
    public func write(to w: inout WireWriter) throws {
        w.string(file)
        w.optionalDouble(fileModified)
        w.optionalString(unit.code)
        w.optionalString(unit.name)
        w.optionalString(unit.type)
        w.optionalString(unit.typeWritten)
        w.location(unit.nameCell, file: file)
        w.location(unit.typeCell, file: file)
        w.optionalString(period)
        w.string(periodCheck.rawValue)
        w.optional(date) { $0.date($1) }
        w.optionalString(preparer)
        w.optionalString(phone)
        w.varint(UInt64(lines.count))
        for line in lines {
            w.double(line.score)
            w.optionalDouble(line.claimed)
            w.optionalDouble(line.verified)
            w.optionalString(line.verifiedSource?.rawValue)
            w.optionalDouble(line.computed)
            w.string(line.source.rawValue)
            w.bool(line.hasEvidence)
            w.string(line.evidence)
            w.location(line.location, file: file)
        }
        w.optionalDouble(claimedTotal)
        w.double(score)
        w.array(counts.keys.map { ($0, counts[$0]!) }) { w, pair in
            w.string(pair.0)
            w.int(pair.1)
        }
        w.optionalString(rating)
        w.varint(UInt64(nominees.count))
        for n in nominees {
            w.string(n.name)
            w.string(n.position)
            w.optionalBool(n.partyMember)
            w.string(n.achievements)
            w.location(n.location, file: file)
        }
        try w.findings(findings, file: file)
    }
}

extension WireWriter {
    /// A place; its file is written only when it is not the result's own (nearly never).
    mutating func location(_ l: SourceLocation?, file: String) {
        guard let l else { return byte(0) }
        if l.file == file { byte(1) } else { byte(2); string(l.file) }
        optionalString(l.sheet)
        optionalString(l.cell)
        optionalInt(l.line)
    }

    mutating func date(_ d: DateTimeValue) {
        int(d.year); int(d.month); int(d.day); int(d.hour); int(d.minute); int(d.second)
    }

    /// Findings, each with its typed message in `WireCoding`'s form.
    public mutating func findings(_ findings: [Finding], file: String) throws {
        varint(UInt64(findings.count))
        for f in findings {
            string(f.severity.rawValue)
            string(f.code.rawValue)
            location(f.location, file: file)
            optionalString(f.value)
            try WireCoding.encode(f.message, into: &self)
            optionalString(f.detail)
            bool(f.valueIsNumber)
        }
    }
}

extension WireReader {
    /// A result written by `UnitResult.write(to:)`.
    public mutating func unitResult(_ context: WireContext) throws -> UnitResult {
        let file = try string()
        let modified = try optionalDouble()
        var unit = ScoredUnit(code: try optionalString(), name: try optionalString(), type: try optionalString(),
                              typeWritten: try optionalString())
        unit.nameCell = try location(file: file)
        unit.typeCell = try location(file: file)
        let period = try optionalString()
        guard let periodCheck = PeriodCheck(rawValue: try string()) else { throw malformed("period check") }
        let date = try optional { (r) throws(Malformed) in try r.date() }
        let preparer = try optionalString(), phone = try optionalString()
        let lineCount = try count()
        guard lineCount == context.specs.count else { throw malformed("line count") }
        var lines: [ScoredLine] = []
        lines.reserveCapacity(lineCount)
        for spec in context.specs {
            let score = try double(), claimed = try optionalDouble(), verified = try optionalDouble()
            let verifiedSource = try optionalString().map { (raw) throws(Malformed) -> VerifiedSource in
                guard let v = VerifiedSource(rawValue: raw) else { throw malformed("verified source") }
                return v
            }
            let computed = try optionalDouble()
            guard let source = ScoreSource(rawValue: try string()) else { throw malformed("score source") }
            let hasEvidence = try bool(), evidence = try string()
            lines.append(ScoredLine(spec: spec, claimed: claimed, verified: verified, verifiedSource: verifiedSource,
                                    computed: computed, score: score, source: source, hasEvidence: hasEvidence,
                                    evidence: evidence, location: try location(file: file)))
        }
        let claimedTotal = try optionalDouble(), score = try double()
        var counts = CountValues([:])
        for _ in 0..<(try count()) { counts[try string()] = try int() }
        let rating = try optionalString()
        var nominees: [ScoredNominee] = []
        for _ in 0..<(try count()) {
            nominees.append(ScoredNominee(name: try string(), position: try string(), partyMember: try optionalBool(),
                                          achievements: try string(), location: try location(file: file)))
        }
        return UnitResult(file: file, fileModified: modified, unit: unit, period: period, periodCheck: periodCheck,
                          date: date, preparer: preparer, phone: phone, lines: lines, claimedTotal: claimedTotal,
                          score: score, counts: counts, rating: rating, nominees: nominees,
                          findings: try findings(file: file))
    }

    mutating func location(file: String) throws(Malformed) -> SourceLocation? {
        let own: Bool
        switch try byte() {
        case 0: return nil
        case 1: own = true
        case 2: own = false
        default: throw malformed("place")
        }
        var l = SourceLocation(file: own ? file : try string())
        l.sheet = try optionalString()
        l.cell = try optionalString()
        l.line = try optionalInt()
        return l
    }

    mutating func date() throws(Malformed) -> DateTimeValue {
        DateTimeValue(year: try int(), month: try int(), day: try int(), hour: try int(), minute: try int(), second: try int())
    }

    /// Findings written by `WireWriter.findings(_:file:)`.
    public mutating func findings(file: String) throws -> [Finding] {
        var out: [Finding] = []
        for _ in 0..<(try count()) {
            guard let severity = Severity(rawValue: try string()) else { throw malformed("severity") }
            let code = FindingCode(try string())
            let location = try location(file: file)
            let value = try optionalString()
            let message = try WireCoding.decode(Message.self, from: &self)
            out.append(Finding(severity, code, at: location, value: value, message, detail: try optionalString(),
                               valueIsNumber: try bool()))
        }
        return out
    }
}

extension FileRecord {
    /// Writes the record; `WireReader.fileRecord()` reads it back equal.
    public func write(to w: inout WireWriter) throws {
        w.string(path)
        w.int(Int(size))
        w.optional(sha256) { w, digest in w.raw(digest.bytes) }
        w.optionalString(format)
        w.optionalString(producer)
        w.string(status.rawValue)
        w.byte(reason == nil ? 0 : 1)
        if let reason { try WireCoding.encode(reason, into: &w) }
        try w.findings(findings, file: path)
    }
}


extension WireReader {
    /// A record written by `FileRecord.write(to:)`.
    public mutating func fileRecord() throws -> FileRecord {
        let path = try string()
        let size = Int64(try int())
        let sha = try optional { (r) throws(Malformed) -> SHA256Digest in try r.digest() }
        let format = try optionalString(), producer = try optionalString()
        guard let status = FileRecord.Status(rawValue: try string()) else { throw malformed("file status") }
        let reason: Message? = try byte() == 0 ? nil : try WireCoding.decode(Message.self, from: &self)
        return FileRecord(path: path, size: size, sha256: sha, format: format, producer: producer, status: status,
                          reason: reason, findings: try findings(file: path))
    }

    mutating func digest() throws(Malformed) -> SHA256Digest {
        var raw = [UInt8](repeating: 0, count: 32)
        for k in 0..<32 { raw[k] = try byte() }
        return SHA256Digest(bytes: raw)
    }
}
