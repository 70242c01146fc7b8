import Foundation
import KubeModel
import RBAC

/// Small builders for RBAC objects in tests, mirroring the upstream test helpers.
enum RBACBuilders {
  /// `{verbs; groups; resources; names}`.
  static func rule(
    _ verbs: [String], _ groups: [String] = [], _ resources: [String] = [],
    names: [String] = [], urls: [String] = []
  ) -> PolicyRule {
    PolicyRule(
      verbs: verbs, apiGroups: groups, resources: resources, resourceNames: names,
      nonResourceURLs: urls)
  }

  /// A ClusterRole with rules.
  static func clusterRole(_ name: String, labels: [String: String] = [:], _ rules: [PolicyRule])
    -> ClusterRole
  {
    ClusterRole(metadata: ObjectMeta(name: name, labels: labels), rules: rules)
  }

  /// A Role in a namespace.
  static func role(_ name: String, _ namespace: String, _ rules: [PolicyRule]) -> Role {
    Role(metadata: ObjectMeta(name: name, namespace: namespace), rules: rules)
  }

  /// Parses `User:x`, `Group:x`, `ServiceAccount:ns:x` subjects.
  static func subject(_ text: String) -> Subject {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    switch parts[0] {
    case "User": return .user(parts[1])
    case "Group": return .group(parts[1])
    default:
      let account = parts[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      return Subject(
        kind: "ServiceAccount", name: String(account[1]),
        namespace: account[0].isEmpty ? nil : String(account[0]))
    }
  }

  /// A ClusterRoleBinding to a ClusterRole.
  static func clusterBinding(_ name: String, role: String, _ subjects: [String]) -> RoleBinding {
    RoleBinding(
      isClusterBinding: true, metadata: ObjectMeta(name: name), subjects: subjects.map(subject),
      roleRef: RoleRef(kind: "ClusterRole", name: role))
  }

  /// A RoleBinding in a namespace to a Role or ClusterRole.
  static func binding(
    _ name: String, _ namespace: String, roleKind: String = "ClusterRole", role: String,
    _ subjects: [String]
  ) -> RoleBinding {
    RoleBinding(
      isClusterBinding: false, metadata: ObjectMeta(name: name, namespace: namespace),
      subjects: subjects.map(subject), roleRef: RoleRef(kind: roleKind, name: role))
  }

  /// The URL of the test fixtures directory.
  static var fixtures: URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
  }

  /// Loads a fixture file (relative to Fixtures/).
  static func snapshot(_ relativePath: String) throws -> Snapshot {
    try SnapshotLoader().load(paths: [fixtures.appendingPathComponent(relativePath).path])
  }
}
