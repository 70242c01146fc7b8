import KubeModel

/// A NetworkPolicy, compiled: the classes it selects and the directions it isolates
/// (spec §5 step 4).
public struct CompiledPolicy: Sendable {
  /// The policy as loaded.
  public let policy: NetworkPolicy
  /// `namespace/name`.
  public let name: String
  /// The namespace's index.
  public let namespaceIndex: Int
  /// The classes its `podSelector` selects.
  public let subjects: ClassSet
  /// Whether its (defaulted) policyTypes include Ingress.
  public let isolatesIngress: Bool
  /// Whether its (defaulted) policyTypes include Egress.
  public let isolatesEgress: Bool
  /// Indices of its ingress rules in the model's rule list (empty unless Ingress-typed).
  let ingressRules: [Int]
  /// Indices of its egress rules in the model's rule list (empty unless Egress-typed).
  let egressRules: [Int]
}
