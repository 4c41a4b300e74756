import ArgumentParser
import NewsNLP

struct Pipelines: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the built-in pipelines and stages, or print one pipeline as a pipeline file.")

  @Argument(help: "A built-in pipeline or pipeline file to print as JSON with every option spelled out.")
  var pipeline: String?

  func run() throws {
    if let name = pipeline {
      do {
        print(try Pipeline.resolve(name).fileJSON, terminator: "")
      } catch {
        standardError("newsnlp: \(error)")
        throw ExitStatus.usage
      }
      return
    }
    print("Pipelines:")
    for name in Pipeline.builtInNames {
      let stages = (try? Pipeline.named(name))?.stages.map(\.name).joined(separator: ", ") ?? ""
      print("  \(name): \(Pipeline.summary(ofBuiltIn: name) ?? "") [\(stages)]")
    }
    print("Stages:")
    for stage in Pipeline.availableStages {
      print("  \(stage.name): \(stage.summary)")
    }
  }
}
