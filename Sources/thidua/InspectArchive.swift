import ArgumentParser
import Catalog
import Foundation
import Pipeline
import Reports
import Scoring
import SheetReaders

extension InspectCommand {
    /// `thidua inspect` of an archive (.zip, .rar, .7z): every entry a batch reads, as `inspect`
    /// shows a file, named `archive › entry`; JSON `{"file","format","entries":[DOC…]}`. Exit 1 when an
    /// entry (or the archive) cannot be read.
    func inspectArchive(language: Language) throws {
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data())
        var documents: [String] = [], listings: [String] = []
        var failed = false
        let format: String
        do throws(ReadError) {
            guard let archive = try FileArchive.open(bytes, name: file, limits: .standard) else {
                throw ReadError(.unknownFormat, file: file)
            }
            format = archive.format.rawValue
            try archive.forEach { (entry, read) throws(ReadError) in
                guard !entry.isDirectory else { return }
                let name = file + " › " + entry.name
                guard SubmissionReader.readsArchiveEntry(entry.name) else {  // as consolidate does
                    listings.append(InspectText.notSpreadsheet(entry: name).text(language))
                    return
                }
                do throws(ReadError) {
                    let result = try SheetReader.read(data: try read(), name: name)
                    documents.append(InspectJSON.render(result, file: name))
                    listings.append(InspectListing.render(result, file: name, language: language, quiet: global.quiet))
                } catch {
                    failed = true
                    let finding = SubmissionReader.finding(for: error, name: name)
                    documents.append(InspectJSON.render(error, file: name, message: finding.text(language)))
                    listings.append(name + Console.line(finding, language, verbose: global.verbose))
                }
            }
        } catch {
            let finding = SubmissionReader.finding(for: error, name: file)
            print(json ? InspectJSON.render(error, file: file, message: finding.text(language))
                       : file + Console.line(finding, language, verbose: global.verbose))
            throw ExitCode(1)
        }
        if json {
            print(InspectJSON.render(archive: file, format: format, entries: documents))
        } else {
            print(listings.joined(separator: "\n\n"))
        }
        if failed { throw ExitCode(1) }
    }
}
