import Foundation
import NewsNLP

/// The corpus documents and their reviewed goldens: the check that `swift test` and
/// `swift run goldens` share, and the update that only the tool performs.
public struct GoldenCorpus: Sendable {
  /// The repository root, holding `Corpus/` and `Goldens/`.
  public let root: URL
  /// The pipeline whose output the goldens pin.
  public let pipeline: Pipeline

  /// The pipeline every golden is made with: the default `news` pipeline.
  public static var goldenPipeline: Pipeline { Pipeline.news }

  /// Creates a corpus over a repository root.
  public init(root: URL, pipeline: Pipeline = GoldenCorpus.goldenPipeline) {
    self.root = root
    self.pipeline = pipeline
  }

  var corpusDirectory: URL { root.appendingPathComponent("Corpus") }
  var goldensDirectory: URL { root.appendingPathComponent("Goldens") }

  /// A corpus document: its id (the file stem) and file.
  public struct CorpusDocument: Sendable, Hashable {
    /// The id, which names the document's golden folder.
    public let id: String
    /// The input file.
    public let url: URL
  }

  /// Every corpus document, sorted by id.
  public func documents() throws -> [CorpusDocument] {
    let names = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)
    return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
      let stem = (name as NSString).deletingPathExtension
      let ext = (name as NSString).pathExtension.lowercased()
      guard ["txt", "html", "htm"].contains(ext) else { return nil }
      return CorpusDocument(id: stem, url: corpusDirectory.appendingPathComponent(name))
    }
  }

  /// Annotates one corpus document.
  public func annotate(_ corpusDocument: CorpusDocument) throws -> Document {
    let bytes = [UInt8](try Data(contentsOf: corpusDocument.url))
    var warnings: [String] = []
    let input = try DocumentInput.from(
      bytes: bytes, isHTML: DocumentInput.isHTMLFileName(corpusDocument.url.lastPathComponent), warnings: &warnings)
    var document = Document(id: corpusDocument.id, input: input)
    document.warnings = warnings
    return try pipeline.annotate(document)
  }

  /// The golden files a document should have, keyed by path relative to the root.
  public func expectedFiles(for corpusDocument: CorpusDocument) throws -> [String: String] {
    let document = try annotate(corpusDocument)
    var files: [String: String] = [:]
    for (name, content) in GoldenFiles.render(document, pipeline: pipeline) {
      files["Goldens/\(corpusDocument.id)/\(name)"] = content
    }
    return files
  }

  /// Compares every document's output with its goldens.
  public func check() -> GoldenReport {
    run(update: false, document: nil, stage: nil)
  }

  /// Rewrites goldens that differ, are missing or are orphans, optionally for one document or stage.
  public func update(document: String? = nil, stage: String? = nil) -> GoldenReport {
    run(update: true, document: document, stage: stage)
  }

  private func run(update: Bool, document onlyDocument: String?, stage onlyStage: String?) -> GoldenReport {
    var report = GoldenReport()
    let documents: [CorpusDocument]
    do {
      documents = try self.documents()
    } catch {
      report.problems.append(.failed(path: "Corpus", message: "cannot list the corpus: \(error)"))
      return report
    }
    if let onlyDocument, !documents.contains(where: { $0.id == onlyDocument }) {
      report.problems.append(.failed(path: "Corpus/\(onlyDocument)", message: "no corpus document has this id"))
      return report
    }
    let stageFile = onlyStage.map(GoldenFiles.fileName(forStage:))
    var expectedPaths: Set<String> = []
    for corpusDocument in documents {
      let selected = onlyDocument == nil || onlyDocument == corpusDocument.id
      let expected: [String: String]
      do {
        expected = try expectedFiles(for: corpusDocument)
      } catch {
        report.problems.append(.failed(path: "Corpus/\(corpusDocument.url.lastPathComponent)", message: "\(error)"))
        // Its goldens are not orphans just because it failed.
        for name in existingFiles(inGoldenFolder: corpusDocument.id) {
          expectedPaths.insert("Goldens/\(corpusDocument.id)/\(name)")
        }
        continue
      }
      expectedPaths.formUnion(expected.keys)
      for path in expected.keys.sorted() {
        let content = expected[path]!
        guard selected, stageFile == nil || path.hasSuffix("/" + stageFile!) else { continue }
        let url = root.appendingPathComponent(path)
        let current = try? String(contentsOf: url, encoding: .utf8)
        if current == content {
          report.unchanged += 1
          continue
        }
        if update {
          do {
            try FileManager.default.createDirectory(
              at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
            if current == nil { report.created.append(path) } else { report.updated.append(path) }
          } catch {
            report.problems.append(.failed(path: path, message: "cannot write: \(error)"))
          }
        } else if let current {
          let diff = LineDiff.unified(
            old: current, new: content, oldName: "\(path) (golden)", newName: "\(path) (actual)")
          report.problems.append(.changed(path: path, diff: diff))
        } else {
          report.problems.append(.missing(path: path))
        }
      }
    }
    // Orphans: golden files that no corpus document produces.
    for path in allGoldenFiles() where !expectedPaths.contains(path) {
      let documentID = path.split(separator: "/").dropFirst().first.map(String.init)
      guard onlyDocument == nil || documentID == onlyDocument else { continue }
      guard stageFile == nil || path.hasSuffix("/" + stageFile!) else { continue }
      if update {
        do {
          try FileManager.default.removeItem(at: root.appendingPathComponent(path))
          report.removed.append(path)
          removeFolderIfEmpty(root.appendingPathComponent(path).deletingLastPathComponent())
        } catch {
          report.problems.append(.failed(path: path, message: "cannot remove: \(error)"))
        }
      } else {
        report.problems.append(.orphan(path: path))
      }
    }
    return report
  }

  private func existingFiles(inGoldenFolder id: String) -> [String] {
    let folder = goldensDirectory.appendingPathComponent(id)
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
  }

  /// Every file under `Goldens/`, as paths relative to the root.
  private func allGoldenFiles() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: goldensDirectory.path) else { return [] }
    var paths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = goldensDirectory.appendingPathComponent(relative).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
        !(relative as NSString).lastPathComponent.hasPrefix(".")
      {
        paths.append("Goldens/\(relative)")
      }
    }
    return paths.sorted()
  }

  private func removeFolderIfEmpty(_ folder: URL) {
    if let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty {
      try? FileManager.default.removeItem(at: folder)
    }
  }
}

