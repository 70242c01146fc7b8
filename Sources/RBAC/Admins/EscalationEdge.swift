import KubeModel

/// An edge of the escalation graph: "the source can obtain the power of the target", with the
/// capability and grants that make it possible.
struct EscalationEdge: Sendable {
  /// What the edge is.
  enum Kind: Sendable, Hashable {
    case memberOf, mastersBypass, wildcard, namespaceWildcard
    case readSecrets, readNamedSecret, createWorkloads, privilegedPod, persistentVolume
    case exec, execNamed, token, tokenNamed, impersonateServiceAccounts
    case impersonateServiceAccountNamed, tokenSecret, nodeProxy, escalate, bind
    case impersonateMasters, impersonateUsers, impersonateUser, impersonateGroup, csr, webhook
    case awsAuth
    case includes, runsAs, readsToken, takesOverPod, takesOverPodOnNode, schedulesOnto
    case nodeCredentials, controlPlane, becomesUser

    /// The spec's catalogue entry, for example `P4`.
    var catalogue: String? {
      switch self {
      case .wildcard, .namespaceWildcard: "P1"
      case .mastersBypass: "P2"
      case .readSecrets, .readNamedSecret: "P3"
      case .createWorkloads, .privilegedPod: "P4"
      case .exec, .execNamed: "P5"
      case .persistentVolume: "P6"
      case .nodeProxy: "P7"
      case .escalate: "P8"
      case .bind: "P9"
      case .impersonateMasters, .impersonateUsers, .impersonateUser, .impersonateGroup,
        .impersonateServiceAccounts, .impersonateServiceAccountNamed:
        "P10"
      case .csr: "P11"
      case .token, .tokenNamed: "P12"
      case .tokenSecret: "P13"
      case .webhook: "P14"
      case .awsAuth: "P16"
      default: nil
      }
    }

    /// `true` for edges that keep an admin "direct": membership, masters, wildcard.
    var isDirect: Bool { self == .memberOf || self == .mastersBypass || self == .wildcard }
  }

  /// The target node's index.
  var target: Int
  /// The kind.
  var kind: Kind
  /// The capabilities used, in order (grant edges only).
  var capabilities: [Capability] = []
  /// Their providers, in the same order.
  var providers: [CapabilitySet.Provider] = []
  /// The namespace the grant applies in; `nil` when cluster-wide.
  var namespace: String?
  /// Extra words: an object name, a role, the Pod Security reason.
  var detail: String?
}
