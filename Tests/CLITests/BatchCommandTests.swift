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
