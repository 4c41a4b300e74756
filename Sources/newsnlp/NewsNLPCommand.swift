import ArgumentParser
import Foundation
import NewsNLP

@main
struct NewsNLPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsnlp",
    abstract: "Annotate news articles: clean text, tokens, sentences, entities and quotes.",
    subcommands: [Annotate.self, Pipelines.self],
    defaultSubcommand: Annotate.self)

  /// Runs the command, mapping usage errors to exit code 2 as the documentation promises.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        standardError(fullMessage(for: error))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Exit codes of the command-line program.
enum ExitStatus {
  /// Some document failed; the rest were processed.
  static let documentFailed = ExitCode(1)
  /// A usage or configuration error; nothing was processed.
  static let usage = ExitCode(2)
}

func standardError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
