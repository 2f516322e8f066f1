/// One `<Relationship>` of a `.rels` part, with its target resolved to a ZIP entry path.
struct Relationship {
    var id: String
    /// The type URI's last segment (`worksheet`, `sharedStrings`, `officeDocument`…), which
    /// is the same in transitional and Strict OOXML.
    var kind: String
    /// The target as written in the `.rels` part.
    var target: String
    /// The directory the target is relative to.
    var base: String
    var external: Bool

    /// The target as a ZIP entry path, without a leading `/` (resolved on demand).
    var path: String { external ? target : RelationshipsParser.resolve(target, from: base) }
}

/// Parses `.rels` parts and resolves part names.
enum RelationshipsParser {
    /// The relationships of a `.rels` part whose targets are relative to `base`.
    static func parse(_ archive: ZipArchive, part: String, base: String, file: String,
                      limits: ReadLimits) throws(ReadError) -> [Relationship] {
        try archive.withEntry(part) { (bytes) throws(ReadError) -> [Relationship] in
            try XMLDocument.scan(bytes, terminated: true, file: file, part: part, limits: limits) {
                (scanner) throws(ReadError) -> [Relationship] in
                var items: [Relationship] = []
                while true {
                    switch try scanner.next() {
                    case .start:
                        guard scanner.isNamed("Relationship"), let targetAttr = scanner.attribute("Target") else { continue }
                        let target = try scanner.string(targetAttr)
                        var kind = ""
                        if let a = scanner.attribute("Type") {
                            // the type URI's last segment
                            kind = try scanner.withValue(a) { (v) throws(ReadError) -> String in
                                let slash = v.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
                                return String(decoding: UnsafeBufferPointer(rebasing: v[slash...]), as: UTF8.self)
                            }
                        }
                        let external = try scanner.attribute("TargetMode").map { (a) throws(ReadError) in
                            try scanner.string(a) == "External"
                        } ?? false
                        let id = try scanner.attribute("Id").map { (a) throws(ReadError) in try scanner.string(a) } ?? ""
                        items.append(Relationship(id: id, kind: kind, target: target, base: base, external: external))
                    case .end, .text:
                        continue
                    case .done:
                        return items
                    }
                }
            }
        }
    }

    /// Resolves a target against a base directory: absolute targets start at the package root,
    /// `.` and `..` segments are folded, `\` is read as `/`.
    static func resolve(_ target: String, from base: String) -> String {
        let t = target.replacingBackslashes()
        if !t.utf8.contains(0x2E) || !(t.utf8.first == 0x2E || hasPair(t, 0x2F, 0x2E)) {
            if t.utf8.first == 0x2F { return String(t.dropFirst()) }
            if !hasPair(t, 0x2F, 0x2F) { return base + t }
        }
        var segments: [Substring] = t.hasPrefix("/") ? [] : base.split(separator: "/")
        for s in t.split(separator: "/") {
            if s == "." || s.isEmpty { continue }
            if s == ".." { _ = segments.popLast(); continue }
            segments.append(s)
        }
        return segments.joined(separator: "/")
    }

    /// True when byte `a` is directly followed by byte `b` somewhere in `s`.
    private static func hasPair(_ s: String, _ a: UInt8, _ b: UInt8) -> Bool {
        var previous: UInt8 = 0
        for c in s.utf8 {
            if previous == a && c == b { return true }
            previous = c
        }
        return false
    }

    /// The `.rels` part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relsPath(of part: String) -> String {
        let dir = directory(of: part)
        if let slash = lastSlash(part) {  // ASCII name after the slash, or none at all
            let name = String(part.utf8[part.utf8.index(after: slash)...])!
            if !name.isEmpty { return dir + "_rels/" + name + ".rels" }
        }
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return dir + "_rels/" + name + ".rels"
    }

    /// The directory of a part, with a trailing `/` (or empty at the root).
    static func directory(of part: String) -> String {
        if let slash = lastSlash(part) { return String(part.utf8[...slash])! }
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The last `/` of an ASCII part name (as `lastIndex(of: "/")`); nil for other names
    /// or none.
    private static func lastSlash(_ part: String) -> String.Index? {
        guard part.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return part.utf8.lastIndex(of: 0x2F)
    }

    /// Reads the relationships of `part` (none when it has no `.rels`).
    static func read(of part: String, archive: ZipArchive, file: String,
                     limits: ReadLimits) throws(ReadError) -> [Relationship] {
        let rels = relsPath(of: part)
        guard archive.contains(rels) else { return [] }
        return try parse(archive, part: rels, base: directory(of: part), file: file, limits: limits)
    }
}

extension String {
    func replacingBackslashes() -> String {
        utf8.contains(0x5C) ? String(map { $0 == "\\" ? "/" : $0 }) : self
    }
}
