import Hardening
import KubeModel

extension BaselineEngine {
  /// The Hardening engine: Pod Security Standards, workload, secrets and logging checks.
  public static let hardening = BaselineEngine(
    name: "hardening", rules: HardeningRules.all,
    findings: { snapshot, context in
      HardeningEngine(serviceAccountsWithRBACPower: context.serviceAccountsWithRBACPower)
        .evaluate(snapshot).findings
    })
}
