import SheetModel

/// One `<sheet>` entry of `workbook.xml`.
struct SheetEntry {
    var name: String
    var state: SheetState
    var relationshipID: String
}

/// `workbook.xml`: the sheets in tab order, their state, and the date system.
struct WorkbookPart {
    private(set) var sheets: [SheetEntry] = []
    private(set) var date1904 = false

    /// Parses the workbook part.
    static func read(_ archive: ZipArchive, part: String, file: String, limits: ReadLimits) throws(ReadError) -> WorkbookPart {
        try archive.withEntry(part) { (bytes) throws(ReadError) -> WorkbookPart in
            try XMLDocument.scan(bytes, terminated: true, file: file, part: part, limits: limits) {
                (scanner) throws(ReadError) -> WorkbookPart in
                var workbook = WorkbookPart()
                while true {
                    switch try scanner.next() {
                    case .start:
                        if scanner.isNamed("sheet") {
                            guard workbook.sheets.count < limits.maxSheets else {
                                throw ReadError(.tooManySheets, file: file, part: part, detail: "> \(limits.maxSheets)")
                            }
                            let state: SheetState
                            switch try scanner.attribute("state").map({ (a) throws(ReadError) in try scanner.string(a) }) {
                            case "hidden": state = .hidden
                            case "veryHidden": state = .veryHidden
                            default: state = .visible
                            }
                            var name = ""
                            if let a = scanner.attribute("name") {
                                guard let s = try scanner.withValue(a, { (v) throws(ReadError) in Text.xml(v, escapes: false) })
                                else {
                                    throw ReadError(.xmlMalformed, file: file, part: part,
                                                    detail: "not well-formed (invalid token), sheet name")
                                }
                                name = s
                            }
                            let id = try scanner.attribute("id").map { (a) throws(ReadError) in try scanner.string(a) } ?? ""
                            workbook.sheets.append(SheetEntry(name: name, state: state, relationshipID: id))
                        } else if scanner.isNamed("workbookPr") {
                            let v = try scanner.attribute("date1904").map { (a) throws(ReadError) in try scanner.string(a) }
                            workbook.date1904 = v == "1" || v == "true"
                        }
                    case .end, .text:
                        continue
                    case .done:
                        return workbook
                    }
                }
            }
        }
    }
}

/// `docProps/app.xml`: the producing application and its version.
enum AppProperties {
    /// `Application`, `AppVersion` and `Company` when present and not empty.
    static func read(_ archive: ZipArchive, part: String, file: String, limits: ReadLimits) throws(ReadError) -> [String: String] {
        try archive.withEntry(part) { (bytes) throws(ReadError) -> [String: String] in
            try XMLDocument.scan(bytes, terminated: true, file: file, part: part, limits: limits) {
                (scanner) throws(ReadError) -> [String: String] in
                var properties: [String: String] = [:]
                var current: String?
                var buffer: [UInt8] = []
                while true {
                    switch try scanner.next() {
                    case .start:
                        // Any element starts afresh; one of the three names starts a value.
                        if scanner.isNamed("Application") { current = "Application" }
                        else if scanner.isNamed("AppVersion") { current = "AppVersion" }
                        else if scanner.isNamed("Company") { current = "Company" }
                        buffer.removeAll(keepingCapacity: true)
                    case .end:
                        // Any element's end ends the value.
                        guard let key = current else { continue }
                        guard let value = buffer.withUnsafeBufferPointer({ Text.xml($0, escapes: false) }) else {
                            throw ReadError(.xmlMalformed, file: file, part: part,
                                            detail: "not well-formed (invalid token), \(key)")
                        }
                        if !value.isEmpty { properties[key] = value }
                        current = nil
                    case .text:
                        if current != nil, buffer.count < 4096 { try scanner.appendText(to: &buffer) }
                    case .done:
                        return properties
                    }
                }
            }
        }
    }
}