/// What a golden check or update found.
public struct GoldenReport: Sendable {
  /// A difference between the goldens and the output.
  public enum Problem: Sendable, CustomStringConvertible {
    /// A golden whose content differs from the output, with a unified diff.
    case changed(path: String, diff: String)
    /// A golden that should exist and does not.
    case missing(path: String)
    /// A golden file that no corpus document produces.
    case orphan(path: String)
    /// A document or file that could not be processed.
    case failed(path: String, message: String)

    public var description: String {
      switch self {
      case .changed(let path, let diff): "changed: \(path)\n\(diff)"
      case .missing(let path): "missing golden: \(path) (run `swift run goldens --update` after review)"
      case .orphan(let path): "orphan golden: \(path) (no corpus document produces it)"
      case .failed(let path, let message): "failed: \(path): \(message)"
      }
    }
  }

  /// Differences (in a check) and failures.
  public var problems: [Problem] = []
  /// Goldens that matched.
  public var unchanged = 0
  /// Goldens written anew by an update.
  public var created: [String] = []
  /// Goldens rewritten by an update.
  public var updated: [String] = []
  /// Orphan goldens deleted by an update.
  public var removed: [String] = []

  /// Whether the check found nothing to review.
  public var isClean: Bool { problems.isEmpty }

  /// Every problem, one after another, for a terminal or a test failure.
  public var problemsText: String { problems.map(\.description).joined(separator: "\n") }

  /// A one-line count of what an update did.
  public var summary: String {
    "\(created.count) created, \(updated.count) updated, \(removed.count) removed, \(unchanged) unchanged"
      + (problems.isEmpty ? "" : ", \(problems.count) problems")
  }
}
