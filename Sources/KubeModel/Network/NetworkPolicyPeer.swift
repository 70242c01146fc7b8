/// A peer of a NetworkPolicy rule.
///
/// `podSelector` and `namespaceSelector` in one peer combine with AND; a `podSelector` alone
/// means pods of the policy's namespace; a `namespaceSelector` alone means all pods of the
/// matching namespaces; `ipBlock` excludes the other two.
public struct NetworkPolicyPeer: Codable, Sendable, Hashable {
  /// Pods selected by label; `nil` when absent.
  public var podSelector: LabelSelector?
  /// Namespaces selected by label; `nil` when absent.
  public var namespaceSelector: LabelSelector?
  /// An IP range with exceptions.
  public var ipBlock: IPBlock?

  /// Creates a peer.
  public init(
    podSelector: LabelSelector? = nil, namespaceSelector: LabelSelector? = nil,
    ipBlock: IPBlock? = nil
  ) {
    self.podSelector = podSelector
    self.namespaceSelector = namespaceSelector
    self.ipBlock = ipBlock
  }

  /// A CIDR with excepted sub-ranges.
  public struct IPBlock: Codable, Sendable, Hashable {
    /// The range, for example `10.0.0.0/8`.
    public var cidr: String
    /// Sub-ranges excluded from it.
    @DefaultEmpty public var except: [String]

    /// Creates an IP block.
    public init(cidr: String, except: [String] = []) {
      self.cidr = cidr
      self.except = except
    }
  }
}
