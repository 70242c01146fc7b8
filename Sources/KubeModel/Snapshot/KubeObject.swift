/// One object of a snapshot, typed by kind.
public enum KubeObject: Sendable, Hashable {
  /// A namespace.
  case namespace(Namespace)
  /// A pod.
  case pod(Pod)
  /// A Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob.
  case controller(PodController)
  /// A ServiceAccount.
  case serviceAccount(ServiceAccount)
  /// A Secret (metadata and type only).
  case secret(Secret)
  /// A ConfigMap (key names only).
  case configMap(ConfigMap)
  /// A Service.
  case service(Service)
  /// A node.
  case node(Node)
  /// An Ingress.
  case ingress(Ingress)
  /// A Role.
  case role(Role)
  /// A ClusterRole.
  case clusterRole(ClusterRole)
  /// A RoleBinding or ClusterRoleBinding.
  case binding(RoleBinding)
  /// A NetworkPolicy.
  case networkPolicy(NetworkPolicy)
  /// A validating or mutating webhook configuration.
  case webhookConfiguration(WebhookConfiguration)
  /// An object of a kind kbaseline does not analyse.
  case other(OtherObject)

  /// The object's kind, for example `Deployment`.
  public var kind: String {
    switch self {
    case .namespace: "Namespace"
    case .pod: "Pod"
    case .controller(let c): c.kind.rawValue
    case .serviceAccount: "ServiceAccount"
    case .secret: "Secret"
    case .configMap: "ConfigMap"
    case .service: "Service"
    case .node: "Node"
    case .ingress: "Ingress"
    case .role: "Role"
    case .clusterRole: "ClusterRole"
    case .binding(let b): b.kind
    case .networkPolicy: "NetworkPolicy"
    case .webhookConfiguration(let w): w.kind
    case .other(let o): o.kind
    }
  }

  /// The object's metadata.
  public var metadata: ObjectMeta {
    switch self {
    case .namespace(let o): o.metadata
    case .pod(let o): o.metadata
    case .controller(let o): o.metadata
    case .serviceAccount(let o): o.metadata
    case .secret(let o): o.metadata
    case .configMap(let o): o.metadata
    case .service(let o): o.metadata
    case .node(let o): o.metadata
    case .ingress(let o): o.metadata
    case .role(let o): o.metadata
    case .clusterRole(let o): o.metadata
    case .binding(let o): o.metadata
    case .networkPolicy(let o): o.metadata
    case .webhookConfiguration(let o): o.metadata
    case .other(let o): o.metadata
    }
  }

  /// Whether objects of this kind live in a namespace.
  public var isNamespaced: Bool {
    switch self {
    case .namespace, .node, .clusterRole, .webhookConfiguration: false
    case .binding(let b): !b.isClusterBinding
    case .other(let o): o.metadata.namespace != nil
    default: true
    }
  }

  /// The object's key; namespaced objects without a namespace are in `default`.
  public var key: ObjectKey {
    let meta = metadata
    return ObjectKey(
      kind: kind, namespace: isNamespaced ? (meta.namespace ?? "default") : nil, name: meta.name)
  }

  /// The `apiVersion` to write for the object.
  public var apiVersion: String {
    if case .other(let o) = self { return o.apiVersion }
    return KubeKind.known[kind]?.preferredVersion ?? "v1"
  }
}
