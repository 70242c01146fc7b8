import ArgumentParser
import KubeModel

/// `kbaseline summary`: the as-is inventory of a snapshot.
struct SummaryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Print the as-is inventory: sources, counts, namespaces, gaps, warnings.")

  /// Output formats of `summary`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Output format: text or json.")
  var format: Format = .text

  func run() async throws {
    let inventory = Inventory(try input.load())
    switch format {
    case .json: CLIOutput.write(try CLIOutput.json(inventory))
    case .text: CLIOutput.write(InventoryText.render(inventory))
    }
  }
}
