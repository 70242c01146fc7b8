import ArgumentParser
import KubeModel
import RBAC

/// `kbaseline rbac-graph`: the who-can-do-what graph as Graphviz DOT or a Mermaid flowchart.
struct RBACGraphCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rbac-graph",
    abstract: "Draw subjects → bindings → roles → permissions as DOT or Mermaid.",
    discussion: "Select one subject (--subject), a who-can question (--who VERB RESOURCE), or all.")

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid }

  @OptionGroup var input: InputOptions
  @OptionGroup var rbac: RBACOptions
  @Option(name: .long, help: "user:NAME, group:NAME or sa:NAMESPACE/NAME.") var subject: String?
  @Option(name: .long, parsing: .upToNextOption, help: "VERB RESOURCE[/SUB].") var who: [String] =
    []
  @Option(name: [.customShort("n"), .customLong("namespace")], help: "Namespace for --who.")
  var namespace: String = ""
  @Option(name: .customLong("api-group"), help: "API group for --who.") var apiGroup: String?
  @Option(name: .long, help: "Output format: dot or mermaid.") var format: Format = .dot

  func validate() throws {
    if subject != nil && !who.isEmpty { throw ValidationError("use --subject or --who, not both") }
    if !who.isEmpty && who.count != 2 { throw ValidationError("--who takes VERB RESOURCE") }
  }

  func run() async throws {
    let policy = RBACPolicy(snapshot: try input.load(), membership: try rbac.membership())
    let graph: AccessGraph
    if let subject {
      guard let identity = Identity(argument: subject) else {
        throw CLIError("invalid subject \(subject): use user:NAME, group:NAME or sa:NAMESPACE/NAME")
      }
      graph = AccessGraph(permissions: policy.permissions(for: identity))
    } else if who.count == 2 {
      let request = WhoCanCommand.request(
        verb: who[0], resource: who[1], apiGroup: apiGroup, namespace: namespace, name: "")
      graph = AccessGraph(whoCan: policy.whoCan(request))
    } else {
      graph = AccessGraph(policy: policy)
    }
    switch format {
    case .dot: CLIOutput.write(AccessGraphRenderer.dot(graph))
    case .mermaid: CLIOutput.write(AccessGraphRenderer.mermaid(graph))
    }
  }
}
