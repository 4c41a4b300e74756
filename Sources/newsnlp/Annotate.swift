import ArgumentParser
import Foundation
import NewsNLP

struct Annotate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Annotate documents and print the result.",
    discussion: """
      Reads each FILE (.html and .htm as HTML pages, anything else as text) and every such file \
      under each DIRECTORY, or standard input when no file is given. With --input jsonl, reads one \
      JSON object per line ({"id": …, "text": …} or {"id": …, "html": …}) and writes one result per \
      line, flushed per document. Documents run on --jobs threads; output keeps the input order. \
      Exit status: 0 when every document was annotated, 1 when some document failed (each failure \
      is reported on standard error and the rest are processed), 2 for a usage or configuration error.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text, html
  }

  enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case files, jsonl
  }

  @Argument(help: "Files or directories to annotate; standard input when none is given.")
  var files: [String] = []

  @Option(help: "A built-in pipeline (\(Pipeline.builtInNames.joined(separator: ", "))) or a pipeline JSON file.")
  var pipeline: String = "news"

  @Option(help: "Output format: json (one object per document), jsonl (one per line), text or html (for people).")
  var format: Format = .json

  @Option(help: "Input: files (each file one document) or jsonl (one JSON object per line).")
  var input: InputFormat = .files

  @Option(help: "How many documents to annotate at once (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Read standard input as an HTML page rather than text.")
  var html = false

  @Option(help: "The document id to use for standard input.")
  var id: String = "stdin"

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  /// One unit of work: where a document comes from.
  enum Job: Sendable {
    case file(path: String, id: String)
    case standardInput(id: String, html: Bool)
    case jsonLine(number: Int, line: String, source: String)
  }

  /// What a job produced: the formatted output, or the reason it failed.
  struct Outcome: Sendable {
    var output: String?
    var failure: String?
    var bytes: Int
  }

  func run() throws {
    let pipeline: Pipeline
    do {
      pipeline = try Pipeline.resolve(self.pipeline)
    } catch {
      standardError("newsnlp: \(error)")
      throw ExitStatus.usage
    }
    let format = self.format
    let counts = Counts()
    let runner = OrderedBatchRunner<Outcome>(jobs: self.jobs)
    let work: @Sendable (Job) -> Outcome = { job in Self.annotate(job, pipeline: pipeline, format: format) }
    // Files are listed up front (for the count and the array decision); JSON lines stream.
    var jobs: [Job] = []
    if input == .files {
      do {
        jobs = try collectJobs()
      } catch {
        standardError("newsnlp: \(error)")
        throw ExitStatus.usage
      }
    }
    let sources = input == .jsonl ? try jsonlSources() : []
    let wrapInArray = format == .json && (input == .jsonl || jobs.count > 1)
    if wrapInArray { write("[\n") }
    if format == .html { write(Document.htmlPageStart) }
    let progress = ProgressLine(total: input == .files ? jobs.count : nil)
    let emit: @Sendable (Outcome) -> Void = { outcome in
      progress.advance(bytes: outcome.bytes)
      if let failure = outcome.failure {
        counts.failures += 1
        standardError("newsnlp: \(failure)")
      } else if let output = outcome.output {
        if wrapInArray && counts.written > 0 { Self.write(",\n") }
        Self.write(output)
        counts.written += 1
      }
    }
    if input == .jsonl {
      // Lines are read as they arrive and each result is written as soon as it is in order.
      for (source, handle) in sources {
        var number = 0
        let lines = LineReader(handle).lazy.compactMap { line -> Job? in
          number += 1
          return line.allSatisfy(\.isWhitespace) ? nil : .jsonLine(number: number, line: line, source: source)
        }
        runner.run(lines, work: work, emit: emit)
      }
    } else {
      runner.run(jobs, work: work, emit: emit)
    }
    progress.finish()
    if wrapInArray { write("]\n") }
    if format == .html { write(Document.htmlPageEnd) }
    if counts.failures > 0 { throw ExitStatus.documentFailed }
  }

  /// Tallies kept by the writer thread, read once it has finished.
  final class Counts: @unchecked Sendable {
    var failures = 0
    var written = 0
  }

  /// Where JSON lines come from: the files given, or standard input.
  private func jsonlSources() throws -> [(String, FileHandle)] {
    if files.isEmpty { return [("standard input", FileHandle.standardInput)] }
    return try files.map { path in
      guard let handle = FileHandle(forReadingAtPath: path) else {
        standardError("newsnlp: \(path): cannot read the file")
        throw ExitStatus.usage
      }
      return (path, handle)
    }
  }

  /// The documents to annotate, in order: files and the files under directories.
  private func collectJobs() throws -> [Job] {
    if files.isEmpty { return [.standardInput(id: id, html: html)] }
    var jobs: [Job] = []
    for path in files {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        for name in names where Self.isDocumentName(name) {
          let full = (path as NSString).appendingPathComponent(name)
          jobs.append(.file(path: full, id: Self.documentID(forPath: full)))
        }
      } else {
        jobs.append(.file(path: path, id: Self.documentID(forPath: path)))
      }
    }
    return jobs
  }

  private static func isDocumentName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return !((name as NSString).lastPathComponent.hasPrefix(".")) && (lower.hasSuffix(".txt") || DocumentInput.isHTMLFileName(lower))
  }

  /// The id of a file's document: its name without directory and extension.
  static func documentID(forPath path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  /// Reads, annotates and formats one document; never throws, so one bad document stops nothing.
  static func annotate(_ job: Job, pipeline: Pipeline, format: Format) -> Outcome {
    var label = ""
    var bytes = 0
    var anchor = "d"
    do {
      var warnings: [String] = []
      let document: Document
      switch job {
      case .file(let path, let id):
        label = path
        anchor = "d" + String(path.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }, radix: 36)
        let data = try readFile(path)
        bytes = data.count
        let input = try DocumentInput.from(bytes: data, isHTML: DocumentInput.isHTMLFileName(path), warnings: &warnings)
        document = Document(id: id, input: input)
      case .standardInput(let id, let html):
        label = "standard input"
        let data = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        bytes = data.count
        document = Document(id: id, input: try DocumentInput.from(bytes: data, isHTML: html, warnings: &warnings))
      case .jsonLine(let number, let line, let source):
        label = "\(source) line \(number)"
        anchor = "l\(number)"
        bytes = line.utf8.count
        let (id, input) = try parseLine(line) { id in label = "\(source) line \(number) (id \(id))" }
        document = Document(id: id, input: input)
      }
      var annotated = document
      annotated.warnings = warnings
      annotated = try pipeline.annotate(annotated)
      let output: String
      switch format {
      case .json: output = annotated.json(pretty: true) + "\n"
      case .jsonl: output = annotated.json() + "\n"
      case .text: output = annotated.readableText()
      case .html: output = annotated.htmlArticle(anchorPrefix: anchor)
      }
      return Outcome(output: output, failure: nil, bytes: bytes)
    } catch {
      return Outcome(output: nil, failure: "\(label): \(error)", bytes: bytes)
    }
  }

  private static func readFile(_ path: String) throws -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CLIError("no such file") }
    if isDirectory.boolValue { throw CLIError("is a directory") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > DocumentInput.maximumSize { throw DocumentError.tooLarge(bytes: size, limit: DocumentInput.maximumSize) }
    guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read the file") }
    return [UInt8](data)
  }

  /// `{"id": …, "text": …}` or `{"id": …, "html": …}`.
  private static func parseLine(_ line: String, identified: (String) -> Void) throws -> (String, DocumentInput) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
      throw CLIError("not a JSON object; expected {\"id\": …, \"text\": …} or {\"id\": …, \"html\": …}")
    }
    let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? "line"
    identified(id)
    if let text = object["text"] as? String {
      if text.isEmpty { throw DocumentError.empty }
      return (id, .text(text))
    }
    if let html = object["html"] as? String {
      if html.isEmpty { throw DocumentError.empty }
      return (id, .html(bytes: Array(html.utf8), charset: "utf-8"))
    }
    throw CLIError("the object has neither \"text\" nor \"html\"")
  }

  private func write(_ string: String) { Self.write(string) }

  static func write(_ string: String) {
    FileHandle.standardOutput.write(Data(string.utf8))
  }
}

struct CLIError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
