import ArgumentParser
import Foundation
import NewsNLP

struct Annotate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Annotate documents and print the result.",
    discussion: """
      Reads each FILE (.html and .htm as HTML pages, anything else as text), or standard input when \
      no file is given. Exit status: 0 when every document was annotated, 1 when some document \
      failed (each failure is reported on standard error and the rest are processed), 2 for a \
      usage or configuration error.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text
  }

  @Argument(help: "Files to annotate; standard input when none is given.")
  var files: [String] = []

  @Option(help: "A built-in pipeline (\(Pipeline.builtInNames.joined(separator: ", "))) or a pipeline JSON file.")
  var pipeline: String = "news"

  @Option(help: "Output format: json (one object per document), jsonl (one per line) or text (for people).")
  var format: Format = .json

  @Flag(help: "Read standard input as an HTML page rather than text.")
  var html = false

  @Option(help: "The document id to use for standard input.")
  var id: String = "stdin"

  func run() throws {
    let pipeline: Pipeline
    do {
      pipeline = try Pipeline.resolve(self.pipeline)
    } catch {
      standardError("newsnlp: \(error)")
      throw ExitStatus.usage
    }
    var failures = 0
    var writtenJSON = 0
    let sources: [(id: String, path: String?)] =
      files.isEmpty ? [(id, nil)] : files.map { (Self.documentID(forPath: $0), $0) }
    let wrapInArray = format == .json && sources.count > 1
    if wrapInArray { write("[\n") }
    for source in sources {
      let label = source.path ?? "standard input"
      do {
        var warnings: [String] = []
        let input = try readInput(path: source.path, warnings: &warnings)
        var document = Document(id: source.id, input: input)
        document.warnings = warnings
        document = try pipeline.annotate(document)
        switch format {
        case .json:
          if wrapInArray && writtenJSON > 0 { write(",\n") }
          write(document.json(pretty: true) + "\n")
          writtenJSON += 1
        case .jsonl:
          write(document.json() + "\n")
        case .text:
          write(document.readableText())
        }
      } catch {
        failures += 1
        standardError("newsnlp: \(label): \(error)")
      }
    }
    if wrapInArray { write("]\n") }
    if failures > 0 { throw ExitStatus.documentFailed }
  }

  /// The id of a file's document: its name without directory and extension.
  static func documentID(forPath path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  private func readInput(path: String?, warnings: inout [String]) throws -> DocumentInput {
    guard let path else {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return try DocumentInput.from(bytes: [UInt8](data), isHTML: html, warnings: &warnings)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError("no such file")
    }
    if isDirectory.boolValue { throw CLIError("is a directory; give the files inside it") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > DocumentInput.maximumSize {
      throw DocumentError.tooLarge(bytes: size, limit: DocumentInput.maximumSize)
    }
    guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read the file") }
    return try DocumentInput.from(
      bytes: [UInt8](data), isHTML: html || DocumentInput.isHTMLFileName(path), warnings: &warnings)
  }

  private func write(_ string: String) {
    FileHandle.standardOutput.write(Data(string.utf8))
  }
}

struct CLIError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
