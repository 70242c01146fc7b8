import RBAC

/// A request worth asking "who can" about: the first links of the escalation catalogue.
struct SensitiveAction: Hashable, Sendable {
  /// The request, cluster-wide.
  var request: AccessRequest
  /// Why it matters.
  var why: String

  /// `create pods/exec`, `bind clusterroles`; the group is named when it is not the usual
  /// one of the resource (`* * [*]`).
  var label: String {
    if let path = request.path { return "\(request.verb) \(path)" }
    let usual = ResourceScope.defaultGroup(of: request.resource)
    let group = request.apiGroup == usual ? "" : " [\(request.apiGroup)]"
    return "\(request.verb) \(request.combinedResource)\(group)"
  }

  private static func action(
    _ verb: String, _ resource: String, group: String? = nil, _ why: String
  ) -> SensitiveAction {
    let base = String(resource.split(separator: "/").first ?? "")
    return SensitiveAction(
      request: AccessRequest(
        verb: verb, apiGroup: group ?? ResourceScope.defaultGroup(of: base),
        combinedResource: resource),
      why: why)
  }

  /// The actions of the Actions view, most powerful first.
  static let catalogue: [SensitiveAction] = [
    action("*", "*", group: "*", "everything: wildcard verbs, groups and resources"),
    action("impersonate", "users", "act as any user"),
    action("impersonate", "groups", "act as any group, system:masters included"),
    action("impersonate", "serviceaccounts", "act as any ServiceAccount"),
    action("escalate", "clusterroles", "grant a role more than one holds"),
    action("bind", "clusterroles", "bind any ClusterRole, cluster-admin included"),
    action("create", "clusterrolebindings", "grant cluster-wide roles"),
    action("list", "secrets", "read every Secret, legacy tokens included"),
    action("get", "secrets", "read named Secrets"),
    action("create", "pods", "run a pod as any ServiceAccount of the namespace"),
    action("create", "deployments", "run pods through a controller"),
    action("create", "pods/exec", "run commands in running pods"),
    action("create", "pods/attach", "attach to running pods"),
    action("patch", "pods/ephemeralcontainers", "add a container to a running pod"),
    action("create", "serviceaccounts/token", "mint a token for a ServiceAccount"),
    action("create", "secrets", "create a token Secret for a ServiceAccount"),
    action("create", "certificatesigningrequests", "request client certificates"),
    action(
      "update", "certificatesigningrequests/approval", "approve client certificates"),
    action("get", "nodes/proxy", "reach the kubelet API of nodes"),
    action("create", "persistentvolumes", "mount host paths through a volume"),
    action("patch", "namespaces", "relabel namespaces to lift Pod Security"),
    action(
      "create", "mutatingwebhookconfigurations", "see and change every object admitted"),
    action("create", "pods/eviction", "evict pods to steal them onto another node"),
  ]
}
