/// Whether an identity is cluster-admin by its own grants or through an escalation chain.
public enum AdminHow: String, Sendable, Hashable, Codable {
  /// Member of `system:masters`, or holds `*/*/*` cluster-wide (possibly through a group).
  case direct
  /// Reaches such an identity through one or more escalation steps.
  case escalation
}
