import KubeModel

/// A capability the escalation analysis asks the authorizer about: one or more concrete
/// (verb, group, resource) requests whose union of allowed object names is what matters.
///
/// Each case maps to the spec's escalation catalogue (P1–P17).
public enum Capability: Int, CaseIterable, Sendable, Hashable {
  /// `{*;*;*}` in one rule without resourceNames (P1).
  case wildcard
  /// `list` or `watch secrets`: reveals every secret's content (P3).
  case listSecrets
  /// `get secrets` by name (P3).
  case getSecrets
  /// `create secrets` (P13).
  case createSecrets
  /// `create pods` (P4).
  case createPods
  /// `create` of a pod controller: Deployment, DaemonSet, StatefulSet, ReplicaSet, Job,
  /// CronJob, ReplicationController (P4).
  case createWorkloads
  /// `update`/`patch` of an existing pod controller (P4).
  case updateWorkloads
  /// `create pods/exec`, `pods/attach`, `update`/`patch pods/ephemeralcontainers`,
  /// `update`/`patch pods` (P5).
  case execPods
  /// `create persistentvolumes` (P6).
  case createPersistentVolumes
  /// `create persistentvolumeclaims` (P6).
  case createPersistentVolumeClaims
  /// `get` or `create nodes/proxy` (P7).
  case nodesProxy
  /// `escalate clusterroles` (P8).
  case escalateClusterRoles
  /// `update`/`patch clusterroles` (P8).
  case updateClusterRoles
  /// `escalate roles` (P8).
  case escalateRoles
  /// `update`/`patch roles` (P8).
  case updateRoles
  /// `bind clusterroles` (P9).
  case bindClusterRoles
  /// `bind roles` (P9).
  case bindRoles
  /// `create clusterrolebindings` (P9).
  case createClusterRoleBindings
  /// `create rolebindings` (P9).
  case createRoleBindings
  /// `impersonate users` (P10).
  case impersonateUsers
  /// `impersonate groups` (P10).
  case impersonateGroups
  /// `impersonate serviceaccounts` (P10).
  case impersonateServiceAccounts
  /// `create certificatesigningrequests` (P11).
  case createCSRs
  /// `update certificatesigningrequests/approval` (P11).
  case approveCSRs
  /// `approve signers` (P11).
  case approveSigners
  /// `create serviceaccounts/token` (P12).
  case createTokens
  /// `create`/`update`/`patch` of mutating or validating webhook configurations (P14).
  case writeWebhooks
  /// `update`/`patch namespaces` (P15).
  case updateNamespaces
  /// `update`/`patch configmaps` (P16, `kube-system/aws-auth`).
  case updateConfigMaps

