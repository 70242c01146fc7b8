/// A resource kbaseline wants in a capture, before discovery says which version is served.
public struct WantedResource: Sendable, Hashable {
  /// API group.
  public var group: String
  /// Versions in order of preference.
  public var versions: [String]
  /// Plural resource name.
  public var resource: String
  /// The items' kind.
  public var kind: String
  /// Whether it is namespaced (discovery's answer wins).
  public var namespaced: Bool
  /// How items are requested.
  public var representation: CaptureTarget.Representation = .full
  /// A fixed namespace.
  public var namespace: String?
  /// A field selector.
  public var fieldSelector: String?

  /// The resources of a standard capture (spec live.md §5.2): namespaces, workloads and their
  /// controllers, service accounts, services, Secrets (metadata only), `kube-system/aws-auth`,
  /// nodes, RBAC, NetworkPolicies and the admin network policies when served, ingresses,
  /// webhook configurations and admission policies.
  public static let standard: [WantedResource] = {
    func core(_ resource: String, _ kind: String, namespaced: Bool = true) -> WantedResource {
      WantedResource(
        group: "", versions: ["v1"], resource: resource, kind: kind, namespaced: namespaced)
    }
    func of(
      _ group: String, _ versions: [String], _ resource: String, _ kind: String,
      namespaced: Bool = true
    )
      -> WantedResource
    {
      WantedResource(
        group: group, versions: versions, resource: resource, kind: kind, namespaced: namespaced)
    }
    var secrets = core("secrets", "Secret")
    secrets.representation = .metadata
    var awsAuth = core("configmaps", "ConfigMap")
    awsAuth.namespace = "kube-system"
    awsAuth.fieldSelector = "metadata.name=aws-auth"
    let rbac = "rbac.authorization.k8s.io"
    let admission = "admissionregistration.k8s.io"
    let policy = "policy.networking.k8s.io"
    return [
      core("namespaces", "Namespace", namespaced: false), core("pods", "Pod"),
      core("serviceaccounts", "ServiceAccount"), core("services", "Service"), secrets, awsAuth,
      core("nodes", "Node", namespaced: false),
      core("replicationcontrollers", "ReplicationController"),
      of("apps", ["v1"], "deployments", "Deployment"),
      of("apps", ["v1"], "daemonsets", "DaemonSet"),
      of("apps", ["v1"], "statefulsets", "StatefulSet"),
      of("apps", ["v1"], "replicasets", "ReplicaSet"), of("batch", ["v1"], "jobs", "Job"),
      of("batch", ["v1"], "cronjobs", "CronJob"), of(rbac, ["v1"], "roles", "Role"),
      of(rbac, ["v1"], "rolebindings", "RoleBinding"),
      of(rbac, ["v1"], "clusterroles", "ClusterRole", namespaced: false),
      of(rbac, ["v1"], "clusterrolebindings", "ClusterRoleBinding", namespaced: false),
      of("networking.k8s.io", ["v1"], "networkpolicies", "NetworkPolicy"),
      of("networking.k8s.io", ["v1"], "ingresses", "Ingress"),
      of(policy, ["v1alpha1"], "adminnetworkpolicies", "AdminNetworkPolicy", namespaced: false),
      of(
        policy, ["v1alpha1"], "baselineadminnetworkpolicies", "BaselineAdminNetworkPolicy",
        namespaced: false),
      of(policy, ["v1alpha2"], "clusternetworkpolicies", "ClusterNetworkPolicy", namespaced: false),
      of(
        admission, ["v1"], "validatingwebhookconfigurations", "ValidatingWebhookConfiguration",
        namespaced: false),
      of(
        admission, ["v1"], "mutatingwebhookconfigurations", "MutatingWebhookConfiguration",
        namespaced: false),
      of(
        admission, ["v1", "v1beta1"], "validatingadmissionpolicies", "ValidatingAdmissionPolicy",
        namespaced: false),
      of(
        admission, ["v1", "v1beta1"], "validatingadmissionpolicybindings",
        "ValidatingAdmissionPolicyBinding", namespaced: false),
    ]
  }()
}
