import Foundation

/// Where a value came from: a file and, within it, a sheet and cell or a text line.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's name as shown to users (path relative to the inbox, or as given).
    public var file: String
    /// The sheet's name, for workbooks.
    public var sheet: String?
    /// The cell, A1-style.
    public var cell: String?
    /// One-based line, for text formats where no cell applies.
    public var line: Int?

    public init(file: String, sheet: String? = nil, cell: CellRef? = nil, line: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell?.a1
        self.line = line
    }

    /// `Sheet!B7`, `B7`, `dòng 4` or an empty string; the file is not included.
    public var place: String {
        if let cell {
            if let sheet, !sheet.isEmpty { return Self.quoteSheet(sheet) + "!" + cell }
            return cell
        }
        if let line { return "line \(line)" }
        return ""
    }

    public var description: String { place.isEmpty ? file : file + " " + place }

    /// Quotes a sheet name for an A1 reference when it holds spaces or punctuation.
    public static func quoteSheet(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
        }
        if plain { return name }
        // Without an apostrophe inside (nearly always), no search and replace.
        guard name.utf8.contains(UInt8(ascii: "'")) else { return "'" + name + "'" }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
