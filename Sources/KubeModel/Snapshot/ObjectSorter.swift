/// Sorts decoded objects into per-kind arrays, dropping duplicates (first one wins).
struct ObjectSorter {
  var pods: [Pod] = []
  var controllers: [PodController] = []
  var serviceAccounts: [ServiceAccount] = []
  var secrets: [Secret] = []
  var configMaps: [ConfigMap] = []
  var services: [Service] = []
  var nodes: [Node] = []
  var ingresses: [Ingress] = []
  var roles: [Role] = []
  var clusterRoles: [ClusterRole] = []
  var bindings: [RoleBinding] = []
  var networkPolicies: [NetworkPolicy] = []
  var webhookConfigurations: [WebhookConfiguration] = []
  var otherObjects: [OtherObject] = []
  var unknownKinds: [String: Int] = [:]
  var declaredNamespaces: [Namespace] = []
  var duplicateWarnings: [LoadWarning] = []
  private var seen: Set<ObjectKey> = []
  private var duplicateKeys: Set<ObjectKey> = []
  private var referencedNamespaces: Set<String> = []

  /// Adds objects in order; a second object with the same key is reported once and dropped.
  mutating func add(_ objects: [KubeObject]) {
    for object in objects {
      let key = object.key
      guard seen.insert(key).inserted else {
        if duplicateKeys.insert(key).inserted {
          duplicateWarnings.append(
            LoadWarning(message: "duplicate object \(key) (the first one is used)"))
        }
        continue
      }
      if !key.namespace.isEmpty { referencedNamespaces.insert(key.namespace) }
      place(object)
    }
  }

  private mutating func place(_ object: KubeObject) {
    switch object {
    case .namespace(let o): declaredNamespaces.append(o)
    case .pod(let o): pods.append(o)
    case .controller(let o): controllers.append(o)
    case .serviceAccount(let o): serviceAccounts.append(o)
    case .secret(let o): secrets.append(o)
    case .configMap(let o): configMaps.append(o)
    case .service(let o): services.append(o)
    case .node(let o): nodes.append(o)
    case .ingress(let o): ingresses.append(o)
    case .role(let o): roles.append(o)
    case .clusterRole(let o): clusterRoles.append(o)
    case .binding(let o):
      bindings.append(o)
      for subject in o.subjects where subject.kind == "ServiceAccount" {
        if let ns = subject.namespace ?? o.namespace { referencedNamespaces.insert(ns) }
      }
    case .networkPolicy(let o): networkPolicies.append(o)
    case .webhookConfiguration(let o): webhookConfigurations.append(o)
    case .other(let o):
      otherObjects.append(o)
      unknownKinds[o.kind, default: 0] += 1
    }
  }

  /// Declared namespaces plus one synthesized for each name referenced but absent, sorted.
  func namespacesWithSynthesized(warnings: inout [LoadWarning]) -> [Namespace] {
    var all = declaredNamespaces
    let declared = Set(declaredNamespaces.map(\.name))
    let missing = referencedNamespaces.subtracting(declared).sorted()
    for name in missing {
      all.append(Namespace(metadata: ObjectMeta(name: name), isSynthesized: true))
    }
    if !missing.isEmpty && !declared.isEmpty {
      warnings.append(
        LoadWarning(
          message: "namespaces referenced but not in the input, assumed to exist: "
            + missing.joined(separator: ", ")))
    }
    return all.sorted { $0.name < $1.name }
  }
}
