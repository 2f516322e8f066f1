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
final class RelationshipsParser: XMLHandler {
    private(set) var items: [Relationship] = []
    private let base: String

    /// `base` is the directory of the part the relationships belong to (`xl/`, or `` for the package).
    init(base: String) { self.base = base }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        guard name.is("Relationship"), let target = attributes.string("Target") else { return }
        var kind = ""
        if let type = attributes.value("Type") {
            var last = type
            var p = type
            while p.pointee != 0 {
                if p.pointee == 0x2F { last = p + 1 }
                p += 1
            }
            kind = String(cString: last)
        }
        let external = attributes.value("TargetMode").map { XMLName.equal($0, "External") } ?? false
        items.append(Relationship(id: attributes.string("Id") ?? "", kind: kind, target: target,
                                  base: base, external: external))
    }

    func end(_ name: XMLName) throws(ReadError) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

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
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return dir + "_rels/" + name + ".rels"
    }

    /// The directory of a part, with a trailing `/` (or empty at the root).
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// Reads the relationships of `part` (none when it has no `.rels`).
    static func read(of part: String, archive: ZipArchive, file: String,
                     limits: ReadLimits) throws(ReadError) -> [Relationship] {
        let rels = relsPath(of: part)
        guard archive.contains(rels) else { return [] }
        let parser = RelationshipsParser(base: directory(of: part))
        try XMLStream.parse(archive, part: rels, handler: parser, file: file, limits: limits)
        return parser.items
    }
}

extension String {
    func replacingBackslashes() -> String {
        utf8.contains(0x5C) ? String(map { $0 == "\\" ? "/" : $0 }) : self
    }
}
