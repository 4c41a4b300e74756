import Foundation
import Testing

/// Runs the built `newsnlp` program, which sits beside the test bundle.
func runNewsNLP(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
  let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  var executable = directory.appendingPathComponent("newsnlp")
  if !FileManager.default.fileExists(atPath: executable.path) {
    // On macOS the bundle is one level deeper.
    executable = directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("newsnlp")
  }
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  let output = Pipe()
  let errors = Pipe()
  let standardInput = Pipe()
  process.standardOutput = output
  process.standardError = errors
  process.standardInput = standardInput
  try process.run()
  if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
  try standardInput.fileHandleForWriting.close()
  let outData = output.fileHandleForReading.readDataToEndOfFile()
  let errData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite("newsnlp annotate")
struct AnnotateCommandTests {
  @Test("annotating a seed prints contract-shaped JSON with tokens and exits 0")
  func seedPrintsJSON() throws {
    let result = try runNewsNLP(["annotate", "Corpus/000_9fe5160837acbae7.txt", "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["id"] as? String == "000_9fe5160837acbae7")
    #expect((object["text"] as? String)?.hasPrefix("Biden administration officials") == true)
    let tokens = try #require(object["tokens"] as? [[String: Any]])
    #expect(tokens.first?["text"] as? String == "Biden")
    #expect(tokens.first?["start"] as? Int == 0)
    #expect(tokens.first?["end"] as? Int == 5)
  }

  @Test("standard input is read when no file is given")
  func standardInputIsRead() throws {
    let result = try runNewsNLP(["annotate", "--format", "jsonl", "--id", "piped"], input: "Mr. Price left.")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(#"{"id":"piped","text":"Mr. Price left.""#))
    #expect(result.stdout.hasSuffix("}\n"))
  }

  @Test("a failing document is reported on stderr, the rest processed, and the exit status is 1")
  func failedDocumentExitsOne() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("newsnlp-empty-\(UUID()).txt")
    try Data().write(to: empty)
    defer { try? FileManager.default.removeItem(at: empty) }
    let result = try runNewsNLP(["annotate", empty.path, "Corpus/004_05f039a81f3996cc.txt", "--format", "jsonl"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("the document is empty"))
    #expect(result.stdout.split(separator: "\n").count == 1)
    #expect(result.stdout.contains(#""id":"004_05f039a81f3996cc""#))
  }

  @Test("several files in json format make one JSON array")
  func severalFilesMakeAnArray() throws {
    let result = try runNewsNLP(["annotate", "Corpus/000_9fe5160837acbae7.txt", "Corpus/004_05f039a81f3996cc.txt"])
    #expect(result.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.map { $0["id"] as? String } == ["000_9fe5160837acbae7", "004_05f039a81f3996cc"])
  }

  @Test("usage and configuration errors exit 2 with a one-line reason", arguments: [
    (["annotate", "--format", "xml"], "The value 'xml' is invalid"),
    (["annotate", "--pipeline", "newz", "x.txt"], #"unknown pipeline "newz""#),
  ])
  func usageErrorsExitTwo(_ arguments: [String], _ message: String) throws {
    let result = try runNewsNLP(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message))
  }

  @Test("the text format shows one sentence a line for people, with entities marked")
  func textFormatIsReadable() throws {
    let result = try runNewsNLP(["annotate", "--format", "text", "--pipeline", "text"], input: "Hi, you. Mr. Lee\nleft Rome on Monday.")
    #expect(result.status == 0)
    #expect(result.stdout == "Hi, you.\nMr. [Lee]{PERSON} left [Rome]{GPE} on [Monday]{DATE}.\n\nPeople:\n  Lee: 1 mentions, 0 quotes\n")
    let quoted = try runNewsNLP(["annotate", "--format", "text", "--pipeline", "text"], input: "“We will,” Maria Lopez said.")
    #expect(quoted.stdout.contains("Quotes:\n  direct — Maria Lopez (said): We will\n"))
  }
}