  /// The requests (verb, group, resource[/sub]) whose allowed names are united.
  public var requests: [(verb: String, group: String, resource: String)] {
    switch self {
    case .wildcard: [("*", "*", "*")]
    case .listSecrets: [("list", "", "secrets"), ("watch", "", "secrets")]
    case .getSecrets: [("get", "", "secrets")]
    case .createSecrets: [("create", "", "secrets")]
    case .createPods: [("create", "", "pods")]
    case .createWorkloads: Self.workloadResources.map { ("create", $0.group, $0.resource) }
    case .updateWorkloads:
      Self.workloadResources.flatMap {
        [("update", $0.group, $0.resource), ("patch", $0.group, $0.resource)]
      }
    case .execPods:
      [
        ("create", "", "pods/exec"), ("create", "", "pods/attach"),
        ("update", "", "pods/ephemeralcontainers"), ("patch", "", "pods/ephemeralcontainers"),
        ("update", "", "pods"), ("patch", "", "pods"),
      ]
    case .createPersistentVolumes: [("create", "", "persistentvolumes")]
    case .createPersistentVolumeClaims: [("create", "", "persistentvolumeclaims")]
    case .nodesProxy: [("get", "", "nodes/proxy"), ("create", "", "nodes/proxy")]
    case .escalateClusterRoles: [("escalate", Self.rbacGroup, "clusterroles")]
    case .updateClusterRoles:
      [("update", Self.rbacGroup, "clusterroles"), ("patch", Self.rbacGroup, "clusterroles")]
    case .escalateRoles: [("escalate", Self.rbacGroup, "roles")]
    case .updateRoles: [("update", Self.rbacGroup, "roles"), ("patch", Self.rbacGroup, "roles")]
    case .bindClusterRoles: [("bind", Self.rbacGroup, "clusterroles")]
    case .bindRoles: [("bind", Self.rbacGroup, "roles")]
    case .createClusterRoleBindings: [("create", Self.rbacGroup, "clusterrolebindings")]
    case .createRoleBindings: [("create", Self.rbacGroup, "rolebindings")]
    case .impersonateUsers: [("impersonate", "", "users")]
    case .impersonateGroups: [("impersonate", "", "groups")]
    case .impersonateServiceAccounts: [("impersonate", "", "serviceaccounts")]
    case .createCSRs: [("create", Self.certificatesGroup, "certificatesigningrequests")]
    case .approveCSRs: [("update", Self.certificatesGroup, "certificatesigningrequests/approval")]
    case .approveSigners: [("approve", Self.certificatesGroup, "signers")]
    case .createTokens: [("create", "", "serviceaccounts/token")]
    case .writeWebhooks:
      ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"].flatMap { resource in
        ["create", "update", "patch"].map { ($0, "admissionregistration.k8s.io", resource) }
      }
    case .updateNamespaces: [("update", "", "namespaces"), ("patch", "", "namespaces")]
    case .updateConfigMaps: [("update", "", "configmaps"), ("patch", "", "configmaps")]
    }
  }

  /// `true` when the request is made at namespace `""`, so only ClusterRoleBindings grant it.
  public var isClusterOnly: Bool {
    switch self {
    case .createPersistentVolumes, .nodesProxy, .escalateClusterRoles, .updateClusterRoles,
      .createClusterRoleBindings, .impersonateUsers, .impersonateGroups, .createCSRs,
      .approveCSRs, .approveSigners, .writeWebhooks:
      true
    default: false
    }
  }

  /// `true` when the request carries no object name (create, list), so a rule with
  /// resourceNames never allows it.
  public var isNameless: Bool {
    switch self {
    case .listSecrets, .createSecrets, .createPods, .createWorkloads,
      .createPersistentVolumes, .createPersistentVolumeClaims, .createClusterRoleBindings,
      .createRoleBindings, .createCSRs:
      true
    default: false
    }
  }

  /// A short phrase, for example `create pods`, for path steps.
  public var phrase: String {
    switch self {
    case .wildcard: "do anything (*/*/*)"
    case .listSecrets: "list secrets"
    case .getSecrets: "get secrets"
    case .createSecrets: "create secrets"
    case .createPods: "create pods"
    case .createWorkloads: "create pod controllers"
    case .updateWorkloads: "update pod controllers"
    case .execPods: "exec/attach into pods"
    case .createPersistentVolumes: "create persistentvolumes"
    case .createPersistentVolumeClaims: "create persistentvolumeclaims"
    case .nodesProxy: "use nodes/proxy"
    case .escalateClusterRoles: "escalate clusterroles"
    case .updateClusterRoles: "update clusterroles"
    case .escalateRoles: "escalate roles"
    case .updateRoles: "update roles"
    case .bindClusterRoles: "bind clusterroles"
    case .bindRoles: "bind roles"
    case .createClusterRoleBindings: "create clusterrolebindings"
    case .createRoleBindings: "create rolebindings"
    case .impersonateUsers: "impersonate users"
    case .impersonateGroups: "impersonate groups"
    case .impersonateServiceAccounts: "impersonate serviceaccounts"
    case .createCSRs: "create certificatesigningrequests"
    case .approveCSRs: "approve certificatesigningrequests"
    case .approveSigners: "approve signers"
    case .createTokens: "create serviceaccounts/token"
    case .writeWebhooks: "write admission webhook configurations"
    case .updateNamespaces: "update namespaces"
    case .updateConfigMaps: "update configmaps"
    }
  }

  /// The names this rule allows for the capability: every name, some names, or none.
  ///
  /// - Complexity: O(*n*) in the rule's lists.
  public func names(allowedBy rule: PolicyRule) -> NameSet {
    if self == .wildcard {
      let all = RuleMatcher.all
      let isWild =
        rule.verbs.contains(all) && rule.apiGroups.contains(all) && rule.resources.contains(all)
        && rule.resourceNames.isEmpty
      return isWild ? .all : .none
    }
    var result = NameSet.none
    for request in Self.parsedRequests[rawValue] {
      guard RuleMatcher.verbMatches(rule, request.verb),
        RuleMatcher.apiGroupMatches(rule, request.group),
        RuleMatcher.resourceMatches(rule, request.resource, subresource: request.subresource)
      else { continue }
      if rule.resourceNames.isEmpty { return .all }
      if !isNameless { result.formUnion(.names(Set(rule.resourceNames))) }
    }
    return result
  }

  /// ``requests`` with the subresource split off, per capability (computed once).
  static let parsedRequests:
    [[(verb: String, group: String, resource: String, subresource: String)]] =
      allCases.map { capability in
        capability.requests.map { request in
          let parts = request.resource.split(separator: "/", maxSplits: 1)
          return (
            request.verb, request.group, request.resource, parts.count > 1 ? String(parts[1]) : ""
          )
        }
      }

  static let rbacGroup = "rbac.authorization.k8s.io"
  static let certificatesGroup = "certificates.k8s.io"
  static let workloadResources: [(group: String, resource: String)] = [
    ("apps", "deployments"), ("apps", "daemonsets"), ("apps", "statefulsets"),
    ("apps", "replicasets"), ("batch", "jobs"), ("batch", "cronjobs"),
    ("", "replicationcontrollers"),
  ]
}
