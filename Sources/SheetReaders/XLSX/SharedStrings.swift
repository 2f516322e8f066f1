/// Parses `sharedStrings.xml`: rich-text runs joined, phonetic runs (`rPh`) dropped,
/// `_xHHHH_` escapes decoded, text NFC. The declared counts are never trusted.
final class SharedStringsParser: XMLHandler {
    private(set) var strings: [String] = []
    private var buffer: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var inPhonetic = false
    private var bytes = 0
    private let file: String
    private let part: String
    private let limits: ReadLimits

    init(file: String, part: String, limits: ReadLimits) {
        self.file = file
        self.part = part
        self.limits = limits
        buffer.reserveCapacity(256)
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        if name.is("t") {
            inText = inItem && !inPhonetic
        } else if name.is("si") {
            inItem = true
            buffer.removeAll(keepingCapacity: true)
        } else if name.is("rPh") {
            inPhonetic = true
        } else if name.is("sst"), let count = attributes.value("uniqueCount").flatMap(Numbers.int) {
            strings.reserveCapacity(min(count, 4096))
        }
    }

    func end(_ name: XMLName) throws(ReadError) {
        if name.is("t") {
            inText = false
        } else if name.is("rPh") {
            inPhonetic = false
        } else if name.is("si") {
            inItem = false
            guard strings.count < limits.maxSharedStrings else {
                throw ReadError(.tooManySharedStrings, file: file, part: part, detail: "> \(limits.maxSharedStrings)")
            }
            bytes += buffer.count
            guard bytes <= limits.maxSharedStringBytes else {
                throw ReadError(.tooManySharedStrings, file: file, part: part,
                                detail: "> \(limits.maxSharedStringBytes) bytes")
            }
            strings.append(buffer.withUnsafeBufferPointer { Text.make($0, escapes: true) })
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { buffer.append(contentsOf: bytes) }
    }
}
