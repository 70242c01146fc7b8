import KubeModel

/// Checks of a policy's text alone: policyTypes, allow-all rules, invalid constructs, IPv6.
struct PolicyStructureLint {
  let policy: NetworkPolicy

  private var target: FindingTarget {
    FindingTarget(kind: "NetworkPolicy", namespace: policy.namespace, name: policy.metadata.name)
  }

  /// The findings of this policy.
  func findings() -> [Finding] {
    var out: [Finding] = []
    let spec = policy.spec
    if spec.policyTypes?.isEmpty ?? true, spec.egress?.isEmpty == false {
      out.append(
        Finding(
          NetworkRules.policyTypesOmitted, target: target,
          message: "policyTypes omitted with an egress section: ingress is isolated too",
          fieldPath: "spec.policyTypes"))
    }
    let types = spec.effectivePolicyTypes
    for direction in TrafficDirection.allCases {
      let written = (direction == .ingress ? spec.ingress : spec.egress) ?? []
      let field = direction == .ingress ? "ingress" : "egress"
      if !types.contains(direction.rawValue) && !written.isEmpty {
        out.append(
          Finding(
            NetworkRules.rulesIgnored, target: target,
            message:
              "\(written.count) \(field) rules ignored: policyTypes is \(spec.policyTypes ?? [])",
            fieldPath: "spec.\(field)"))
      }
      for (index, rule) in written.enumerated() {
        out += ruleFindings(rule, path: "spec.\(field)[\(index)]", direction: direction)
      }
    }
    for (key, problem) in [("spec.podSelector", spec.podSelector.validationError)] {
      if let problem { out.append(invalid(problem, key)) }
    }
    return out
  }

  private func ruleFindings(_ rule: NetworkPolicyRule, path: String, direction: TrafficDirection)
    -> [Finding]
  {
    var out: [Finding] = []
    let noPorts = rule.ports?.isEmpty ?? true
    let peersField = direction == .ingress ? "from" : "to"
    if (rule.peers?.isEmpty ?? true) && noPorts {
      out.append(
        Finding(
          NetworkRules.allowAllRule, target: target,
          message:
            "\(direction.rawValue.lowercased()) rule allows all traffic (no \(peersField), no ports)",
          fieldPath: path))
    }
    for (index, peer) in (rule.peers ?? []).enumerated() {
      let peerPath = "\(path).\(peersField)[\(index)]"
      if let block = peer.ipBlock {
        if peer.podSelector != nil || peer.namespaceSelector != nil {
          out.append(invalid("ipBlock combined with a selector in one peer", peerPath))
        }
        let parsed = IPBlockAddresses(block)
        if let problem = parsed.problem { out.append(invalid(problem, "\(peerPath).ipBlock")) }
        if parsed.isIPv6 {
          out.append(
            Finding(
              NetworkRules.ipv6NotAnalysed, target: target,
              message: "IPv6 ipBlock \(block.cidr) is not analysed",
              fieldPath: "\(peerPath).ipBlock"))
        }
        if noPorts && parsed.addresses == .everything {
          out.append(
            Finding(
              NetworkRules.allowAllRule, target: target,
              message: "ipBlock \(block.cidr) on all ports admits every external address",
              fieldPath: "\(peerPath).ipBlock"))
        }
      } else if peer.podSelector == nil && peer.namespaceSelector == nil {
        out.append(invalid("empty peer {} (a peer must set a selector or an ipBlock)", peerPath))
      }
      for (selector, name) in [
        (peer.podSelector, "podSelector"), (peer.namespaceSelector, "namespaceSelector"),
      ] {
        if let problem = selector?.validationError {
          out.append(invalid(problem, "\(peerPath).\(name)"))
        }
      }
    }
    for (index, port) in (rule.ports ?? []).enumerated() {
      let portPath = "\(path).ports[\(index)]"
      if NetworkProtocol(apiValue: port.protocol) == nil {
        out.append(invalid("unsupported protocol \(port.protocol ?? "")", "\(portPath).protocol"))
      }
      if let end = port.endPort {
        switch port.port {
        case .int(let start) where end < start:
          out.append(invalid("endPort \(end) is below port \(start)", "\(portPath).endPort"))
        case .string(let name):
          out.append(invalid("endPort with the named port \(name)", "\(portPath).endPort"))
        case nil:
          out.append(invalid("endPort without port", "\(portPath).endPort"))
        default: break
        }
      }
    }
    return out
  }

  private func invalid(_ problem: String, _ path: String) -> Finding {
    Finding(NetworkRules.invalidPolicy, target: target, message: problem, fieldPath: path)
  }
}
