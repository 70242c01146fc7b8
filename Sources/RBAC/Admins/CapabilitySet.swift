import KubeModel

/// What a set of grants allows for every ``Capability``, and which grant provides each.
struct CapabilitySet: Sendable {
  /// Where a capability comes from: a binding (and the subject entry that matched), or a
  /// role held hypothetically (escalation targets).
  ///
  /// A class, so that copying a set retains one reference per capability, not its strings.
  final class Provider: Sendable {
    /// The index of the binding in the policy, when a real binding provides it.
    let binding: Int?
    /// The role.
    let role: ObjectKey
    /// The binding subject that matched (an identity's group, for instance).
    let via: Identity?

    init(binding: Int?, role: ObjectKey, via: Identity?) {
      self.binding = binding
      self.role = role
      self.via = via
    }
  }

  /// Allowed names per capability, indexed by `Capability.rawValue`.
  private(set) var names: [NameSet]
  /// The first provider per capability.
  private(set) var providers: [Provider?]

  /// Nothing allowed.
  static let empty = CapabilitySet(
    names: Array(repeating: .none, count: Capability.allCases.count),
    providers: Array(repeating: nil, count: Capability.allCases.count))

  /// The capabilities a role's rules allow.
  ///
  /// - Complexity: O(*c* · *r*) for *c* capabilities and *r* rules.
  init(rules: [PolicyRule], provider: Provider) {
    self = .empty
    for capability in Capability.allCases {
      var set = NameSet.none
      for rule in rules {
        set.formUnion(capability.names(allowedBy: rule))
        if set.isAll { break }
      }
      if set.isAllowed {
        names[capability.rawValue] = set
        providers[capability.rawValue] = provider
      }
    }
  }

  private init(names: [NameSet], providers: [Provider?]) {
    self.names = names
    self.providers = providers
  }

  /// The names allowed for a capability.
  subscript(_ capability: Capability) -> NameSet { names[capability.rawValue] }

  /// The first provider of a capability.
  func provider(_ capability: Capability) -> Provider? { providers[capability.rawValue] }

  /// `true` when nothing is allowed.
  var isEmpty: Bool { names.allSatisfy { !$0.isAllowed } }

  /// Unites another set, keeping the providers already known.
  ///
  /// `provider` replaces the other set's providers (a role's set united as granted by one
  /// binding).
  mutating func formUnion(_ other: CapabilitySet, provider: Provider? = nil) {
    for index in names.indices where other.names[index].isAllowed {
      if case .all = names[index] { continue }
      names[index].formUnion(other.names[index])
      if providers[index] == nil { providers[index] = provider ?? other.providers[index] }
    }
  }

  /// The union of two sets.
  func union(_ other: CapabilitySet) -> CapabilitySet {
    var copy = self
    copy.formUnion(other)
    return copy
  }

  /// The set as a RoleBinding grants it: cluster-only capabilities removed.
  var inNamespace: CapabilitySet {
    var copy = self
    for capability in Capability.allCases where capability.isClusterOnly {
      copy.names[capability.rawValue] = .none
      copy.providers[capability.rawValue] = nil
    }
    return copy
  }

  /// The set with the wildcard capability removed (namespaced grants in every namespace).
  var withoutWildcard: CapabilitySet {
    var copy = self
    copy.names[Capability.wildcard.rawValue] = .none
    copy.providers[Capability.wildcard.rawValue] = nil
    return copy
  }
}
