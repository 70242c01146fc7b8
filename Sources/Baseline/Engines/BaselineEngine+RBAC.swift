import KubeModel
import RBAC

extension BaselineEngine {
  /// The RBAC engine: wildcard grants, escalation holders, secret readers, effective admins.
  public static let rbac = BaselineEngine(
    name: "rbac", rules: RBACRules.all,
    findings: { snapshot, context in
      (context.rbac ?? RBACAnalysis(snapshot: snapshot)).findings
    })
}
