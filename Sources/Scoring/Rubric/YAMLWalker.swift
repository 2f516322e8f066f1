import Yams

/// Reads a Yams node tree with key paths and line numbers, so every refusal can
/// say where it is (`items[4].max`, line 73).
final class YAMLWalker {
    let file: String
    /// Line of each key path seen (the key's own line for mapping values).
    private(set) var lines: [String: Int] = [:]
    /// The code or key decoded for a list element's path (`items[4]` → `4b`), for messages.
    private(set) var names: [String: String] = [:]

    init(file: String) { self.file = file }

    /// An error at a path, with the path's line when known.
    func error(_ reason: RubricError.Reason, _ path: String, line: Int? = nil,
               _ message: RubricMessage, detail: String? = nil) -> RubricError {
        RubricError(reason, file: file, path: path, line: line ?? lines[path] ?? nearestLine(path),
                    message, names: names, detail: detail)
    }

    /// Records the code or key of the list element at `path`.
    func name(_ path: String, _ code: String) {
        if !code.isEmpty { names[path] = code }
    }

    /// The line of the closest recorded ancestor of a path.
    func nearestLine(_ path: String) -> Int? {
        var p = Substring(path)
        while let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) {
            p = p[..<cut]
            if let l = lines[String(p)] { return l }
        }
        return nil
    }

    /// Records a node's line under a path.
    func note(_ path: String, _ node: Node) {
        if lines[path] == nil, let line = node.mark?.line { lines[path] = line }
    }

    /// A mapping's entries by key; refuses unknown and duplicated keys.
    func mapping(_ node: Node, at path: String, allowed: [String]) throws(RubricError) -> Fields {
        guard case .mapping(let map) = node else {
            throw error(.wrongType, path, line: node.mark?.line,
                        .expectedMapping)
        }
        var entries: [String: Node] = [:]
        for (keyNode, value) in map {
            let key = keyNode.scalar?.string ?? ""
            let sub = path.isEmpty ? key : path + "." + key
            let line = keyNode.mark?.line
            guard allowed.contains(key) else {
                throw error(.unknownKey, sub, line: line,
                            .unknownKey(key: key, allowed: allowed))
            }
            guard entries[key] == nil else {
                throw error(.duplicateKey, sub, line: line,
                            .duplicateKey(key: key))
            }
            entries[key] = value
            if let line { lines[sub] = line }
        }
        return Fields(path: path, entries: entries, line: node.mark?.line, walker: self)
    }

    /// A sequence's elements, each with its path (`items[3]`).
    func sequence(_ node: Node, at path: String) throws(RubricError) -> [(path: String, node: Node)] {
        guard case .sequence(let seq) = node else {
            throw error(.wrongType, path, line: node.mark?.line,
                        .expectedList)
        }
        var out: [(String, Node)] = []
        for (i, element) in seq.enumerated() {
            let sub = "\(path)[\(i)]"
            note(sub, element)
            out.append((sub, element))
        }
        return out
    }
}

/// The entries of one mapping, with typed accessors that default or refuse.
struct Fields {
    let path: String
    let entries: [String: Node]
    let line: Int?
    let walker: YAMLWalker

    func sub(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// True when the key is present.
    func has(_ key: String) -> Bool { entries[key] != nil }

    /// The node under a key, or a `missingKey` refusal.
    func required(_ key: String) throws(RubricError) -> Node {
        guard let node = entries[key] else {
            throw walker.error(.missingKey, sub(key), line: walker.lines[path] ?? line,
                               .missingKey(key: key))
        }
        return node
    }

    /// A text value; `fallback` when absent (nil fallback: required).
    func string(_ key: String, _ fallback: String? = nil) throws(RubricError) -> String {
        guard entries[key] != nil || fallback == nil else { return fallback! }
        let node = try required(key)
        guard case .scalar(let s) = node else {
            throw walker.error(.wrongType, sub(key), .expectedText)
        }
        return s.string
    }

    /// A number; `fallback` when absent (nil: required).
    func double(_ key: String, _ fallback: Double? = nil) throws(RubricError) -> Double {
        guard entries[key] != nil || fallback == nil else { return fallback! }
        let text = try string(key)
        guard let d = Double(text.trimmingWhitespace()), d.isFinite else {
            throw walker.error(.wrongType, sub(key),
                               .expectedNumber(written: text))
        }
        return d
    }

    /// A whole number; `fallback` when absent (nil: required).
    func int(_ key: String, _ fallback: Int? = nil) throws(RubricError) -> Int {
        guard entries[key] != nil || fallback == nil else { return fallback! }
        let text = try string(key)
        guard let i = Int(text.trimmingWhitespace()) else {
            throw walker.error(.wrongType, sub(key), .expectedWhole(written: text))
        }
        return i
    }

    /// true / false; `fallback` when absent.
    func bool(_ key: String, _ fallback: Bool) throws(RubricError) -> Bool {
        guard entries[key] != nil else { return fallback }
        let text = try string(key).lowercased()
        switch text {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw walker.error(.wrongType, sub(key), .expectedBool(written: text))
        }
    }

    /// A list of texts (`[excellent, good]`); `[]` when absent.
    func strings(_ key: String) throws(RubricError) -> [String] {
        guard let node = entries[key] else { return [] }
        var out: [String] = []
        for (p, element) in try walker.sequence(node, at: sub(key)) {
            guard case .scalar(let s) = element else {
                throw walker.error(.wrongType, p, .expectedText)
            }
            out.append(s.string)
        }
        return out
    }

    /// A nested mapping; nil when absent.
    func mapping(_ key: String, allowed: [String]) throws(RubricError) -> Fields? {
        guard let node = entries[key] else { return nil }
        return try walker.mapping(node, at: sub(key), allowed: allowed)
    }

    /// The elements of a nested list; `[]` when absent.
    func list(_ key: String) throws(RubricError) -> [(path: String, node: Node)] {
        guard let node = entries[key] else { return [] }
        return try walker.sequence(node, at: sub(key))
    }
}
