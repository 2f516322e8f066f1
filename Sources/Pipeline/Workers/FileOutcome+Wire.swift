import Scoring

extension FileOutcome {
    /// Writes the outcome (an archive's entries after it); `WireReader.fileOutcome(_:)` reads it back equal.
    public func write(to w: inout WireWriter) throws {
        try record.write(to: &w)
        w.byte(result == nil ? 0 : 1)
        try result?.write(to: &w)
        w.varint(UInt64(members.count))
        for m in members { try m.write(to: &w) }
    }
}

extension WireReader {
    /// An outcome written by `FileOutcome.write(to:)`; archives nest one level (two at most).
    public mutating func fileOutcome(_ context: WireContext, depth: Int = 0) throws -> FileOutcome {
        guard depth <= 3 else { throw malformed("archive nesting") }
        let record = try fileRecord(context)
        let result = try byte() == 0 ? nil : try unitResult(context, file: record.path)
        var members: [FileOutcome] = []
        for _ in 0..<(try count()) { members.append(try fileOutcome(context, depth: depth + 1)) }
        return FileOutcome(record: record, result: result, members: members)
    }
}
