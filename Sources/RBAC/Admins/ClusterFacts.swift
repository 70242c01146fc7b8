import KubeModel

/// The non-RBAC facts the escalation analysis needs, indexed: ServiceAccounts, token
/// Secrets, pods and the nodes they run on, controllers, Pod Security labels.
struct ClusterFacts: Sendable {
  /// A pod reduced to what matters: where it runs and as whom.
  struct PodIdentity: Sendable, Hashable {
    var namespace: String
    var name: String
    var serviceAccount: String
    var node: String?
  }

  /// A legacy token Secret and its ServiceAccount.
  struct TokenSecret: Sendable, Hashable {
    var namespace: String
    var name: String
    var serviceAccount: String
  }

  /// ServiceAccount names by namespace (objects and the accounts pods run as), sorted.
  var serviceAccounts: [String: [String]] = [:]
  /// Token Secrets by namespace.
  var tokenSecrets: [String: [TokenSecret]] = [:]
  /// Pods by namespace.
  var pods: [String: [PodIdentity]] = [:]
  /// Pods by node.
  var podsOnNode: [String: [PodIdentity]] = [:]
  /// Controller names by namespace.
  var controllers: [String: Set<String>] = [:]
  /// Every namespace name, sorted.
  var namespaces: [String] = []
  /// The `pod-security.kubernetes.io/enforce` label by namespace, when set.
  var enforce: [String: String] = [:]
  /// Node names, sorted.
  var nodes: [String] = []
  /// Control-plane nodes.
  var controlPlaneNodes: Set<String> = []
  /// Webhook configuration names.
  var webhookConfigurations: Set<String> = []
  /// `true` when ConfigMap `kube-system/aws-auth` exists.
  var hasAWSAuth = false
  /// Namespaces having a ServiceAccount of each name, sorted.
  var serviceAccountNamespaces: [String: [String]] = [:]
  /// Token Secrets by Secret name.
  var tokenSecretsByName: [String: [TokenSecret]] = [:]
  /// Pods by pod name.
  var podsByName: [String: [PodIdentity]] = [:]
  /// Namespaces having a controller of each name, sorted.
  var controllerNamespaces: [String: [String]] = [:]
  /// The first namespace where new pods may be privileged (enforce privileged or unset).
  var firstPrivilegedNamespace: String?

  /// The label that pins Pod Security enforcement for a namespace.
  static let enforceLabel = "pod-security.kubernetes.io/enforce"

  /// Indexes a snapshot.
  ///
  /// ServiceAccounts named by bindings count as existing unless the snapshot holds a complete
  /// list of ServiceAccounts (manifests often omit them).
  ///
  /// - Complexity: O(*n* log *n*) in the number of objects.
  init(snapshot: Snapshot, boundServiceAccounts: [Identity] = []) {
    var accounts: [String: Set<String>] = [:]
    let listed = snapshot.list(resource: "serviceaccounts")?.status.isComplete == true
    if !listed {
      for sa in boundServiceAccounts where sa.kind == .serviceAccount {
        accounts[sa.namespace, default: []].insert(sa.name)
      }
    }
    for sa in snapshot.serviceAccounts {
      accounts[sa.namespace, default: []].insert(sa.metadata.name)
    }
    for pod in snapshot.effectivePods {
      let identity = PodIdentity(
        namespace: pod.namespace, name: pod.metadata.name,
        serviceAccount: pod.spec.effectiveServiceAccountName, node: pod.spec.nodeName)
      accounts[identity.namespace, default: []].insert(identity.serviceAccount)
      pods[identity.namespace, default: []].append(identity)
      if let node = identity.node, !pod.isTemplateStandIn {
        podsOnNode[node, default: []].append(identity)
      }
    }
    serviceAccounts = accounts.mapValues { $0.sorted() }
    for secret in snapshot.secrets where secret.type == Secret.serviceAccountTokenType {
      guard let account = secret.serviceAccountName else { continue }
      let ns = secret.metadata.namespace ?? "default"
      tokenSecrets[ns, default: []].append(
        TokenSecret(namespace: ns, name: secret.metadata.name, serviceAccount: account))
    }
    for controller in snapshot.controllers {
      controllers[controller.namespace, default: []].insert(controller.metadata.name)
    }
    namespaces = snapshot.namespaces.map(\.name)
    for ns in snapshot.namespaces {
      if let level = ns.labels[Self.enforceLabel] { enforce[ns.name] = level }
    }
    nodes = snapshot.nodes.map(\.metadata.name).sorted()
    controlPlaneNodes = Set(
      snapshot.nodes.filter {
        $0.metadata.labels["node-role.kubernetes.io/control-plane"] != nil
          || $0.metadata.labels["node-role.kubernetes.io/master"] != nil
      }.map(\.metadata.name))
    for pod in snapshot.pods where pod.namespace == "kube-system" {
      if pod.metadata.name.hasPrefix("kube-apiserver-"), let node = pod.spec.nodeName {
        controlPlaneNodes.insert(node)
      }
    }
    webhookConfigurations = Set(snapshot.webhookConfigurations.map(\.metadata.name))
    hasAWSAuth = snapshot.configMaps.contains {
      $0.metadata.name == "aws-auth" && $0.metadata.namespace == "kube-system"
    }
    buildNameIndexes()
  }

  private mutating func buildNameIndexes() {
    for ns in serviceAccounts.keys.sorted() {
      for name in serviceAccounts[ns]! { serviceAccountNamespaces[name, default: []].append(ns) }
    }
    for ns in tokenSecrets.keys.sorted() {
      for secret in tokenSecrets[ns]! {
        tokenSecretsByName[secret.name, default: []].append(secret)
      }
    }
    for ns in pods.keys.sorted() {
      for pod in pods[ns]! { podsByName[pod.name, default: []].append(pod) }
    }
    for ns in controllers.keys.sorted() {
      for name in controllers[ns]! { controllerNamespaces[name, default: []].append(ns) }
    }
    firstPrivilegedNamespace = namespaces.first { privilegedPodsAllowed(in: $0) != nil }
  }

  /// Why pods created in the namespace may be privileged, or `nil` when Pod Security
  /// enforcement forbids it.
  func privilegedPodsAllowed(in namespace: String) -> String? {
    switch enforce[namespace] {
    case nil: "Pod Security enforce label not set"
    case "privileged": "Pod Security enforce: privileged"
    default: nil
    }
  }
}
