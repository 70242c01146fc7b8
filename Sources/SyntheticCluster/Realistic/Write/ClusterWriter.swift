/// Writes a ``ClusterPlan`` into a ``SnapshotStream``, one list per kind in the order
/// ``SnapshotWriter`` uses (API group, then resource).
///
/// Names that several lists share (ReplicaSets and their pods, Jobs and their pods, Roles and
/// their bindings) are derived from the plan by the same functions, so references resolve.
struct ClusterWriter {
  let plan: ClusterPlan
  let stream: SnapshotStream
  let scale: ClusterScale
  /// Per-pod randomness (names, uids, nodes, container ids), drawn in writing order.
  var random: RandomSource
  let workers: [NodePlan]

  init(plan: ClusterPlan, stream: SnapshotStream, scale: ClusterScale, seed: UInt64) {
    self.plan = plan
    self.stream = stream
    self.scale = scale
    random = RandomSource(seed: seed ^ 0x5EED_0F_7E57_0001)
    workers = plan.workerNodes.isEmpty ? plan.nodes : plan.workerNodes
  }

  /// Writes every list.
  mutating func writeLists() throws {
    let core = (group: "", version: "v1")
    try list(core, "configmaps", "ConfigMap") { try $0.writeConfigMaps() }
    try list(core, "namespaces", "Namespace", namespaced: false) { try $0.writeNamespaces() }
    try list(core, "nodes", "Node", namespaced: false) { try $0.writeNodes() }
    try list(core, "pods", "Pod") { try $0.writePods() }
    try list(core, "secrets", "Secret") { try $0.writeSecrets() }
    try list(core, "serviceaccounts", "ServiceAccount") { try $0.writeServiceAccounts() }
    try list(core, "services", "Service") { try $0.writeServices() }
    let admission = (group: "admissionregistration.k8s.io", version: "v1")
    try list(
      admission, "mutatingwebhookconfigurations", "MutatingWebhookConfiguration", namespaced: false
    ) {
      try $0.writeWebhooks(mutating: true)
    }
    try list(
      admission, "validatingwebhookconfigurations", "ValidatingWebhookConfiguration",
      namespaced: false
    ) {
      try $0.writeWebhooks(mutating: false)
    }
    let apps = (group: "apps", version: "v1")
    try list(apps, "daemonsets", "DaemonSet") { try $0.writeControllers(.daemonSet) }
    try list(apps, "deployments", "Deployment") { try $0.writeControllers(.deployment) }
    try list(apps, "replicasets", "ReplicaSet") { try $0.writeReplicaSets() }
    try list(apps, "statefulsets", "StatefulSet") { try $0.writeControllers(.statefulSet) }
    let batch = (group: "batch", version: "v1")
    try list(batch, "cronjobs", "CronJob") { try $0.writeControllers(.cronJob) }
    try list(batch, "jobs", "Job") { try $0.writeJobs() }
    let networking = (group: "networking.k8s.io", version: "v1")
    try list(networking, "ingresses", "Ingress") { try $0.writeIngresses() }
    try list(networking, "networkpolicies", "NetworkPolicy") { try $0.writeNetworkPolicies() }
    let rbac = (group: "rbac.authorization.k8s.io", version: "v1")
    try list(rbac, "clusterrolebindings", "ClusterRoleBinding", namespaced: false) {
      try $0.writeClusterRoleBindings()
    }
    try list(rbac, "clusterroles", "ClusterRole", namespaced: false) { try $0.writeClusterRoles() }
    try list(rbac, "rolebindings", "RoleBinding") { try $0.writeRoleBindings() }
    try list(rbac, "roles", "Role") { try $0.writeRoles() }
  }

  private mutating func list(
    _ api: (group: String, version: String), _ resource: String, _ kind: String,
    namespaced: Bool = true, _ body: (inout ClusterWriter) throws -> Void
  ) throws {
    var copy = self
    try stream.list(
      group: api.group, version: api.version, resource: resource, kind: kind,
      namespaced: namespaced
    ) { try body(&copy) }
    self = copy
  }

  /// The `apiVersion` of items in a list of `group`.
  static func apiVersion(_ group: String) -> String { group.isEmpty ? "v1" : "\(group)/v1" }

  /// Writes an item's `apiVersion`, `kind` and `metadata`; `body` writes the rest.
  func item(
    _ apiVersion: String, _ kind: String, name: String, namespace: String?,
    uid: String, age: Int, labels: [(String, String)] = [],
    annotations: [(String, String)] = [], owner: (String, String, String, String)? = nil,
    _ body: (inout JSONTextWriter) -> Void = { _ in }
  ) throws {
    try stream.item { w in
      w.object { w in
        w.field("apiVersion", apiVersion)
        w.field("kind", kind)
        w.object("metadata") { w in
          w.field("name", name)
          if let namespace { w.field("namespace", namespace) }
          w.field("uid", uid)
          w.field("resourceVersion", "\(PodTemplateFactory.number(uid) % 900_000_000 + 1)")
          w.field("creationTimestamp", Timestamps.before(age))
          if !labels.isEmpty { w.stringMap("labels", labels) }
          if !annotations.isEmpty { w.stringMap("annotations", annotations) }
          if let (version, kind, name, uid) = owner {
            w.array("ownerReferences") { w in
              w.object { w in
                w.field("apiVersion", version)
                w.field("kind", kind)
                w.field("name", name)
                w.field("uid", uid)
                w.field("controller", true)
                w.field("blockOwnerDeletion", true)
              }
            }
          }
        }
        body(&w)
      }
    }
  }

  /// A stable uid for a derived object (ReplicaSet, Job, Role, …) named by `key`.
  static func uid(_ key: String) -> String {
    let h = Array(PodTemplateFactory.digest(key).utf8)
    func part(_ r: Range<Int>) -> String { String(decoding: h[r], as: UTF8.self) }
    return "\(part(0..<8))-\(part(8..<12))-4\(part(13..<16))-8\(part(17..<20))-\(part(20..<32))"
  }

  /// A stable name suffix of `count` characters for `key`.
  static func suffix(_ key: String, _ count: Int) -> String {
    var n = PodTemplateFactory.number(key)
    var out = ""
    for _ in 0..<count {
      out.append(Vocabulary.suffixCharacters[n % Vocabulary.suffixCharacters.count])
      n /= Vocabulary.suffixCharacters.count
    }
    return out
  }
}
