/// The engines the baseline joins.
///
/// Adding an engine is one entry here (plus, if it needs one, an extension
/// `BaselineEngine+Name.swift`).
///
/// For example `BaselineEngine+Network.swift` defines `.network` from `NetworkRules.all` and the
/// network findings; analyses several engines share go into ``BaselineContext``.
public enum BaselineEngines {
  /// Every engine, in report order.
  public static let all: [BaselineEngine] = [.rbac, .network, .hardening]
}
