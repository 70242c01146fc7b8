import KubeModel

/// Checks that need the pods: policies and peers that select nothing, named ports that do
/// not resolve, hostNetwork pods under policy.
struct PolicySelectionLint {
  let model: ReachabilityModel

  /// The findings.
  func findings() -> [Finding] {
    guard !model.pods.isEmpty else { return [] }
    var evaluator = SelectorEvaluator(
      classes: model.classes, namespaceRanges: model.namespaceRanges,
      namespaceLabels: model.namespaceLabels)
    var hostNetwork = Set<Int>()
    for (index, pod) in model.pods.enumerated() where pod.spec.hostNetwork == true {
      hostNetwork.insert(model.classOfPod[index])
    }
    var out: [Finding] = []
    for compiled in model.policies {
      let policy = compiled.policy
      let target = FindingTarget(
        kind: "NetworkPolicy", namespace: policy.namespace, name: policy.metadata.name)
      if compiled.subjects.isEmpty {
        out.append(
          Finding(
            NetworkRules.policySelectsNothing, target: target,
            message: "podSelector \(policy.spec.podSelector) selects no pod in \(policy.namespace)",
            fieldPath: "spec.podSelector"))
      }
      if !model.options.hostNetworkAsNode,
        compiled.subjects.members.contains(where: hostNetwork.contains)
      {
        out.append(
          Finding(
            NetworkRules.hostNetworkSelected, target: target,
            message: "selects hostNetwork pods; enforcement for them differs by CNI",
            fieldPath: "spec.podSelector"))
      }
      out += peerFindings(compiled, target: target, evaluator: &evaluator)
      out += namedPortFindings(compiled, target: target)
    }
    return out
  }

  private func peerFindings(
    _ compiled: CompiledPolicy, target: FindingTarget, evaluator: inout SelectorEvaluator
  ) -> [Finding] {
    var out: [Finding] = []
    let spec = compiled.policy.spec
    for (field, rules) in [("ingress", spec.ingress), ("egress", spec.egress)] {
      let peersField = field == "ingress" ? "from" : "to"
      for (ruleIndex, rule) in (rules ?? []).enumerated() {
        for (peerIndex, peer) in (rule.peers ?? []).enumerated() where peer.ipBlock == nil {
          guard peer.podSelector != nil || peer.namespaceSelector != nil else { continue }
          let path = "spec.\(field)[\(ruleIndex)].\(peersField)[\(peerIndex)]"
          if let ns = peer.namespaceSelector, evaluator.namespaces(matching: ns).isEmpty {
            out.append(
              Finding(
                NetworkRules.peerSelectsNothing, target: target,
                message: "namespaceSelector \(ns) matches no namespace",
                fieldPath: "\(path).namespaceSelector"))
            continue
          }
          var set = ClassSet(capacity: model.classes.count)
          evaluator.insert(
            podSelector: peer.podSelector, namespaceSelector: peer.namespaceSelector,
            policyNamespace: compiled.namespaceIndex, into: &set)
          if set.isEmpty {
            out.append(
              Finding(
                NetworkRules.peerSelectsNothing, target: target,
                message: "\(field) peer \(peerIndex) selects no pod", fieldPath: path))
          }
        }
      }
    }
    return out
  }

  private func namedPortFindings(_ compiled: CompiledPolicy, target: FindingTarget) -> [Finding] {
    var out: [Finding] = []
    for (direction, indices) in [
      (TrafficDirection.ingress, compiled.ingressRules), (.egress, compiled.egressRules),
    ] {
      for ruleIndex in indices {
        let rule = model.rules[ruleIndex]
        let field = direction == .ingress ? "ingress" : "egress"
        for named in rule.named {
          let path = "spec.\(field)[\(rule.ruleIndex)].ports"
          let label = "\(named.name)/\(named.proto.rawValue)"
          func resolves(_ cls: Int) -> Bool {
            (model.classes[cls].namedPorts[named.name] ?? []).contains { $0.proto == named.proto }
          }
          if direction == .ingress {
            var missing = 0
            compiled.subjects.forEach { if !resolves($0) { missing += model.classes[$0].podCount } }
            if missing > 0 {
              out.append(
                Finding(
                  NetworkRules.namedPortUnresolved, target: target,
                  message: "named port \(label) is not declared by \(missing) selected pods",
                  fieldPath: path))
            }
          } else {
            var resolved = false
            rule.classes.forEach { if resolves($0) { resolved = true } }
            if !resolved {
              out.append(
                Finding(
                  NetworkRules.namedPortUnresolved, target: target,
                  message: "named port \(label) is declared by no destination pod",
                  fieldPath: path))
            }
            if !rule.atoms.isEmpty && !rule.allPeers {
              out.append(
                Finding(
                  NetworkRules.namedPortUnresolved, target: target,
                  message: "named port \(label) toward an ipBlock grants nothing", fieldPath: path))
            }
          }
        }
      }
    }
    return out
  }
}
