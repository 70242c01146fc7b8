import KubeModel

extension EscalationGraph {
  /// The path step for an edge: its sentence and the binding, role and rule behind it.
  func step(from source: Int, _ edge: EscalationEdge) -> PathStep {
    let from = nodes[source].label
    let to = nodes[edge.target].label
    let primary = edge.providers.first
    let bindingKey = primary?.binding.map { policy.bindings[$0].key }
    let rule = primary.flatMap { provider in
      edge.capabilities.first.flatMap { cap in
        rules(ofRole: provider.role)?.first { cap.names(allowedBy: $0).isAllowed }
      }
    }
    return PathStep(
      text: sentence(from: from, to: to, edge), catalogue: edge.kind.catalogue, from: from, to: to,
      binding: bindingKey, role: primary?.role, rule: rule, via: primary?.via)
  }

  private func grantSuffix(_ edge: EscalationEdge) -> String {
    var chains: [String] = []
    for provider in edge.providers where provider.binding != nil || provider.role.name != "*" {
      var text =
        provider.binding.map { "\(policy.bindings[$0].key) → \(provider.role)" }
        ?? "\(provider.role)"
      if let via = provider.via { text += ", as member of \(via)" }
      if !chains.contains(text) { chains.append(text) }
    }
    return chains.isEmpty ? "" : " (" + chains.joined(separator: "; ") + ")"
  }

  private func scope(_ edge: EscalationEdge) -> String {
    edge.namespace.map { "in \($0)" } ?? "in every namespace"
  }

  private func sentence(from: String, to: String, _ edge: EscalationEdge) -> String {
    let grant = grantSuffix(edge)
    let verb = edge.capabilities.first?.phrase ?? ""
    let detail = edge.detail ?? ""
    switch edge.kind {
    case .memberOf: return "\(from) is a member of \(to)"
    case .mastersBypass: return "\(from) is allowed every request before RBAC is consulted"
    case .wildcard: return "\(from) can do anything cluster-wide\(grant)"
    case .namespaceWildcard: return "\(from) can do anything \(scope(edge))\(grant)"
    case .readSecrets: return "\(from) can \(verb) \(scope(edge))\(grant)"
    case .readNamedSecret:
      return "\(from) can get Secret \(edge.namespace ?? "")/\(detail), the token of \(to)\(grant)"
    case .createWorkloads: return "\(from) can \(verb) \(scope(edge))\(grant)"
    case .privilegedPod:
      return
        "\(from) can \(verb) in \(edge.namespace ?? "a namespace") (\(detail)): a privileged pod pinned to any node\(grant)"
    case .persistentVolume:
      return
        "\(from) can create a hostPath PersistentVolume, claim it and mount it in a pod\(grant)"
    case .exec: return "\(from) can exec into the pods \(scope(edge))\(grant)"
    case .execNamed:
      return
        "\(from) can exec into Pod \(edge.namespace ?? "")/\(detail), which runs as \(to)\(grant)"
    case .token: return "\(from) can create tokens for any ServiceAccount \(scope(edge))\(grant)"
    case .tokenNamed: return "\(from) can create a token for \(to)\(grant)"
    case .impersonateServiceAccounts:
      return "\(from) can impersonate any ServiceAccount \(scope(edge))\(grant)"
    case .impersonateServiceAccountNamed, .impersonateUser, .impersonateGroup:
      return "\(from) can impersonate \(to)\(grant)"
    case .tokenSecret:
      return
        "\(from) can create a token Secret for any ServiceAccount \(scope(edge)) and read it back\(grant)"
    case .nodeProxy:
      return "\(from) can use the kubelet API of Node \(detail) (nodes/proxy)\(grant)"
    case .escalate:
      return "\(from) can escalate \(detail), which it holds, to */*/*\(grant)"
    case .bind:
      let kind =
        edge.capabilities.contains(.createClusterRoleBindings)
        ? "ClusterRoleBinding" : "RoleBinding"
      let place =
        edge.namespace.map { " in \($0)" } ?? (kind == "RoleBinding" ? " in every namespace" : "")
      return "\(from) can bind \(detail) to itself with a new \(kind)\(place)\(grant)"
    case .impersonateMasters: return "\(from) can impersonate Group system:masters\(grant)"
    case .impersonateUsers: return "\(from) can impersonate any user\(grant)"
    case .csr:
      return "\(from) can create and approve a client certificate for Group system:masters\(grant)"
    case .webhook:
      return
        "\(from) can register an admission webhook that sees and changes every object (assumes a reachable endpoint)\(grant)"
    case .awsAuth:
      return
        "\(from) can edit ConfigMap kube-system/aws-auth and map itself to system:masters\(grant)"
    case .includes: return "which includes namespace \(edge.namespace ?? "")"
    case .runsAs: return "acts as \(to)"
    case .readsToken: return "reads the token of \(to) from Secret \(detail)"
    case .takesOverPod: return "takes over Pod \(detail), which runs as \(to)"
    case .takesOverPodOnNode:
      return "takes over Pod \(edge.namespace ?? "")/\(detail), which runs as \(to)"
    case .schedulesOnto: return "schedules a privileged pod onto \(to)"
    case .nodeCredentials:
      return "\(from) holds the token of \(to) (Pod \(edge.namespace ?? "")/\(detail))"
    case .controlPlane: return "\(from) is a control-plane node (etcd, admin credentials)"
    case .becomesUser: return "becomes \(to)"
    }
  }
}
