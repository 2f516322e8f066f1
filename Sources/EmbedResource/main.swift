// Build-time tool: turns text files into a Swift source of string constants,
// so the seed rubric is compiled into the binary and never looked up at run time.
//
// usage: EmbedResource OUTPUT.swift NAME=FILE...
import Foundation

let args = CommandLine.arguments.dropFirst()
guard let output = args.first, args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: EmbedResource OUTPUT.swift NAME=FILE...\n".utf8))
    exit(2)
}

var source = "// Generated at build time by EmbedResource. Do not edit.\n"
source += "/// Text files compiled into the binary.\npublic enum EmbeddedResources {\n"
for pair in args.dropFirst() {
    guard let eq = pair.firstIndex(of: "=") else { exit(2) }
    let name = String(pair[..<eq]), path = String(pair[pair.index(after: eq)...])
    guard let data = FileManager.default.contents(atPath: path),
          let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("EmbedResource: cannot read \(path)\n".utf8))
        exit(1)
    }
    // A multi-line raw string whose delimiter has more `#` than any run in the
    // text, so no sequence inside can end it or start an escape.
    var longest = 0, run = 0
    for ch in text { if ch == "#" { run += 1; longest = max(longest, run) } else { run = 0 } }
    let hashes = String(repeating: "#", count: longest + 1)
    let body = text.replacingOccurrences(of: "\r\n", with: "\n")
    source += "    /// Contents of `\((path as NSString).lastPathComponent)`.\n"
    source += "    public static let \(name): String = \(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)\n"
    source += "    /// File name of `\(name)`.\n"
    source += "    public static let \(name)FileName = \"\((path as NSString).lastPathComponent)\"\n"
}
source += "}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedResource: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
