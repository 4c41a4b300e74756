import ArgumentParser
import Foundation
import GoldenKit

@main
struct GoldensCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "goldens",
    abstract: "Check the corpus output against the reviewed goldens, or regenerate them.",
    discussion: """
      Without --update, exits 1 and prints a unified diff for every golden that differs, is missing \
      or is an orphan. Review the diff; when the new output is right, run with --update.
      """)

  @Flag(help: "Regenerate the goldens instead of checking them.")
  var update = false

  @Option(help: "With --update: only this corpus document (its file stem).")
  var document: String?

  @Option(help: "With --update: only this stage's golden (e.g. tokenize).")
  var stage: String?

  @Option(help: "The repository root holding Corpus/ and Goldens/.")
  var root: String = FileManager.default.currentDirectoryPath

  @Flag(help: "Score the entity recognizer on Tests/EntityEvaluation instead (precision, recall, F1).")
  var evaluate = false

  @Flag(help: "With --evaluate: list every miss and false alarm.")
  var verbose = false

  @Option(help: "With --evaluate: score only the quote annotations in this folder (e.g. a fresh held-out set).")
  var quoteSet: String?

  func validate() throws {
    if !update && (document != nil || stage != nil) {
      throw ValidationError("--document and --stage go with --update")
    }
    if quoteSet != nil && !evaluate { throw ValidationError("--quote-set goes with --evaluate") }
  }

  func run() throws {
    if evaluate, let quoteSet {
      try printQuoteScores(title: quoteSet, folder: URL(fileURLWithPath: quoteSet))
      return
    }
    if evaluate {
      // Each evaluation folder holds the development set; its heldout/ folder the held-out set.
      let sets = [("development set (rules were tuned on it)", ""), ("held-out set (written after the rules were frozen)", "heldout")]
      let entityFolder = URL(fileURLWithPath: root).appendingPathComponent("Tests/EntityEvaluation")
      for (title, subfolder) in sets {
        let evaluation = try EntityEvaluation(folder: entityFolder.appendingPathComponent(subfolder))
        let report = try evaluation.score()
        let gold = evaluation.articles.map(\.gold.count).reduce(0, +)
        printScores("\(title): \(evaluation.articles.count) articles, \(gold) gold entities", report.table, report.errors)
      }
      let quoteFolder = URL(fileURLWithPath: root).appendingPathComponent("Tests/QuoteEvaluation")
      for (title, subfolder) in sets {
        try printQuoteScores(title: title, folder: quoteFolder.appendingPathComponent(subfolder))
      }
      return
    }
    let corpus = GoldenCorpus(root: URL(fileURLWithPath: root))
    if update {
      let report = corpus.update(document: document, stage: stage)
      for path in report.created { print("created  \(path)") }
      for path in report.updated { print("updated  \(path)") }
      for path in report.removed { print("removed  \(path)") }
      if !report.isClean { FileHandle.standardError.write(Data((report.problemsText + "\n").utf8)) }
      print(report.summary)
      if !report.isClean { throw ExitCode(1) }
      return
    }
    let report = corpus.check()
    if report.isClean {
      print("goldens: all \(report.unchanged) goldens match")
      return
    }
    print(report.problemsText)
    print("goldens: \(report.problems.count) problems, \(report.unchanged) goldens match")
    throw ExitCode(1)
  }

  private func printQuoteScores(title: String, folder: URL) throws {
    let quotes = try QuoteEvaluation(folder: folder)
    let report = try quotes.score()
    let gold = quotes.articles.map(\.quotes.count).reduce(0, +)
    printScores("quotes, \(title): \(quotes.articles.count) articles, \(gold) gold quotes", report.table, report.errors)
  }

  private func printScores(_ heading: String, _ table: String, _ errors: [String]) {
    print(heading)
    print(table)
    if verbose { print(errors.joined(separator: "\n")) }
    print("")
  }
}
