import ArgumentParser
import Foundation
import Pipeline
import SheetReaders

extension InspectCommand {
    /// `thidua inspect` of an archive (.zip, .rar, .7z): every entry a batch reads, as `inspect`
    /// shows a file, named `archive › entry`; JSON `{"file","format","entries":[DOC…]}`. Exit 1 when an
    /// entry (or the archive) cannot be read.
    func inspectArchive(english: Bool) throws {
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
                    listings.append(name + (english ? " — not a spreadsheet, not read" : " — không phải bảng tính, không đọc"))
                    return
                }
                do throws(ReadError) {
                    let result = try SheetReader.read(data: try read(), name: name)
                    documents.append(InspectJSON.render(result, file: name))
                    listings.append(InspectListing.render(result, file: name, english: english, quiet: global.quiet))
                } catch {
                    failed = true
                    documents.append(InspectJSON.render(error, file: name, english: english))
                    listings.append(name + ": " + error.message(english: english) + " [" + error.code.rawValue + "]")
                }
            }
        } catch {
            print(json ? InspectJSON.render(error, file: file, english: english)
                       : file + ": " + error.message(english: english) + " [" + error.code.rawValue + "]")
            throw ExitCode(1)
        }
        if json {
            print("{\"file\":" + InspectJSON.quote(file) + ",\"format\":" + InspectJSON.quote(format)
                  + ",\"entries\":[" + documents.joined(separator: ",") + "]}")
        } else {
            print(listings.joined(separator: "\n\n"))
        }
        if failed { throw ExitCode(1) }
    }
}
