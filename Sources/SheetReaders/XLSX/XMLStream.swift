/// Receives the events of an `XMLStream`.
protocol XMLHandler: AnyObject {
    /// An element opens.
    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError)
    /// An element closes.
    func end(_ name: XMLName) throws(ReadError)
    /// Character data (possibly in several pieces), UTF-8.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// True once the handler has all it needs: the rest of the part is not parsed
    /// (a worksheet's data validations, for instance).
    var isDone: Bool { get }
}

extension XMLHandler {
    var isDone: Bool { false }
}

/// Event-style parsing on top of `XMLScanner`, for parts read through a handler: names
/// and attribute values are handed out NUL-terminated, values and text decoded. Same
/// guarantees as the scanner (DTDs refused, nothing expanded or loaded, depth bounded).
final class XMLStream {
    private let handler: any XMLHandler
    private let file: String
    private let part: String
    private let limits: ReadLimits
    private var pending: [UInt8] = []
    /// Set once the document was parsed (or the handler said it is done).
    private(set) var done = false

    /// Creates a parser that sends events to `handler`; feed it the document, then `finish()`.
    init(handler: any XMLHandler, file: String, part: String, limits: ReadLimits) throws(ReadError) {
        self.handler = handler
        self.file = file
        self.part = part
        self.limits = limits
    }

    /// Adds the next piece of the document (parsed at `finish()`, or now when `final`).
    func feed(_ bytes: UnsafeRawBufferPointer, final: Bool = false) throws(ReadError) {
        guard !done else { return }
        pending.append(contentsOf: bytes)
        if final { try finish() }
    }

    /// Parses the document fed so far; fails when it is incomplete.
    func finish() throws(ReadError) {
        guard !done else { return }
        let bytes = pending
        pending = []
        _ = try bytes.withBuffer { (b) throws(ReadError) -> Bool in
            try Self.run(b, handler: handler, file: file, part: part, limits: limits)
        }
        done = true
    }

    /// Parses a whole ZIP entry with `handler`.
    static func parse(_ archive: ZipArchive, part: String, handler: any XMLHandler,
                      file: String, limits: ReadLimits) throws(ReadError) {
        try archive.withEntry(part) { (bytes) throws(ReadError) -> Void in
            _ = try run(bytes, terminated: true, handler: handler, file: file, part: part, limits: limits)
        }
    }

    /// Parses one document; true when the handler stopped it early.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, terminated: Bool = false, handler: any XMLHandler,
                    file: String, part: String, limits: ReadLimits) throws(ReadError) -> Bool {
        try XMLDocument.scan(bytes, terminated: terminated, file: file, part: part, limits: limits) { (scanner) throws(ReadError) -> Bool in
            try events(&scanner, handler: handler)
        }
    }

    private static func events(_ scanner: inout XMLScanner, handler: any XMLHandler) throws(ReadError) -> Bool {
        var names = CStrings()
        var text: [UInt8] = []
        defer { names.free() }
        while true {
            switch try scanner.next() {
            case .start:
                names.reset(for: scanner)
                let qualified = names.add(scanner.bytes(scanner.nameStart, scanner.nameEnd))
                for k in 0..<scanner.attributeCount {
                    let a = scanner.attributes[k]
                    let name = names.add(scanner.bytes(a.nameStart, a.nameEnd))
                    let value = try scanner.withValue(a) { (v) throws(ReadError) in names.add(v) }
                    names.pair(name, value)
                }
                names.endPairs()
                try handler.start(XMLName(qualified), XMLAttributes(names.pairs))
                if handler.isDone { return true }
            case .end:
                let qualified = names.name(scanner.bytes(scanner.nameStart, scanner.nameEnd))
                try handler.end(XMLName(qualified))
            case .text:
                if !scanner.textNeedsDecoding {
                    handler.text(scanner.bytes(scanner.textStart, scanner.textEnd))
                } else {
                    text.removeAll(keepingCapacity: true)
                    try scanner.appendText(to: &text)
                    text.withUnsafeBufferPointer { handler.text($0) }
                }
            case .done:
                return false
            }
        }
    }
}

/// NUL-terminated copies of one tag's names and values, and the name/value pointer list
/// that `XMLAttributes` reads; reused from tag to tag.
private struct CStrings {
    private var storage = UnsafeMutablePointer<CChar>.allocate(capacity: 256)
    private var capacity = 256
    private var used = 0
    private(set) var pairs = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: 17)
    private var pairCapacity = 17
    private var pairCount = 0

    /// Makes room for the current start tag (decoded values are never longer than raw ones).
    mutating func reset(for scanner: borrowing XMLScanner) {
        var need = scanner.nameEnd - scanner.nameStart + 1
        for k in 0..<scanner.attributeCount {
            let a = scanner.attributes[k]
            need += a.nameEnd - a.nameStart + a.valueEnd - a.valueStart + 2
        }
        if need > capacity {
            storage.deallocate()
            capacity = need
            storage = .allocate(capacity: capacity)
        }
        let pairsNeeded = scanner.attributeCount * 2 + 1
        if pairsNeeded > pairCapacity {
            pairs.deallocate()
            pairCapacity = pairsNeeded
            pairs = .allocate(capacity: pairCapacity)
        }
        used = 0
        pairCount = 0
    }

    /// A NUL-terminated copy of `bytes` (within the room `reset` made).
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<CChar> {
        let start = storage + used
        bytes.withMemoryRebound(to: CChar.self) { b in
            if let base = b.baseAddress { start.update(from: base, count: b.count) }
        }
        start[bytes.count] = 0
        used += bytes.count + 1
        return UnsafePointer(start)
    }

    /// A NUL-terminated copy of an end tag's name (the storage is free by then).
    mutating func name(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<CChar> {
        if bytes.count + 1 > capacity {
            storage.deallocate()
            capacity = bytes.count + 1
            storage = .allocate(capacity: capacity)
        }
        used = 0
        return add(bytes)
    }

    mutating func pair(_ name: UnsafePointer<CChar>, _ value: UnsafePointer<CChar>) {
        pairs[pairCount] = name
        pairs[pairCount + 1] = value
        pairCount += 2
    }

    mutating func endPairs() { pairs[pairCount] = nil }

    func free() {
        storage.deallocate()
        pairs.deallocate()
    }
}

/// An element or attribute name; compares by its local part (after `:`).
struct XMLName {
    /// The local part, NUL-terminated.
    let local: UnsafePointer<CChar>

    init(_ qualified: UnsafePointer<CChar>) {
        var p = qualified
        var local = qualified
        while p.pointee != 0 {
            if p.pointee == 0x3A { local = p + 1 }
            p += 1
        }
        self.local = local
    }

    /// True when the local part equals `literal` (ASCII).
    func `is`(_ literal: StaticString) -> Bool { XMLName.equal(local, literal) }

    static func equal(_ p: UnsafePointer<CChar>, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        let s = literal.utf8Start
        for i in 0..<n where UInt8(bitPattern: p[i]) != s[i] { return false }
        return p[n] == 0
    }
}

/// The attributes of one element: NUL-terminated name/value pairs.
struct XMLAttributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<CChar>?>

    init(_ pairs: UnsafeMutablePointer<UnsafePointer<CChar>?>) { self.pairs = pairs }

    /// The value of the attribute whose local name is `local`.
    func value(_ local: StaticString) -> UnsafePointer<CChar>? {
        var i = 0
        while let name = pairs[i] {
            if XMLName(name).is(local) { return pairs[i + 1] }
            i += 2
        }
        return nil
    }

    /// The value as a String.
    func string(_ local: StaticString) -> String? { value(local).map { String(cString: $0) } }
}
