/// The engines the baseline joins.
///
/// Adding an engine is one entry here (plus, if it needs one, an extension
/// `BaselineEngine+Name.swift`).
///
/// When the RBAC and Reachability engines land, add:
///
/// ```swift
/// // Engines/BaselineEngine+RBAC.swift
/// import RBAC
/// extension BaselineEngine {
///   public static let rbac = BaselineEngine(
///     name: "rbac", rules: RBACRules.all,
///     findings: { snapshot, _ in RBACFindings.evaluate(snapshot) })
/// }
/// // Engines/BaselineEngine+Network.swift
/// import Reachability
/// extension BaselineEngine {
///   public static let network = BaselineEngine(
///     name: "network", rules: NetworkRules.all,
///     findings: { snapshot, _ in NetworkFindings.evaluate(snapshot) })
/// }
/// ```
///
/// and list them below: `[.rbac, .network, .hardening]`. The RBAC engine's set of powerful
/// ServiceAccounts goes into ``BaselineContext/init(snapshot:)``.
public enum BaselineEngines {
  /// Every engine, in report order.
  public static let all: [BaselineEngine] = [.rbac, .hardening]
}
