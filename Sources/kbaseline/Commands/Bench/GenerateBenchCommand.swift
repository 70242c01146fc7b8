import ArgumentParser
import Foundation
import SyntheticCluster

/// `kbaseline bench generate`: writes a realistic generated cluster as a snapshot file, to try
/// the explorer, the commands and the benchmarks at Kubernetes' limits.
///
/// Counts scale linearly from `--pods` toward the documented limits at 150,000 pods
/// (``ClusterScale``); the main ones can be overridden. The same options and seed give the
/// same bytes. Prints one summary line on stderr.
struct GenerateBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a realistic generated cluster as a snapshot file (.json or .json.gz).")

  @Option(name: .long, help: "Number of pods (the other counts scale from it).")
  var pods = ClusterScale.limitPods

  @Option(name: .long, help: "Random seed.")
  var seed: UInt64 = 42

  @Option(name: .long, help: "Namespaces, system ones included.")
  var namespaces: Int?

  @Option(name: .long, help: "Nodes.")
  var nodes: Int?

  @Option(name: .long, help: "ServiceAccounts besides each namespace's default.")
  var serviceAccounts: Int?

  @Option(name: .long, help: "Namespaced Roles.")
  var roles: Int?

  @Option(name: .long, help: "ClusterRoles besides the built-in and add-on ones.")
  var clusterRoles: Int?

  @Option(name: .long, help: "RoleBindings.")
  var roleBindings: Int?

  @Option(name: .long, help: "ClusterRoleBindings besides the built-in and add-on ones.")
  var clusterRoleBindings: Int?

  @Option(name: .long, help: "NetworkPolicies.")
  var networkPolicies: Int?

  @Option(name: .shortAndLong, help: "Output file (.json, or .json.gz for gzip).")
  var output: String

  func run() throws {
    var scale = ClusterScale(pods: pods)
    if let namespaces { scale.namespaces = namespaces }
    if let nodes { scale.nodes = nodes }
    if let serviceAccounts { scale.serviceAccounts = serviceAccounts }
    if let roles { scale.roles = roles }
    if let clusterRoles { scale.clusterRoles = clusterRoles }
    if let roleBindings { scale.roleBindings = roleBindings }
    if let clusterRoleBindings { scale.clusterRoleBindings = clusterRoleBindings }
    if let networkPolicies { scale.networkPolicies = networkPolicies }
    for (name, value) in [
      ("--namespaces", scale.namespaces), ("--service-accounts", scale.serviceAccounts),
      ("--roles", scale.roles), ("--cluster-roles", scale.clusterRoles),
      ("--role-bindings", scale.roleBindings),
      ("--cluster-role-bindings", scale.clusterRoleBindings),
      ("--network-policies", scale.networkPolicies),
    ] where value < 0 {
      throw CLIError("\(name) must not be negative")
    }
    let start = Date()
    let summary: GenerationSummary
    do {
      summary = try RealisticCluster(scale: scale, seed: seed).write(to: output)
    } catch let error as GeneratorError {
      throw CLIError(error.description)
    }
    CLIOutput.warn("wrote \(output): " + summary.line(seconds: Date().timeIntervalSince(start)))
  }
}
