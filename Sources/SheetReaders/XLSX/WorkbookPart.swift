import Glibc
import SheetModel

/// One `<sheet>` entry of `workbook.xml`.
struct SheetEntry {
    var name: String
    var state: SheetState
    var relationshipID: String
}

/// Parses `workbook.xml`: the sheets in tab order, their state, and the date system.
final class WorkbookParser: XMLHandler {
    private(set) var sheets: [SheetEntry] = []
    private(set) var date1904 = false
    private let maxSheets: Int
    private let file: String
    private let part: String

    init(file: String, part: String, limits: ReadLimits) {
        self.file = file
        self.part = part
        maxSheets = limits.maxSheets
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        if name.is("sheet") {
            guard sheets.count < maxSheets else {
                throw ReadError(.tooManySheets, file: file, part: part, detail: "> \(maxSheets)")
            }
            let state: SheetState
            switch attributes.string("state") {
            case "hidden": state = .hidden
            case "veryHidden": state = .veryHidden
            default: state = .visible
            }
            var name = ""
            if let value = attributes.value("name") {
                let n = strlen(value)
                guard let s = value.withMemoryRebound(to: UInt8.self, capacity: n, {
                    Text.xml(UnsafeBufferPointer(start: $0, count: n), escapes: false)
                }) else {
                    throw ReadError(.xmlMalformed, file: file, part: part, detail: "not well-formed (invalid token), sheet name")
                }
                name = s
            }
            sheets.append(SheetEntry(name: name, state: state, relationshipID: attributes.string("id") ?? ""))
        } else if name.is("workbookPr") {
            let v = attributes.string("date1904")
            date1904 = v == "1" || v == "true"
        }
    }

    func end(_ name: XMLName) throws(ReadError) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// Parses `docProps/app.xml` for the producing application and its version.
final class AppPropertiesParser: XMLHandler {
    private(set) var properties: [String: String] = [:]
    private var current: String?
    private var buffer: [UInt8] = []

    func start(_ name: XMLName, _ attributes: XMLAttributes) throws(ReadError) {
        if name.is("Application") { current = "Application" }
        else if name.is("AppVersion") { current = "AppVersion" }
        else if name.is("Company") { current = "Company" }
        buffer.removeAll(keepingCapacity: true)
    }

    func end(_ name: XMLName) throws(ReadError) {
        guard let key = current else { return }
        guard let value = buffer.withUnsafeBufferPointer({ Text.xml($0, escapes: false) }) else {
            throw ReadError(.xmlMalformed, file: "", part: "docProps/app.xml", detail: "not well-formed (invalid token), \(key)")
        }
        if !value.isEmpty { properties[key] = value }
        current = nil
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if current != nil, buffer.count < 4096 { buffer.append(contentsOf: bytes) }
    }
}
