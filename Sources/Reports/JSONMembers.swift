import Scoring

/// What a JSON value is, as a document declares it: what each writer writes and what a
/// test checks a written document against.
indirect enum JSONShape: Sendable {
    case string
    case number
    case bool
    /// An object with exactly these keys, in this order.
    case object([(key: String, shape: JSONShape)])
    /// A list whose every element has this shape.
    case list(JSONShape)
    /// `null`, or a value of this shape.
    case optional(JSONShape)
    /// A value of one of these shapes (a cell of `inspect`).
    case oneOf([JSONShape])
}

/// One member of a JSON object: its key, its value's shape, and how the value is read
/// from the object's source. Made by the static functions below, which tie the shape to
/// the writing.
struct JSONMember<Source>: Sendable {
    /// How the value is read and written. A scalar's closure is the table's own (it
    /// captures nothing, so calling it costs no reference count); objects and lists write
    /// themselves.
    enum Value: Sendable {
        case string(@Sendable (Source) -> String)
        case optionalString(@Sendable (Source) -> String?)
        case localized(@Sendable (Source, Language) -> String)
        case optionalLocalized(@Sendable (Source, Language) -> String?)
        case number(@Sendable (Source) -> Double)
        case optionalNumber(@Sendable (Source) -> Double?)
        case integer(@Sendable (Source) -> Int)
        case optionalInteger(@Sendable (Source) -> Int?)
        case bool(@Sendable (Source) -> Bool)
        case optionalBool(@Sendable (Source) -> Bool?)
        case strings(@Sendable (Source, Language) -> [String])
        case written(@Sendable (inout JSONBytes, Source) -> Void)
    }

    let key: JSONKey
    let shape: JSONShape
    let value: Value

    private init(_ key: String, _ shape: JSONShape, _ value: Value) {
        self.key = JSONKey(key)
        self.shape = shape
        self.value = value
    }

    static func string(_ key: String, _ value: @escaping @Sendable (Source) -> String) -> Self {
        Self(key, .string, .string(value))
    }

    /// A string, `null` when nil.
    static func string(_ key: String, _ value: @escaping @Sendable (Source) -> String?) -> Self {
        Self(key, .optional(.string), .optionalString(value))
    }

    /// A string in the writer's language (a message).
    static func localized(_ key: String, _ value: @escaping @Sendable (Source, Language) -> String) -> Self {
        Self(key, .string, .localized(value))
    }

    /// A string in the writer's language (a message), `null` when nil.
    static func localized(_ key: String, _ value: @escaping @Sendable (Source, Language) -> String?) -> Self {
        Self(key, .optional(.string), .optionalLocalized(value))
    }

    static func number(_ key: String, _ value: @escaping @Sendable (Source) -> Double) -> Self {
        Self(key, .number, .number(value))
    }

    /// A number, `null` when nil.
    static func number(_ key: String, _ value: @escaping @Sendable (Source) -> Double?) -> Self {
        Self(key, .optional(.number), .optionalNumber(value))
    }

    static func number(_ key: String, _ value: @escaping @Sendable (Source) -> Int) -> Self {
        Self(key, .number, .integer(value))
    }

    /// A whole number, `null` when nil.
    static func number(_ key: String, _ value: @escaping @Sendable (Source) -> Int?) -> Self {
        Self(key, .optional(.number), .optionalInteger(value))
    }

    static func bool(_ key: String, _ value: @escaping @Sendable (Source) -> Bool) -> Self {
        Self(key, .bool, .bool(value))
    }

    /// `true` or `false`, `null` when nil.
    static func bool(_ key: String, _ value: @escaping @Sendable (Source) -> Bool?) -> Self {
        Self(key, .optional(.bool), .optionalBool(value))
    }

    /// A list of strings in the writer's language (messages) or of codes.
    static func strings(_ key: String, _ values: @escaping @Sendable (Source, Language) -> [String]) -> Self {
        Self(key, .list(.string), .strings(values))
    }

    /// An object written by `members` from what `value` gives.
    static func object<T>(_ key: String, _ members: JSONMembers<T>,
                          _ value: @escaping @Sendable (Source) -> T) -> Self {
        Self(key, members.shape, .written { $0.object(value($1), members) })
    }

