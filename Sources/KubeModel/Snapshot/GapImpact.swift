/// What a gap in the capture (a forbidden or incomplete list) weakens: one sentence per
/// analysis that relies on the missing list.
///
/// Pure: derived from the list's resource name only, so the explorer, `summary` and the
/// capture display can all say the same thing.
public struct GapImpact: Sendable, Hashable {
  /// The analysis the gap weakens.
  public enum Analysis: String, Sendable, Hashable, CaseIterable {
    /// Secret readers and legacy service-account tokens.
    case secrets
    /// Roles, bindings and effective admins.
    case rbac
    /// Workload hardening (Pod Security Standards).
    case workloads
    /// NetworkPolicy reachability.
    case reachability
    /// Namespace labels and Pod Security admission levels.
    case namespaces
  }

  /// The analysis weakened.
  public let analysis: Analysis
  /// The gaps weakening it, each as "resource status" such as `roles forbidden`, sorted.
  public let gaps: [String]

  /// The user-facing sentence.
  ///
  /// For example "Secrets forbidden: secret-reader paths and legacy tokens may be missing".
  public var sentence: String {
    let lists = gaps.joined(separator: ", ")
    switch analysis {
    case .secrets:
      let status = gaps.first.map { String($0.dropFirst("secrets ".count)) } ?? "incomplete"
      return "Secrets \(status): secret-reader paths and legacy tokens may be missing"
    case .rbac:
      return "RBAC analysis incomplete (\(lists)): admins and who-can answers may be missing"
    case .workloads:
      return "Workload findings incomplete (\(lists)): unhardened workloads may be missing"
    case .reachability:
      return "Reachability incomplete (\(lists)): policies may be missing, so pods may be "
        + "shown as open or isolated wrongly"
    case .namespaces:
      return "Namespaces incomplete (\(lists)): namespace labels and Pod Security levels may be "
        + "missing"
    }
  }

  /// The analysis a list of `resource` (plural, lower case; a `.group` suffix is ignored) feeds,
  /// or nil when no analysis relies on it.
  public static func analysis(ofResource resource: String) -> Analysis? {
    switch resource.prefix { $0 != "." } {
    case "secrets": .secrets
    case "roles", "clusterroles", "rolebindings", "clusterrolebindings", "serviceaccounts":
      .rbac
    case "pods", "deployments", "statefulsets", "daemonsets", "replicasets", "jobs", "cronjobs",
      "replicationcontrollers":
      .workloads
    case "networkpolicies": .reachability
    case "namespaces": .namespaces
    default: nil
    }
  }

  /// One impact per weakened analysis, in ``Analysis`` order.
  ///
  /// - Complexity: O(*g* log *g*) in the gaps.
  public static func impacts(of gaps: [Inventory.Gap]) -> [GapImpact] {
    var byAnalysis: [Analysis: Set<String>] = [:]
    for gap in gaps where gap.status.isGap {
      guard let analysis = analysis(ofResource: gap.resource) else { continue }
      let name = gap.resource.prefix { $0 != "." }
      byAnalysis[analysis, default: []].insert("\(name) \(gap.status.rawValue)")
    }
    return Analysis.allCases.compactMap { analysis in
      byAnalysis[analysis].map { GapImpact(analysis: analysis, gaps: $0.sorted()) }
    }
  }
}
