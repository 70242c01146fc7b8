import KubeModel
import Reachability

extension BaselineEngine {
  /// The network engine: namespaces without policies, environment crossings, policy lints.
  public static let network = BaselineEngine(
    name: "network", rules: NetworkRules.all,
    findings: { snapshot, context in
      context.network?.findings
        ?? ReachabilityOverview(ReachabilityAnalysis(snapshot: snapshot)).findings
    })
}
