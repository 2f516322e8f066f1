import ArgumentParser
import Foundation
import Scoring

/// `--rubric FILE`, shared by every command that scores; the embedded seed
/// rubric when absent.
struct RubricOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Tệp thang điểm (YAML); mặc định: thang điểm của kế hoạch mẫu.",
                                            valueName: "FILE"))
    var rubric: String?

    /// The rubric to use. Prints the refusal on standard error and exits 2 when
    /// the file cannot be read or is not a valid rubric.
    func load(language: Language) throws -> LoadedRubric {
        guard let path = rubric else { return LoadedRubric.seed }
        return try RubricFile.load(path: path, language: language)
    }
}

/// Reading a rubric file for the CLI.
enum RubricFile {
    /// Loads and checks a rubric file; on failure prints why and throws `ExitCode(2)`.
    static func load(path: String, language: Language) throws -> LoadedRubric {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            let text = language == .en ? "\(path): cannot read the rubric file."
                                       : "\(path): không đọc được tệp thang điểm."
            FileHandle.standardError.write(Data((text + "\n").utf8))
            throw ExitCode(2)
        }
        do {
            return try RubricLoader.load(bytes: Array(data), fileName: name)
        } catch {
            FileHandle.standardError.write(Data((error.text(language) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
