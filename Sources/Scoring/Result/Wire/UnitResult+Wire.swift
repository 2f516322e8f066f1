import SheetModel

/// What a wire decoder keeps across the results of one run: the rubric's line specs (a
/// line is sent without its code, maximum and kind: lines come in rubric order) and the
/// messages already decoded, by their bytes (most findings repeat across units: a message
/// decoded once is shared, its text stored once). Used by one decoding thread at a time.
public final class WireContext: @unchecked Sendable {
    let specs: [LineSpec]
    private var messages: [[UInt8]: Indirect<Message>] = [:]
    private var texts: [String: String] = [:]
    /// Most messages and texts kept; past it, each is decoded on its own.
    static let maxMessages = 4096
    static let maxTexts = 4096

    public init(rubric: Rubric) {
        specs = rubric.items.map { LineSpec.shared(code: $0.code, max: $0.max, kind: $0.kind) }
    }

    /// One copy of a text that many results hold (a sheet's name, the period, a unit type as
    /// written), so 50,000 results keep it once.
    func shared(_ text: String) -> String {
        if let known = texts[text] { return known }
        if texts.count < Self.maxTexts, text.utf8.count <= 128 { texts[text] = text }
        return text
    }

    func shared(_ text: String?) -> String? { text.map(shared) }

    /// The message whose bytes start at `r`'s offset (`r` moves past them).
    func message(_ r: inout WireReader) throws -> Indirect<Message> {
        var probe = r
        let end = try StreamDecoder.valueEnd(&probe, limit: r.total, depth: 0)
        let key = Array(r.bytes[r.offset..<end])
        if let known = messages[key] {
            r.skip(to: end)
            return known
        }
        let message = Indirect(try WireCoding.decode(Message.self, from: &r))
        if messages.count < Self.maxMessages { messages[key] = message }
        return message
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
        w.caseIndex(periodCheck)
        w.optional(date) { $0.date($1) }
        w.optionalString(preparer)
        w.optionalString(phone)
        w.varint(UInt64(lines.count))
        for line in lines {
            w.double(line.score)
            w.optionalDouble(line.claimed)
            w.optionalDouble(line.verified)
            w.optional(line.verifiedSource) { $0.caseIndex($1) }
            w.optionalDouble(line.computed)
            w.caseIndex(line.source)
            w.bool(line.hasEvidence)
            w.optionalString(line.evidence.nilIfEmpty)
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
            caseIndex(f.severity)
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
    public mutating func unitResult(_ context: WireContext, file known: String? = nil) throws -> UnitResult {
        let written = try string()
        let file = written == known ? known! : written
        let modified = try optionalDouble()
        var unit = ScoredUnit(code: try optionalString(), name: try optionalString(),
                              type: context.shared(try optionalString()), typeWritten: context.shared(try optionalString()))
        unit.nameCell = try location(file: file, context)
        unit.typeCell = try location(file: file, context)
        let period = context.shared(try optionalString())
        let periodCheck = try caseOf(PeriodCheck.self)
        let date = try optional { (r) throws(Malformed) in try r.date() }
        let preparer = try optionalString(), phone = try optionalString()
        let lineCount = try count()
        guard lineCount == context.specs.count else { throw malformed("line count") }
        var lines: [ScoredLine] = []
        lines.reserveCapacity(lineCount)
        for spec in context.specs {
            let score = try double(), claimed = try optionalDouble(), verified = try optionalDouble()
            let verifiedSource = try optional { (r) throws(Malformed) in try r.caseOf(VerifiedSource.self) }
            let computed = try optionalDouble()
            let source = try caseOf(ScoreSource.self)
            let hasEvidence = try bool(), evidence = try optionalString() ?? ""
            lines.append(ScoredLine(spec: spec, claimed: claimed, verified: verified, verifiedSource: verifiedSource,
                                    computed: computed, score: score, source: source, hasEvidence: hasEvidence,
                                    evidence: evidence, location: try location(file: file, context)))
        }
        let claimedTotal = try optionalDouble(), score = try double()
        var counts = CountValues([:])
        for _ in 0..<(try count()) { counts[try string()] = try int() }
        let rating = context.shared(try optionalString())
        var nominees: [ScoredNominee] = []
        for _ in 0..<(try count()) {
            nominees.append(ScoredNominee(name: try string(), position: try string(), partyMember: try optionalBool(),
                                          achievements: try string(), location: try location(file: file, context)))
        }
        return UnitResult(file: file, fileModified: modified, unit: unit, period: period, periodCheck: periodCheck,
                          date: date, preparer: preparer, phone: phone, lines: lines, claimedTotal: claimedTotal,
                          score: score, counts: counts, rating: rating, nominees: nominees,
                          findings: try findings(file: file, context))
    }

    mutating func location(file: String, _ context: WireContext) throws(Malformed) -> SourceLocation? {
        let own: Bool
        switch try byte() {
        case 0: return nil
        case 1: own = true
        case 2: own = false
        default: throw malformed("place")
        }
        var l = SourceLocation(file: own ? file : try string())
        l.sheet = context.shared(try optionalString())
        l.cell = try optionalString()
        l.line = try optionalInt()
        return l
    }

    mutating func date() throws(Malformed) -> DateTimeValue {
        DateTimeValue(year: try int(), month: try int(), day: try int(), hour: try int(), minute: try int(), second: try int())
    }

    /// Findings written by `WireWriter.findings(_:file:)`.
    public mutating func findings(file: String, _ context: WireContext) throws -> [Finding] {
        var out: [Finding] = []
        for _ in 0..<(try count()) {
            let severity = try caseOf(Severity.self)
            let code = FindingCode(context.shared(try string()))
            let location = try location(file: file, context)
            let value = try optionalString()
            let message = try context.message(&self)
            out.append(Finding(severity, code, at: location, value: value, shared: message, detail: try optionalString(),
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
        w.caseIndex(status)
        w.byte(reason == nil ? 0 : 1)
        if let reason { try WireCoding.encode(reason, into: &w) }
        try w.findings(findings, file: path)
    }
}


extension WireReader {
    /// A record written by `FileRecord.write(to:)`.
    public mutating func fileRecord(_ context: WireContext) throws -> FileRecord {
        let path = try string()
        let size = Int64(try int())
        let sha = try optional { (r) throws(Malformed) -> SHA256Digest in try r.digest() }
        let format = try optionalString(), producer = try optionalString()
        let status = try caseOf(FileRecord.Status.self)
        let reason: Message? = try byte() == 0 ? nil : try context.message(&self).value
        return FileRecord(path: path, size: size, sha256: sha, format: format, producer: producer, status: status,
                          reason: reason, findings: try findings(file: path, context))
    }

    mutating func digest() throws(Malformed) -> SHA256Digest {
        var raw = [UInt8](repeating: 0, count: 32)
        for k in 0..<32 { raw[k] = try byte() }
        return SHA256Digest(bytes: raw)
    }
}

extension WireWriter {
    /// A case of a small enum, by its place among the cases.
    mutating func caseIndex<E: CaseIterable & Equatable>(_ value: E) {
        varint(UInt64(E.allCases.firstIndex(of: value).map { E.allCases.distance(from: E.allCases.startIndex, to: $0) } ?? 0))
    }
}

extension WireReader {
    /// A case written by `WireWriter.caseIndex(_:)`.
    mutating func caseOf<E: CaseIterable>(_ type: E.Type) throws(Malformed) -> E {
        let i = Int(try varint())
        guard i < E.allCases.count else { throw malformed("case of \(E.self)") }
        return E.allCases[E.allCases.index(E.allCases.startIndex, offsetBy: i)]
    }
}
