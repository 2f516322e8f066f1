import Foundation
import Scoring

extension TemplateWriter {
    /// Writes the templates into `directory`: the blank ones when `units` is empty,
    /// otherwise one per unit (`<code> - <name>.xlsx`). Each file is written to a
    /// temporary file in the same directory and renamed over the target, so no
    /// half-written template ever exists. Returns the paths written, in order.
    /// - Throws: `TemplateError.cannotWrite` naming the file.
    public func write(into directory: String, formats: [TemplateFormat], units: [RosterEntry] = []) throws(TemplateError) -> [String] {
        var written: [String] = []
        var used: Set<String> = []
        let targets: [RosterEntry?] = units.isEmpty ? [nil] : units.map { $0 }
        for unit in targets {
            for format in formats {
                var name = Self.fileName(for: unit, format: format)
                var n = 2
                while used.contains(name.lowercased()) {   // two units with the same code and name
                    name = Self.fileName(for: unit.map { RosterEntry(code: $0.code, name: "\($0.name) (\(n))", type: $0.type) },
                                         format: format)
                    n += 1
                }
                used.insert(name.lowercased())
                let path = (directory as NSString).appendingPathComponent(name)
                try writeAtomically(path) { tmp throws(TemplateError) in
                    switch format {
                    case .xlsx: try writeXLSX(to: tmp, unit: unit)
                    case .csv:
                        let bytes = csv(unit: unit)
                        guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else {
                            throw TemplateError(code: .cannotWrite, path: tmp, message: "cannot create the file")
                        }
                    }
                }
                written.append(path)
            }
        }
        return written
    }

    /// Runs `body` on a temporary path beside `path`, then renames it over `path` (`AtomicWrite`).
    func writeAtomically(_ path: String, _ body: (String) throws(TemplateError) -> Void) throws(TemplateError) {
        do {
            try AtomicWrite.write(to: path) { tmp in try body(tmp) }
        } catch let e as TemplateError {
            throw e
        } catch let e as AtomicWrite.Failure {
            throw TemplateError(code: .cannotWrite, path: path, message: e.reason, systemCode: e.code)
        } catch {
            throw TemplateError(code: .cannotWrite, path: path, message: "\(error)")
        }
    }
}
