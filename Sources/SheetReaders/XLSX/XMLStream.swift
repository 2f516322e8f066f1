import CExpat

/// Receives the events of an `XMLStream`.
protocol XMLHandler: AnyObject {
    /// An element opens.
    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError)
    /// An element closes.
    func end(_ name: XMLName) throws(ReadError)
    /// Character data (possibly in several pieces), UTF-8.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// True once the handler has all it needs: the rest of the part is neither
    /// parsed nor inflated (a worksheet's data validations, for instance).
    var isDone: Bool { get }
}

extension XMLHandler {
    var isDone: Bool { false }
}

/// A streaming XML parser (expat) that refuses DTDs, never expands entities, never loads
/// anything, and bounds the nesting depth. The only expat user in the project.
final class XMLStream {
    private let parser: XML_Parser
    /// A random hash salt drawn once per process (expat would otherwise ask the kernel for
    /// entropy on every parser; the salt still defeats hash flooding).
    private static let salt: UInt = UInt.random(in: 1...UInt.max)
    private unowned(unsafe) let handler: any XMLHandler
    private let file: String
    private let part: String
    private let maxDepth: Int
    private var depth = 0
    /// Set once an error stopped the parser; checked on every event (cheaper than `pending`).
    private var failed = false
    private var pending: ReadError?
    /// Set when the handler said it is done; the parse ends without error.
    private(set) var done = false

    /// Creates a parser that sends events to `handler` (held unowned: keep it alive).
    init(handler: any XMLHandler, file: String, part: String, limits: ReadLimits) throws(ReadError) {
        guard let p = XML_ParserCreate(nil) else {
            throw ReadError(.xmlMalformed, file: file, part: part, detail: "XML_ParserCreate failed")
        }
        parser = p
        self.handler = handler
        self.file = file
        self.part = part
        maxDepth = limits.maxXMLDepth
        XML_SetHashSalt(p, XMLStream.salt)
        XML_SetUserData(p, Unmanaged.passUnretained(self).toOpaque())
        XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER)
        XML_SetElementHandler(p, { user, name, atts in
            Unmanaged<XMLStream>.fromOpaque(user!)._withUnsafeGuaranteedRef { $0.onStart(name!, atts!) }
        }, { user, name in
            Unmanaged<XMLStream>.fromOpaque(user!)._withUnsafeGuaranteedRef { $0.onEnd(name!) }
        })
        XML_SetCharacterDataHandler(p, { user, s, len in
            Unmanaged<XMLStream>.fromOpaque(user!)._withUnsafeGuaranteedRef { me in
                guard !me.failed, let s, len > 0 else { return }
                s.withMemoryRebound(to: UInt8.self, capacity: Int(len)) {
                    me.handler.text(UnsafeBufferPointer(start: $0, count: Int(len)))
                }
            }
        })
        XML_SetStartDoctypeDeclHandler(p, { user, name, _, _, _ in
            let me = XMLStream.from(user)
            me.fail(ReadError(.xmlDTD, file: me.file, part: me.part,
                              detail: name.map { "<!DOCTYPE " + String(cString: $0) } ?? nil))
        })
        XML_SetEntityDeclHandler(p, { user, _, _, _, _, _, _, _, _ in
            let me = XMLStream.from(user)
            me.fail(ReadError(.xmlDTD, file: me.file, part: me.part, detail: "<!ENTITY"))
        })
    }

    deinit { XML_ParserFree(parser) }

    private static func from(_ user: UnsafeMutableRawPointer?) -> XMLStream {
        Unmanaged<XMLStream>.fromOpaque(user!).takeUnretainedValue()
    }

    private func fail(_ error: ReadError) {
        guard !failed else { return }
        failed = true
        pending = error
        XML_StopParser(parser, XML_FALSE)
    }

    private func onStart(_ name: UnsafePointer<CChar>, _ atts: UnsafeMutablePointer<UnsafePointer<CChar>?>) {
        guard !failed else { return }
        depth += 1
        if depth > maxDepth {
            fail(ReadError(.xmlTooDeep, file: file, part: part, detail: "> \(maxDepth)"))
            return
        }
        do { try handler.start(XMLName(name), XMLAttributes(atts)) } catch { fail(error); return }
        if handler.isDone {
            done = true
            XML_StopParser(parser, XML_FALSE)
        }
    }

    private func onEnd(_ name: UnsafePointer<CChar>) {
        guard !failed else { return }
        depth -= 1
        do { try handler.end(XMLName(name)) } catch { fail(error) }
    }

    /// Parses the next piece of the document.
    func feed(_ bytes: UnsafeRawBufferPointer, final: Bool = false) throws(ReadError) {
        let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        guard !done else { return }
        let status = XML_Parse(parser, base, Int32(bytes.count), final ? 1 : 0)
        if let pending { throw pending }
        if done { return }
        if status == XML_STATUS_ERROR {
            let code = XML_GetErrorCode(parser)
            let message = XML_ErrorString(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
            let line = XML_GetCurrentLineNumber(parser)
            let column = XML_GetCurrentColumnNumber(parser)
            throw ReadError(.xmlMalformed, file: file, part: part,
                            detail: "\(message), line \(line) column \(column)")
        }
    }

    /// Ends the document; fails when it is incomplete.
    func finish() throws(ReadError) {
        try feed(UnsafeRawBufferPointer(start: nil, count: 0), final: true)
    }

    /// Parses a whole ZIP entry with `handler`.
    static func parse(_ archive: ZipArchive, part: String, handler: any XMLHandler,
                      file: String, limits: ReadLimits) throws(ReadError) {
        let stream = try XMLStream(handler: handler, file: file, part: part, limits: limits)
        try archive.stream(part) { (bytes: UnsafeRawBufferPointer) throws(ReadError) -> Bool in
            try stream.feed(bytes)
            return !stream.done
        }
        try stream.finish()
    }
}

/// An element or attribute name as expat gives it; compares by its local part (after `:`).
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
