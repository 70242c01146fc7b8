import ArgumentParser
import Foundation
import KubeModel
import SyntheticCluster

/// `kbaseline bench generate`: writes a generated cluster as a snapshot file, to try the
/// explorer and the commands on a large cluster.
///
/// It joins the engines' benchmark shapes (pods with controllers, RBAC objects, namespaces with
/// NetworkPolicies), scaled from the pod count; the same seed gives the same file.
struct GenerateBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a generated cluster (pods, RBAC, NetworkPolicies) as a snapshot file.")

  @Option(name: .long, help: "Number of pods.")
  var pods = 10_000

  @Option(name: .long, help: "Random seed.")
  var seed: UInt64 = 42

  @Option(name: .shortAndLong, help: "Output file (.json or .json.gz).")
  var output: String

  func run() async throws {
    guard pods > 0 else { throw CLIError("--pods must be positive") }
    let scale = Double(pods) / 150_000
    func scaled(_ full: Int, minimum: Int) -> Int { max(minimum, Int(Double(full) * scale)) }
    let rbac = RBACClusterShape(
      namespaces: scaled(10_000, minimum: 10), serviceAccounts: scaled(10_000, minimum: 20),
      roles: scaled(4_500, minimum: 10), clusterRoles: scaled(500, minimum: 10),
      bindings: scaled(20_000, minimum: 40), clusterBindings: scaled(2_000, minimum: 10),
      users: scaled(2_000, minimum: 10), groups: scaled(200, minimum: 5),
      nodes: scaled(5_000, minimum: 3), pods: 0, tokenSecrets: scaled(1_000, minimum: 5))
    let network = NetworkClusterShape(
      namespaces: scaled(1_000, minimum: 4), deploymentsPerNamespace: 5, seed: seed)
    let objects =
      PodClusterShape(pods: pods, seed: seed).objects() + rbac.objects(seed: seed)
      + network.objects()
    let snapshot = Snapshot(objects: objects, sources: ["generated: \(pods) pods, seed \(seed)"])
    try SnapshotWriter().write(snapshot, to: output)
    let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    CLIOutput.warn(
      "wrote \(output): \(objects.count) objects (\(snapshot.pods.count) pods, "
        + "\(snapshot.bindings.count) bindings, \(snapshot.networkPolicies.count) policies), "
        + "\(size / 1_048_576) MiB")
  }
}
