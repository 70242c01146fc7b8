/// A step of opening a snapshot in the explorer, as the loading screen and the benchmark name
/// it.
public enum PreparationStep: String, Sendable, CaseIterable {
  /// Reading and decoding the snapshot files.
  case loading = "loading snapshot"
  /// Who can do what, effective cluster-admins and escalation paths.
  case rbac = "RBAC"
  /// Pod classes, the namespace matrix and the network findings.
  case reachability
  /// The workload checks (Pod Security Standards and the wider catalogue).
  case hardening
  /// The RBAC and network findings, the report, exception statuses and the inventory.
  case findings
  /// The panes' view models.
  case views
}
