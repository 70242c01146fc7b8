/// The kinds kbaseline analyses: their API groups and how to decode them.
struct KubeKind: Sendable {
  /// API groups the kind is served from (older groups included).
  let groups: Set<String>
  /// The `apiVersion` written for it.
  let preferredVersion: String
  /// Decodes an object of this kind.
  let decode: @Sendable (any Decoder) throws -> KubeObject

  /// The analysed kinds by name.
  static let known: [String: KubeKind] = {
    var table: [String: KubeKind] = [
      "Namespace": core { .namespace(try Namespace(from: $0)) },
      "Pod": core { .pod(try Pod(from: $0)) },
      "ServiceAccount": core { .serviceAccount(try ServiceAccount(from: $0)) },
      "Secret": core { .secret(try Secret(from: $0)) },
      "ConfigMap": core { .configMap(try ConfigMap(from: $0)) },
      "Service": core { .service(try Service(from: $0)) },
      "Node": core { .node(try Node(from: $0)) },
      "Role": rbac { .role(try Role(from: $0)) },
      "ClusterRole": rbac { .clusterRole(try ClusterRole(from: $0)) },
      "RoleBinding": rbac { .binding(try RoleBinding(isClusterBinding: false, from: $0)) },
      "ClusterRoleBinding": rbac { .binding(try RoleBinding(isClusterBinding: true, from: $0)) },
      "NetworkPolicy": KubeKind(
        groups: ["networking.k8s.io", "extensions"], preferredVersion: "networking.k8s.io/v1"
      ) { .networkPolicy(try NetworkPolicy(from: $0)) },
      "Ingress": KubeKind(
        groups: ["networking.k8s.io", "extensions"], preferredVersion: "networking.k8s.io/v1"
      ) { .ingress(try Ingress(from: $0)) },
      "ValidatingWebhookConfiguration": admission {
        .webhookConfiguration(try WebhookConfiguration(isMutating: false, from: $0))
      },
      "MutatingWebhookConfiguration": admission {
        .webhookConfiguration(try WebhookConfiguration(isMutating: true, from: $0))
      },
    ]
    for kind in ControllerKind.allCases {
      let (groups, version): (Set<String>, String) =
        switch kind {
        case .replicationController: ([""], "v1")
        case .job, .cronJob: (["batch"], "batch/v1")
        default: (["apps", "extensions"], "apps/v1")
        }
      table[kind.rawValue] = KubeKind(groups: groups, preferredVersion: version) {
        .controller(try PodController(kind: kind, from: $0))
      }
    }
    return table
  }()

  /// The kind for `kind` served at `apiVersion`, when kbaseline analyses it.
  static func lookup(kind: String, apiVersion: String) -> KubeKind? {
    guard let entry = known[kind] else { return nil }
    let group = apiVersion.firstIndex(of: "/").map { String(apiVersion[..<$0]) } ?? ""
    return entry.groups.contains(group) ? entry : nil
  }

  private static func core(_ decode: @escaping @Sendable (any Decoder) throws -> KubeObject)
    -> KubeKind
  {
    KubeKind(groups: [""], preferredVersion: "v1", decode: decode)
  }

  private static func rbac(_ decode: @escaping @Sendable (any Decoder) throws -> KubeObject)
    -> KubeKind
  {
    KubeKind(
      groups: ["rbac.authorization.k8s.io"], preferredVersion: "rbac.authorization.k8s.io/v1",
      decode: decode)
  }

  private static func admission(_ decode: @escaping @Sendable (any Decoder) throws -> KubeObject)
    -> KubeKind
  {
    KubeKind(
      groups: ["admissionregistration.k8s.io"],
      preferredVersion: "admissionregistration.k8s.io/v1", decode: decode)
  }
}
