import Scoring

/// What a reading worker needs before its first file: the rubric, the inspection form's
/// points to apply, whether lines keep their evidence, and its memory limit.
public struct WorkerSetup: Sendable, Codable {
    public var rubric: Rubric
    public var inspection: InspectionForm?
    public var keepsEvidence: Bool
    /// The worker's address-space limit, in bytes.
    public var memoryLimit: Int

    public init(rubric: Rubric, inspection: InspectionForm? = nil, keepsEvidence: Bool, memoryLimit: Int) {
        self.rubric = rubric
        self.inspection = inspection
        self.keepsEvidence = keepsEvidence
        self.memoryLimit = memoryLimit
    }
}

/// One file for a worker to read.
struct ReadRequest: Sendable {
    var id: Int
    var path: String
    var name: String
    var size: Int64
    var modified: Double?

    func write(to w: inout WireWriter) {
        w.int(id)
        w.string(path)
        w.string(name)
        w.int(Int(size))
        w.optionalDouble(modified)
    }

    static func read(_ r: inout WireReader) throws(WireReader.Malformed) -> ReadRequest {
        ReadRequest(id: try r.int(), path: try r.string(), name: try r.string(), size: Int64(try r.int()),
                    modified: try r.optionalDouble())
    }
}

/// Messages between the batch and its workers: a 4-byte little-endian length, then that
/// many bytes. The batch sends the setup, then requests; a worker answers each request, in
/// order, with the request's id and the file's outcome.
enum WorkerFrames {
    /// Largest frame either side accepts (an outcome with every finding of a hostile file
    /// stays far below it).
    static let maxFrame = 64 << 20

    /// `payload` with its length in front.
    static func frame(_ payload: [UInt8]) -> [UInt8] {
        let n = UInt32(payload.count)
        return [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)] + payload
    }

    /// Takes every whole frame from the front of `buffer`; nil when a length is past `maxFrame`.
    static func take(_ buffer: inout [UInt8]) -> [[UInt8]]? {
        var frames: [[UInt8]] = []
        var at = 0
        while buffer.count - at >= 4 {
            let n = Int(buffer[at]) | Int(buffer[at + 1]) << 8 | Int(buffer[at + 2]) << 16 | Int(buffer[at + 3]) << 24
            guard n <= maxFrame else { return nil }
            guard buffer.count - at - 4 >= n else { break }
            frames.append(Array(buffer[(at + 4)..<(at + 4 + n)]))
            at += 4 + n
        }
        if at > 0 { buffer.removeFirst(at) }
        return frames
    }
}
