/// The spec of a NetworkPolicy.
public struct NetworkPolicySpec: Codable, Sendable, Hashable {
  /// Pods the policy applies to; absent in a manifest means `{}` (every pod), as in the API.
  public var podSelector: LabelSelector
  /// `Ingress`/`Egress` as written; `nil` when omitted (see ``effectivePolicyTypes``).
  public var policyTypes: [String]?
  /// Ingress rules; `nil` when absent.
  public var ingress: [NetworkPolicyRule]?
  /// Egress rules; `nil` when absent.
  public var egress: [NetworkPolicyRule]?

  /// Creates a spec.
  public init(
    podSelector: LabelSelector = .everything, policyTypes: [String]? = nil,
    ingress: [NetworkPolicyRule]? = nil, egress: [NetworkPolicyRule]? = nil
  ) {
    self.podSelector = podSelector
    self.policyTypes = policyTypes
    self.ingress = ingress
    self.egress = egress
  }

  /// The policy types after API defaulting: when omitted, `Ingress` always, plus `Egress`
  /// when the spec has an egress section.
  public var effectivePolicyTypes: Set<String> {
    if let types = policyTypes, !types.isEmpty { return Set(types) }
    return (egress?.isEmpty == false) ? ["Ingress", "Egress"] : ["Ingress"]
  }

  private enum CodingKeys: String, CodingKey { case podSelector, policyTypes, ingress, egress }

  /// Decodes a spec; a missing or `null` podSelector is the empty selector.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    podSelector = try c.decodeIfPresent(LabelSelector.self, forKey: .podSelector) ?? .everything
    policyTypes = try c.decodeIfPresent([String].self, forKey: .policyTypes)
    ingress = try c.decodeIfPresent([NetworkPolicyRule].self, forKey: .ingress)
    egress = try c.decodeIfPresent([NetworkPolicyRule].self, forKey: .egress)
  }

  /// Encodes the spec in API form (egress peers under `to`).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(podSelector, forKey: .podSelector)
    try c.encodeIfPresent(policyTypes, forKey: .policyTypes)
    try c.encodeIfPresent(ingress, forKey: .ingress)
    try c.encodeIfPresent(egress?.map(NetworkPolicyRule.Egress.init(rule:)), forKey: .egress)
  }
}
