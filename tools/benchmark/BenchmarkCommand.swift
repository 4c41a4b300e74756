import ArgumentParser
import Foundation
import NewsNLP

@main
struct BenchmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "benchmark",
    abstract: "Time each stage over the corpus on one core and print MB/s and peak memory.",
    discussion: """
      Build in release mode: swift run -c release benchmark. Each measurement annotates the corpus \
      documents one by one, cycling through them until at least --megabytes of input were processed. \
      MB is 10^6 bytes of UTF-8 input. Peak memory is the process's peak resident set (VmHWM), reset \
      before each measurement.
      """)

  @Option(help: "Megabytes of input per measurement.")
  var megabytes: Double = 20

  @Option(help: "The repository root holding Corpus/.")
  var root: String = FileManager.default.currentDirectoryPath

  @Option(help: "Only measurements whose name contains this text.")
  var only: String?

  @Flag(help: "Also clean one synthetic 100 MB page and report its time and peak memory.")
  var largePage = false

  @Flag(help: "Also run the news pipeline over a 100 MB batch with 1, 2 and all cores.")
  var jobsScaling = false

  func run() throws {
    let corpus = URL(fileURLWithPath: root).appendingPathComponent("Corpus")
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
    var texts: [String] = []
    var pages: [[UInt8]] = []
    for name in names {
      let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
      if DocumentInput.isHTMLFileName(name) {
        pages.append(bytes)
      } else if name.hasSuffix(".txt") {
        var warnings: [String] = []
        if case .text(let text) = try DocumentInput.text(bytes: bytes, warnings: &warnings) { texts.append(text) }
      }
    }
    let target = Int(megabytes * 1_000_000)
    print("corpus: \(texts.count) text documents, \(pages.count) HTML pages; \(megabytes) MB per measurement, one core")
    print(pad("measurement", 30) + pad("MB/s", 10) + pad("docs/s", 12) + pad("peak MB", 10) + "input MB")

    // Loading the gazetteers happens once, on first use; time it before anything else touches them.
    let clock = ContinuousClock()
    let loadStart = clock.now
    let problem = EntityRecognizer.gazetteerProblem
    let loadTime = clock.now - loadStart
    print("gazetteers loaded in \(Int(Double(loadTime.components.attoseconds) / 1e15 + Double(loadTime.components.seconds) * 1000)) ms\(problem.map { " (\($0))" } ?? "")")
    let tokenizer = Tokenizer()
    let cleaner = Cleaner()
    let cleanedTexts = try texts.map { try Pipeline.news.annotate(text: $0).text }
      + pages.map { try Pipeline.news.annotate(.html(bytes: $0, charset: nil)).text }
    measure("clean (scraped text)", inputs: texts, size: \.utf8.count, target: target) { text in
      _ = try cleaner.processed(Document(id: "b", input: .text(text)))
    }
    measure("clean (HTML pages)", inputs: pages, size: \.count, target: target) { page in
      _ = try cleaner.processed(Document(id: "b", input: .html(bytes: page, charset: nil)))
    }
    measure("tokenize", inputs: cleanedTexts, size: \.utf8.count, target: target) { text in
      _ = tokenizer.tokenize(text)
    }
    let splitter = SentenceSplitter()
    measure("tokenize + sentences", inputs: cleanedTexts, size: \.utf8.count, target: target) { text in
      _ = splitter.split(text, tokens: tokenizer.tokenize(text))
    }
    let entityPipeline = try Pipeline([Tokenizer(), SentenceSplitter(), EntityRecognizer()])
    measure("tokenize + sentences + entities", inputs: cleanedTexts, size: \.utf8.count, target: target) { text in
      _ = try entityPipeline.annotate(text: text)
    }
    measure("text pipeline", inputs: cleanedTexts, size: \.utf8.count, target: target) { text in
      _ = try Pipeline.text.annotate(text: text)
    }
    measure("news pipeline (HTML pages)", inputs: pages, size: \.count, target: target) { page in
      _ = try Pipeline.news.annotate(.html(bytes: page, charset: nil))
    }
    if jobsScaling {
      try measureScaling(texts: texts, pages: pages)
    }
    if largePage {
      // One page of about 100 MB: the bad-input case, measured for time and memory.
      let paragraph = Array("<p>The council met again on Tuesday to discuss the budget &amp; nobody agreed on anything.</p>\n".utf8)
      var page = Array("<html><body><article><h1>Budget</h1>".utf8)
      page.reserveCapacity(100_000_000 + 200)
      while page.count < 100_000_000 { page += paragraph }
      page += Array("</article></body></html>".utf8)
      measure("clean (one 100 MB page)", inputs: [page], size: \.count, target: 1, warmUp: false) { page in
        _ = try cleaner.processed(Document(id: "large", input: .html(bytes: page, charset: nil)))
      }
    }
  }

  private func measure<Input>(
    _ name: String, inputs: [Input], size: (Input) -> Int, target: Int, warmUp: Bool = true,
    _ body: (Input) throws -> Void
  ) {
    guard only.map({ name.contains($0) }) ?? true, !inputs.isEmpty else { return }
    // Warm up caches and lazily built tables outside the timing.
    if warmUp { for input in inputs { try? body(input) } }
    resetPeakMemory()
    var bytes = 0
    var documents = 0
    var failures = 0
    let clock = ContinuousClock()
    let start = clock.now
    while bytes < target {
      for input in inputs {
        do { try body(input) } catch { failures += 1 }
        bytes += size(input)
        documents += 1
      }
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytesPerSecond = Double(bytes) / 1e6 / seconds
    print(
      pad(name, 30) + pad(String(format: "%.1f", megabytesPerSecond), 10)
        + pad(String(format: "%.0f", Double(documents) / seconds), 12)
        + pad(String(format: "%.1f", Double(peakMemoryKB()) / 1024), 10)
        + String(format: "%.1f", Double(bytes) / 1e6) + (failures > 0 ? "  (\(failures) failures)" : ""))
  }

  /// Documents/s and MB/s of the news pipeline over a 100 MB batch with several workers.
  private func measureScaling(texts: [String], pages: [[UInt8]]) throws {
    var batch: [DocumentInput] = []
    var total = 0
    let inputs = texts.map { DocumentInput.text($0) } + pages.map { DocumentInput.html(bytes: $0, charset: nil) }
    while total < 100_000_000 {
      for input in inputs {
        batch.append(input)
        switch input {
        case .text(let text): total += text.utf8.count
        case .html(let bytes, _): total += bytes.count
        }
      }
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("batch: \(batch.count) documents, \(String(format: "%.1f", Double(total) / 1e6)) MB; \(cores) cores")
    for jobs in Array(Set([1, 2, cores])).sorted() {
      resetPeakMemory()
      let clock = ContinuousClock()
      let start = clock.now
      let pipeline = Pipeline.news
      let shared = batch
      DispatchQueue.concurrentPerform(iterations: jobs) { worker in
        var index = worker
        while index < shared.count {
          _ = try? pipeline.annotate(shared[index], id: "b\(index)")
          index += jobs
        }
      }
      let elapsed = clock.now - start
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      print(
        pad("news pipeline, \(jobs) job\(jobs == 1 ? "" : "s")", 30) + pad(String(format: "%.1f", Double(total) / 1e6 / seconds), 10)
          + pad(String(format: "%.0f", Double(batch.count) / seconds), 12) + pad(String(format: "%.1f", Double(peakMemoryKB()) / 1024), 10)
          + String(format: "%.1f", Double(total) / 1e6))
    }
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  /// Resets VmHWM so each measurement reports its own peak (Linux only; elsewhere a no-op).
  private func resetPeakMemory() {
    try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
  }

  private func peakMemoryKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }
}

extension Stage {
  func processed(_ document: Document) throws -> Document {
    var document = document
    try process(&document)
    return document
  }
}
