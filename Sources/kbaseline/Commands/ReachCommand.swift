import ArgumentParser
import KubeModel
import Reachability

/// `kbaseline reach`: NetworkPolicy reachability (namespace matrix, np-guard connlist,
/// graphs, explanations).
struct ReachCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reach",
    abstract: "NetworkPolicy reachability: namespace matrix, connectivity list, explain.",
    discussion: """
      Formats: table (default) prints the namespace matrix, isolation coverage and findings; \
      connlist prints np-guard's connectivity list (SRC => DST : CONN); json prints the \
      namespace matrix; dot and mermaid print the namespace reachability graph. \
      --explain SRC DST explains why traffic is allowed or denied; SRC and DST are workloads \
      (ns/name, ns/name[Kind]), namespaces, or IPv4 addresses.
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, connlist, json, dot, mermaid
  }

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Output format: table, connlist, json, dot or mermaid.")
  var format: Format = .table

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Explain traffic from SRC to DST.", valueName: "SRC DST"))
  var explain: [String] = []

  @Flag(name: .long, help: "Let ipBlocks match pod IPs (np-guard never does).")
  var ipblockMatchesPods = false

  @Flag(name: .long, help: "Treat hostNetwork pods as node traffic, not selected by pod selectors.")
  var hostnetworkAsNode = false

  @Flag(name: .long, help: "Keep pods of a live capture that have no hostIP or pod IP.")
  var includeUnscheduled = false

  @Option(
    name: .customLong("env-label"),
    help: "Namespace label naming the environment (repeatable; default environment, env).")
  var envLabels: [String] = []

  func validate() throws {
    if !explain.isEmpty && explain.count != 2 {
      throw ValidationError("--explain takes exactly two values: SRC DST")
    }
  }

  func run() async throws {
    let snapshot = try input.load()
    let options = ReachabilityOptions(
      ipBlockMatchesPods: ipblockMatchesPods, hostNetworkAsNode: hostnetworkAsNode,
      includeUnscheduled: includeUnscheduled,
      environmentLabels: envLabels.isEmpty ? ["environment", "env"] : envLabels)
    let analysis = ReachabilityAnalysis(snapshot: snapshot, options: options)
    if explain.count == 2 {
      let explanations: [ConnectionExplanation]
      do {
        explanations = try analysis.explain(from: explain[0], to: explain[1])
      } catch let error as ExplainError {
        throw CLIError(error.description)
      }
      CLIOutput.write(ExplanationText.render(explanations))
      return
    }
    if !input.quiet { warn(about: analysis) }
    switch format {
    case .connlist:
      CLIOutput.write(analysis.connlist())
    case .json:
      CLIOutput.write(
        try CLIOutput.json(MatrixDocument(analysis.matrix(), assumptions: analysis.assumptions)))
    case .table:
      let matrix = analysis.matrix()
      CLIOutput.write(
        MatrixText.render(
          matrix, findings: analysis.findings(matrix: matrix), assumptions: analysis.assumptions))
    case .dot:
      CLIOutput.write(NamespaceGraph.dot(analysis.matrix()))
    case .mermaid:
      CLIOutput.write(NamespaceGraph.mermaid(analysis.matrix()))
    }
  }

  /// Warns about what the connlist cannot show: excluded pods and heterogeneous workloads.
  private func warn(about analysis: ReachabilityAnalysis) {
    let model = analysis.model
    if model.unscheduledCount > 0 {
      CLIOutput.warn("warning: \(model.unscheduledCount) unscheduled pods excluded")
    }
    for (peer, classes) in model.classesOfPeer.enumerated() where classes.count > 1 {
      CLIOutput.warn(
        "warning: heterogeneous workload \(model.peers[peer]): its pods differ in labels that "
          + "policies select on; its connections are the union over them")
    }
  }
}
