import Foundation
import Testing

@Suite("newsnlp batches")
struct BatchCommandTests {
  @Test("a directory is annotated file by file in name order, the same with one job as with several")
  func directoryInOrder() throws {
    let one = try runNewsNLP(["annotate", "Corpus", "--format", "jsonl", "--jobs", "1"])
    let several = try runNewsNLP(["annotate", "Corpus", "--format", "jsonl", "--jobs", "4"])
    #expect(one.status == 0 && several.status == 0)
    #expect(one.stdout == several.stdout)
    let ids = one.stdout.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Corpus").path)
    #expect(ids == names.sorted().map { ($0 as NSString).deletingPathExtension })
  }

  @Test("JSON lines in, one result per line out; a bad line is reported with its number and the rest go on")
  func jsonLinesStream() throws {
    let input = """
      {"id": "a", "text": "Jen Psaki said it was over."}
      not json
      {"id": "b", "html": "<html><body><article><h1>Fire</h1><p>Crews arrived in Rome on Monday.</p></article></body></html>"}
      {"id": "c", "text": ""}

      """
    let result = try runNewsNLP(["annotate", "--input", "jsonl", "--format", "jsonl", "--jobs", "2"], input: input)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(objects.map { $0["id"] as? String } == ["a", "b"])
    #expect((objects.last?["text"] as? String)?.hasPrefix("Fire\n\nCrews arrived") == true)
    #expect(result.stderr.contains("line 2: not a JSON object"))
    #expect(result.stderr.contains("line 4 (id c): the document is empty"))
  }

  @Test("--jobs below one is a usage error")
  func jobsMustBePositive() throws {
    #expect(try runNewsNLP(["annotate", "--jobs", "0", "x.txt"]).status == 2)
  }
}

@Suite("newsnlp HTML view")
struct HTMLFormatTests {
  @Test("the HTML view is one self-contained page with entities, quotes linked to speakers, and the people table")
  func htmlPage() throws {
    let result = try runNewsNLP(["annotate", "Corpus/004_05f039a81f3996cc.txt", "Corpus/000_9fe5160837acbae7.txt", "--format", "html"])
    #expect(result.status == 0)
    let page = result.stdout
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.hasSuffix("</html>\n"))
    #expect(page.components(separatedBy: "<article").count == 3)
    #expect(!page.contains("<script") && !page.contains("src="))
    #expect(page.contains(#"<span class="entity PERSON" title="PERSON">Ned Price<span class="label">PERSON</span></span>"#))
    #expect(page.contains(#"<mark class="quote direct" title="direct quote: Ned Price (said)">"#))
    #expect(page.contains(##"<sup class="speaker"><a href="#"##))
    #expect(page.contains("<td>Ned Price</td><td>State Department spokesman</td>"))
    // Every link points at a row that exists.
    let anchors = page.components(separatedBy: "href=\"#").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(!anchors.isEmpty)
    for anchor in anchors { #expect(page.contains("id=\"\(anchor)\"")) }
  }
}

@Suite("newsnlp as a stream filter")
struct StreamingTests {
  @Test("a JSON line's result is written before the input ends")
  func resultsArriveWhileInputIsOpen() throws {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let process = Process()
    process.executableURL = directory.appendingPathComponent("newsnlp")
    process.arguments = ["annotate", "--input", "jsonl", "--format", "jsonl", "--pipeline", "text"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(#"{"id": "first", "text": "Jen Psaki spoke."}"#.utf8 + [0x0A]))
    // Read the first result while standard input is still open; give up after 20 seconds.
    let received = DispatchSemaphore(value: 0)
    let box = ReceivedLine()
    Thread {
      var bytes: [UInt8] = []
      while let byte = try? output.fileHandleForReading.read(upToCount: 1)?.first {
        if byte == 0x0A { break }
        bytes.append(byte)
      }
      box.line = String(decoding: bytes, as: UTF8.self)
      received.signal()
    }.start()
    let arrived = received.wait(timeout: .now() + 20) == .success
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(arrived)
    #expect(box.line?.hasPrefix(#"{"id":"first""#) == true)
  }
}

final class ReceivedLine: @unchecked Sendable {
  var line: String?
}
