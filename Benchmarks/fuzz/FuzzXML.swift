// libFuzzer target for XMLScanner (see README.md beside this file). Not part of the package:
// built with swiftc -sanitize=fuzzer,address together with the SheetReaders sources.
//
// Every input is scanned to the end, every attribute and text decoded. When the scanner
// accepts a document (and its texts pass Text.xml), expat must accept it too and report
// the same elements, attributes and text; a difference stops the run with both traces.
import CExpat

/// Events as one string: `<local a=v>`, `</local>`, text runs joined.
final class Trace {
    var out: [String] = []
    var text: [UInt8] = []
    func flush() {
        if !text.isEmpty { out.append("\"" + String(decoding: text, as: UTF8.self) + "\"") }
        text = []
    }
}

func local(_ qualified: String) -> String {
    qualified.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? qualified
}

/// The scanner's trace, or nil when it refuses the document.
func scannerTrace(_ data: [UInt8]) -> String? {
    let trace = Trace()
    var limits = ReadLimits.standard
    limits.maxXMLDepth = 64
    do {
        try data.withBuffer { (b) throws(ReadError) in
            try XMLDocument.scan(b, file: "f", part: "p", limits: limits) { (s) throws(ReadError) in
                while true {
                    switch try s.next() {
                    case .start:
                        trace.flush()
                        var tag = "<" + String(decoding: s.bytes(s.nameStart, s.nameEnd), as: UTF8.self)
                        for k in 0..<s.attributeCount {
                            let a = s.attributes[k]
                            tag += " " + String(decoding: s.bytes(a.nameStart, a.nameEnd), as: UTF8.self) + "=" + (try s.string(a))
                        }
                        trace.out.append(tag + ">")
                    case .end:
                        trace.flush()
                        trace.out.append("</" + String(decoding: s.bytes(s.nameStart, s.nameEnd), as: UTF8.self) + ">")
                    case .text:
                        var piece: [UInt8] = []
                        try s.appendText(to: &piece)
                        // character data must be XML text, as expat checks it
                        guard piece.withUnsafeBufferPointer({ Text.xml($0, escapes: false) }) != nil else {
                            throw ReadError(.xmlMalformed, file: "f", part: "p")
                        }
                        trace.text += piece
                    case .done:
                        trace.flush()
                        return
                    }
                }
            }
        }
    } catch {
        return nil
    }
    return trace.out.joined()
}

/// expat's trace, or nil when it refuses the document (a DTD counts as refused).
func expatTrace(_ data: [UInt8]) -> String? {
    guard let parser = XML_ParserCreate(nil) else { return nil }
    defer { XML_ParserFree(parser) }
    let trace = Trace()
    var refused = false
    let box = Unmanaged.passUnretained(trace).toOpaque()
    XML_SetUserData(parser, box)
    XML_SetElementHandler(parser, { user, name, atts in
        let t = Unmanaged<Trace>.fromOpaque(user!).takeUnretainedValue()
        t.flush()
        var tag = "<" + String(cString: name!)
        var i = 0
        while let n = atts![i] { tag += " " + String(cString: n) + "=" + String(cString: atts![i + 1]!); i += 2 }
        t.out.append(tag + ">")
    }, { user, name in
        let t = Unmanaged<Trace>.fromOpaque(user!).takeUnretainedValue()
        t.flush()
        t.out.append("</" + String(cString: name!) + ">")
    })
    XML_SetCharacterDataHandler(parser, { user, s, len in
        let t = Unmanaged<Trace>.fromOpaque(user!).takeUnretainedValue()
        s!.withMemoryRebound(to: UInt8.self, capacity: Int(len)) { t.text += UnsafeBufferPointer(start: $0, count: Int(len)) }
    })
    let status = data.withUnsafeBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { XML_Parse(parser, $0, Int32(b.count), 1) }
    }
    if status != XML_STATUS_OK { refused = true }
    if refused { return nil }
    trace.flush()
    return trace.out.joined()
}

/// True when expat reports a DOCTYPE declaration in the document.
func expatSeesDTD(_ data: [UInt8]) -> Bool {
    guard let parser = XML_ParserCreate(nil) else { return false }
    defer { XML_ParserFree(parser) }
    final class Flag { var seen = false }
    let flag = Flag()
    XML_SetUserData(parser, Unmanaged.passUnretained(flag).toOpaque())
    XML_SetStartDoctypeDeclHandler(parser) { user, _, _, _, _ in
        Unmanaged<Flag>.fromOpaque(user!).takeUnretainedValue().seen = true
    }
    _ = data.withUnsafeBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { XML_Parse(parser, $0, Int32(b.count), 1) }
    }
    return flag.seen
}

/// Depth above which the scanner refuses (expat has no bound): such inputs are skipped.
func tooDeep(_ data: [UInt8]) -> Bool {
    var opens = 0
    for i in data.indices where data[i] == 0x3C && i + 1 < data.count && data[i + 1] != 0x2F && data[i + 1] != 0x21 && data[i + 1] != 0x3F {
        opens += 1
    }
    return opens > 64
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard !bytes.isEmpty else { return 0 }
    let ours = scannerTrace(bytes)
    // DTDs are refused on purpose (expat would read them): the scanner must never accept one.
    let hasDTD = bytes.withUnsafeBytes { Bytes.contains($0, Array("<!DOCTYPE".utf8)) || Bytes.contains($0, Array("<!ENTITY".utf8)) }
    if hasDTD, let ours {
        // A DOCTYPE inside a comment or CDATA is text, not a declaration: only fail when
        // expat itself sees a declaration.
        if expatSeesDTD(bytes) { fatalError("scanner accepted a DTD:\n\(ours)") }
    }
    guard let ours, !hasDTD, !tooDeep(bytes) else { return 0 }
    // The scanner is not a validator: it checks structure, not every byte of text no reader
    // uses (SPEC §12 asks for bounded, typed failure, not for refusing what can be read), so
    // a document expat refuses may still scan. When both read it, they must agree exactly.
    guard let theirs = expatTrace(bytes) else { return 0 }
    if ours != theirs {
        fatalError("different events:\nscanner: \(ours)\nexpat:   \(theirs)")
    }
    return 0
}
