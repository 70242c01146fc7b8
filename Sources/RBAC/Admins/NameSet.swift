/// The object names a capability is allowed for: none, some, or all.
public enum NameSet: Sendable, Hashable {
  /// Not allowed.
  case none
  /// Allowed only for these names.
  case names(Set<String>)
  /// Allowed for every name (and for requests without a name).
  case all

  /// `true` unless ``none``.
  public var isAllowed: Bool {
    if case .none = self { return false }
    return true
  }

  /// `true` for ``all``.
  public var isAll: Bool {
    if case .all = self { return true }
    return false
  }

  /// Whether the name is allowed.
  public func contains(_ name: String) -> Bool {
    switch self {
    case .none: false
    case .all: true
    case .names(let names): names.contains(name)
    }
  }

  /// The listed names, sorted (empty for ``none`` and ``all``).
  public var listed: [String] {
    if case .names(let names) = self { return names.sorted() }
    return []
  }

  /// Unites another set into this one.
  public mutating func formUnion(_ other: NameSet) {
    switch (self, other) {
    case (.all, _), (_, .none): return
    case (_, .all), (.none, _): self = other
    case (.names(let a), .names(let b)): self = .names(a.union(b))
    }
  }
}
