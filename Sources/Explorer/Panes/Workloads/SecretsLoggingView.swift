import Baseline
import KubeModel
import TerminalUI

/// The Workloads pane's `secrets` and `logging` findings in one table (`:secrets`): those of
/// workloads (also listed under each workload) and those that are not about a workload:
/// Secrets, ConfigMaps and cluster-wide heuristics such as missing runtime detection.
enum SecretsLoggingView {
  /// The view's id.
  static let id = "secrets"

  /// The view.
  ///
  /// - Complexity: O(*f*) in the pane's findings.
  static func make(_ index: WorkloadsFindingIndex) -> PaneView {
    let members = index.scope.filter {
      [.secrets, .logging].contains(index.all[$0].finding.domain)
    }
    let secrets = members.count { index.all[$0].finding.domain == .secrets }
    let detached = members.count { !index.isWorkloadFinding[$0] }
    return PaneView(
      id: id, title: "secrets & logging",
      summary: [
        StyledLine(
          "\(secrets) secrets and \(members.count - secrets) logging findings, \(detached) of "
            + "them not about a workload (Secrets, ConfigMaps, the cluster). Logging and "
            + "secret-store checks are heuristics.")
      ],
      body: WorkloadsFindingIndex.table(
        members.map(index.row), empty: "no secrets or logging findings"))
  }
}