    /// An object written by `members`, `null` when `value` gives nil.
    static func optionalObject<T>(_ key: String, _ members: JSONMembers<T>,
                                  _ value: @escaping @Sendable (Source) -> T?) -> Self {
        Self(key, .optional(members.shape), .written { w, source in
            if let v = value(source) { w.object(v, members) } else { w.null() }
        })
    }

    /// A list of objects written by `members`, one per element of `elements`.
    static func list<T, S: Sequence>(_ key: String, _ members: JSONMembers<T>,
                                     _ elements: @escaping @Sendable (Source) -> S) -> Self where S.Element == T {
        Self(key, .list(members.shape), .written { w, source in
            w.openArray()
            for e in elements(source) {
                w.element()
                w.object(e, members)
            }
            w.closeArray()
        })
    }

    /// A list of objects written by `members`, one per element `each` hands over, in
    /// order, each made only when it is written.
    static func list<T>(_ key: String, _ members: JSONMembers<T>,
                        each: @escaping @Sendable (Source, (T) -> Void) -> Void) -> Self {
        Self(key, .list(members.shape), .written { w, source in
            w.openArray()
            each(source) { e in
                w.element()
                w.object(e, members)
            }
            w.closeArray()
        })
    }

    /// A value of `shape` that `write` writes itself (a sheet's rows).
    static func custom(_ key: String, _ shape: JSONShape,
                       _ write: @escaping @Sendable (inout JSONBytes, Source) -> Void) -> Self {
        Self(key, shape, .written(write))
    }
}

/// The members of one kind of JSON object, in the order they are written: the one place
/// that says which keys the object has and what each holds.
struct JSONMembers<Source>: Sendable {
    let members: [JSONMember<Source>]
    /// Every key's string literal, one after the other, and where each ends: an object's
    /// keys are copied from one buffer, with no reference count per key.
    fileprivate let keyBytes: [UInt8]
    fileprivate let keyEnds: [Int]
    fileprivate let values: [JSONMember<Source>.Value]

    /// Members written in the byte order of their keys, the order `JSONEncoder`'s
    /// `.sortedKeys` gives (`check` and `consolidate`).
    init(sortedByKey members: [JSONMember<Source>]) {
        self.init(inOrder: members.sorted { $0.key.name.utf8.lexicographicallyPrecedes($1.key.name.utf8) })
    }

    /// Members written in the order given (`inspect`).
    init(inOrder members: [JSONMember<Source>]) {
        precondition(Set(members.map(\.key)).count == members.count, "a JSON key declared twice")
        self.members = members
        keyBytes = members.flatMap(\.key.quoted)
        var end = 0
        keyEnds = members.map { end += $0.key.quoted.count; return end }
        values = members.map(\.value)
    }

    /// The keys, in the order they are written.
    var keys: [String] { members.map(\.key.name) }

    /// The object's shape.
    var shape: JSONShape { .object(members.map { ($0.key.name, $0.shape) }) }
}

extension JSONBytes {
    /// An object: each of `members`, written from `source`.
    mutating func object<Source>(_ source: Source, _ members: JSONMembers<Source>) {
        openObject()
        members.keyBytes.withUnsafeBufferPointer { keys in
            members.keyEnds.withUnsafeBufferPointer { ends in
                members.values.withUnsafeBufferPointer { values in
                    var start = 0
                    for i in 0..<values.count {
                        key(quoted: UnsafeBufferPointer(rebasing: keys[start..<ends[i]]))
                        start = ends[i]
                        switch values[i] {
                        case .string(let v): string(v(source))
                        case .optionalString(let v): string(v(source))
                        case .localized(let v): string(v(source, language))
                        case .optionalLocalized(let v): string(v(source, language))
                        case .number(let v): number(v(source))
                        case .optionalNumber(let v): number(v(source))
                        case .integer(let v): number(v(source))
                        case .optionalInteger(let v): number(v(source))
                        case .bool(let v): bool(v(source))
                        case .optionalBool(let v): bool(v(source))
                        case .strings(let v): strings(v(source, language))
                        case .written(let write): write(&self, source)
                        }
                    }
                }
            }
        }
        closeObject()
    }
}
