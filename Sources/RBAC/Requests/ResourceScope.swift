/// The built-in table of resource scopes and API groups: which resources are cluster-scoped
/// (a RoleBinding never grants them) and which group a bare resource name belongs to.
public enum ResourceScope {
  /// Cluster-scoped built-in resources by API group.
  public static let clusterScoped: [String: Set<String>] = [
    "": [
      "nodes", "namespaces", "persistentvolumes", "componentstatuses", "users", "groups",
    ],
    "rbac.authorization.k8s.io": ["clusterroles", "clusterrolebindings"],
    "certificates.k8s.io": ["certificatesigningrequests", "clustertrustbundles", "signers"],
    "storage.k8s.io": ["storageclasses", "csidrivers", "csinodes", "volumeattachments"],
    "apiextensions.k8s.io": ["customresourcedefinitions"],
    "apiregistration.k8s.io": ["apiservices"],
    "admissionregistration.k8s.io": [
      "mutatingwebhookconfigurations", "validatingwebhookconfigurations",
      "validatingadmissionpolicies", "validatingadmissionpolicybindings",
      "mutatingadmissionpolicies", "mutatingadmissionpolicybindings",
    ],
    "scheduling.k8s.io": ["priorityclasses"],
    "node.k8s.io": ["runtimeclasses"],
    "networking.k8s.io": ["ingressclasses", "ipaddresses", "servicecidrs"],
    "policy.networking.k8s.io": [
      "adminnetworkpolicies", "baselineadminnetworkpolicies", "clusternetworkpolicies",
    ],
    "flowcontrol.apiserver.k8s.io": ["flowschemas", "prioritylevelconfigurations"],
    "authentication.k8s.io": ["tokenreviews", "selfsubjectreviews", "uids", "userextras"],
    "authorization.k8s.io": [
      "subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews",
    ],
    "resource.k8s.io": ["deviceclasses", "resourceslices"],
  ]

  /// The API group of common built-in resources (`deployments` → `apps`); others are core.
  public static let groupOfResource: [String: String] = [
    "deployments": "apps", "daemonsets": "apps", "statefulsets": "apps", "replicasets": "apps",
    "controllerrevisions": "apps",
    "jobs": "batch", "cronjobs": "batch",
    "roles": "rbac.authorization.k8s.io", "rolebindings": "rbac.authorization.k8s.io",
    "clusterroles": "rbac.authorization.k8s.io",
    "clusterrolebindings": "rbac.authorization.k8s.io",
    "networkpolicies": "networking.k8s.io", "ingresses": "networking.k8s.io",
    "ingressclasses": "networking.k8s.io",
    "certificatesigningrequests": "certificates.k8s.io", "signers": "certificates.k8s.io",
    "storageclasses": "storage.k8s.io", "csidrivers": "storage.k8s.io",
    "volumeattachments": "storage.k8s.io",
    "customresourcedefinitions": "apiextensions.k8s.io",
    "mutatingwebhookconfigurations": "admissionregistration.k8s.io",
    "validatingwebhookconfigurations": "admissionregistration.k8s.io",
    "validatingadmissionpolicies": "admissionregistration.k8s.io",
    "validatingadmissionpolicybindings": "admissionregistration.k8s.io",
    "priorityclasses": "scheduling.k8s.io", "runtimeclasses": "node.k8s.io",
    "poddisruptionbudgets": "policy", "horizontalpodautoscalers": "autoscaling",
    "leases": "coordination.k8s.io", "endpointslices": "discovery.k8s.io",
    "tokenreviews": "authentication.k8s.io",
    "subjectaccessreviews": "authorization.k8s.io",
    "flowschemas": "flowcontrol.apiserver.k8s.io",
  ]

  /// `true` when `resource` in `group` is cluster-scoped.
  public static func isClusterScoped(group: String, resource: String) -> Bool {
    clusterScoped[group]?.contains(resource) ?? false
  }

  /// The group to assume for a resource named without one.
  public static func defaultGroup(of resource: String) -> String {
    groupOfResource[resource] ?? ""
  }

  /// `true` when a RoleBinding's grant of this request is ineffective: the resource is
  /// cluster-scoped (a namespace's own `namespaces` object excepted).
  public static func isIneffectiveInNamespace(_ request: AccessRequest) -> Bool {
    request.isResourceRequest && request.resource != "namespaces"
      && isClusterScoped(group: request.apiGroup, resource: request.resource)
  }

  /// The request as the API server would see it: cluster-scoped resources (except a
  /// namespace's own object) are requested with namespace `""`.
  public static func normalized(_ request: AccessRequest) -> AccessRequest {
    guard isIneffectiveInNamespace(request), !request.namespace.isEmpty else { return request }
    var copy = request
    copy.namespace = ""
    return copy
  }
}
