import KubeModel

extension ReachabilityAnalysis {
  /// The network findings of the snapshot, against ``NetworkRules/all``, sorted by target.
  ///
  /// Pass the matrix when it is already computed; otherwise it is computed here.
  ///
  /// - Complexity: O(matrix + *P*·*R* + *C*·*d*) for *P* policies, *R* rules and *d* DNS
  ///   destinations.
  public func findings(matrix: NamespaceMatrix? = nil) -> [Finding] {
    let matrix = matrix ?? self.matrix()
    var out: [Finding] = []
    for policy in snapshot.networkPolicies { out += PolicyStructureLint(policy: policy).findings() }
    out += PolicySelectionLint(model: model).findings()
    out += namespaceFindings(matrix)
    out += dnsFindings()
    out += ipBlockCoverageFindings()
    var heterogeneous: [ObjectKey: Set<Int>] = [:]
    for (peer, classes) in model.classesOfPeer.enumerated() where classes.count > 1 {
      heterogeneous[model.workloadOfPeer[peer], default: []].formUnion(classes)
    }
    for (workload, classes) in heterogeneous {
      out.append(
        Finding(
          NetworkRules.heterogeneousWorkload, target: FindingTarget(workload),
          message: "pods fall into \(classes.count) policy classes; connections are their union"))
    }
    return out.sorted { ($0.target, $0.rule, $0.message) < ($1.target, $1.rule, $1.message) }
  }

  private func namespaceFindings(_ matrix: NamespaceMatrix) -> [Finding] {
    var out: [Finding] = []
    for row in matrix.coverage where row.pods > 0 && row.policies == 0 {
      out.append(
        Finding(
          NetworkRules.namespaceWithoutPolicy,
          target: FindingTarget(kind: "Namespace", name: row.namespace),
          message: "\(row.pods) pods and no NetworkPolicy: all traffic allowed"))
    }
    for name in matrix.flatNamespaces {
      out.append(
        Finding(
          NetworkRules.flatNamespace, target: FindingTarget(kind: "Namespace", name: name),
          message: "every workload reaches every other on all ports"))
    }
    for b in matrix.namespaces.indices {
      for group in matrix.environmentCrossingGroups(into: b) {
        out.append(
          Finding(
            NetworkRules.environmentCrossing,
            target: FindingTarget(kind: "Namespace", name: group.to),
            message: Self.crossingMessage(group), value: group.ports.portsText))
      }
    }
    return out
  }

  /// `shop-dev (dev) → shop-prod (prod) allowed: TCP 8080` for one source;
  /// `3 dev namespaces → shop-prod (prod) allowed: TCP 8080 (a, b, c)` for several.
  static func crossingMessage(_ group: EnvironmentCrossingGroup) -> String {
    let destination = "\(group.to) (\(group.toEnvironment)) allowed: \(group.ports)"
    if group.sourceCount == 1, let source = group.examples.first {
      return "\(source) (\(group.fromEnvironment)) → \(destination)"
    }
    let more = group.sourceCount > group.examples.count ? ", …" : ""
    return "\(group.sourceCount) \(group.fromEnvironment) namespaces → \(destination) "
      + "(\(group.examples.joined(separator: ", "))\(more))"
  }

  /// Egress-isolated workloads that cannot reach DNS on both UDP and TCP 53: toward kube-dns
  /// pods when the snapshot has them, else toward any destination.
  private func dnsFindings() -> [Finding] {
    let m = model
    var dnsClasses = Set<Int>()
    for (index, pod) in m.pods.enumerated()
    where pod.namespace == "kube-system" && pod.metadata.labels["k8s-app"] == "kube-dns" {
      dnsClasses.insert(m.classOfPod[index])
    }
    var blocked = Set<Int>()
    m.egressIsolated.forEach { source in
      let reachable: ConnectionSet
      if dnsClasses.isEmpty {
        var ports = ConnectionSet.none
        for ruleIndex in m.egressRulesOf[source] {
          ports = ports.union(m.rules[ruleIndex].ports(toward: nil))
        }
        reachable = ports
      } else {
        reachable = dnsClasses.reduce(ConnectionSet.none) {
          $0.union(m.connections(from: source, to: $1))
        }
      }
      if !(reachable.allows(.udp, port: 53) && reachable.allows(.tcp, port: 53)) {
        blocked.insert(source)
      }
    }
    let workloads = Set(blocked.flatMap { m.peersOfClass[$0] }.map { m.workloadOfPeer[$0] })
    return workloads.sorted().map {
      Finding(
        NetworkRules.egressWithoutDNS, target: FindingTarget($0),
        message: "egress isolated and DNS (UDP+TCP 53 to kube-dns) not allowed")
    }
  }

  /// ipBlocks that cover pod or node IPs of the snapshot.
  private func ipBlockCoverageFindings() -> [Finding] {
    let addresses =
      (snapshot.pods.flatMap { pod in
        [pod.status.podIP, pod.status.hostIP].compactMap { $0 } + pod.status.podIPs.map(\.ip)
      } + snapshot.nodes.flatMap { $0.addresses.map(\.address) }).compactMap(IPv4Ranges.address)
    let sorted = Array(Set(addresses)).sorted()
    guard !sorted.isEmpty else { return [] }
    var out: [Finding] = []
    for policy in snapshot.networkPolicies {
      for (field, rules) in [("ingress", policy.spec.ingress), ("egress", policy.spec.egress)] {
        for (ruleIndex, rule) in (rules ?? []).enumerated() {
          for (peerIndex, peer) in (rule.peers ?? []).enumerated() {
            guard let block = peer.ipBlock else { continue }
            let covered = IPBlockAddresses(block).addresses.ranges.reduce(0) {
              $0 + Self.count(sorted, in: $1)
            }
            guard covered > 0 else { continue }
            out.append(
              Finding(
                NetworkRules.ipBlockContainsPodIPs,
                target: FindingTarget(
                  kind: "NetworkPolicy", namespace: policy.namespace, name: policy.metadata.name),
                message: "ipBlock \(block.cidr) covers \(covered) pod or node IPs",
                fieldPath:
                  "spec.\(field)[\(ruleIndex)].\(field == "ingress" ? "from" : "to")[\(peerIndex)].ipBlock"
              ))
          }
        }
      }
    }
    return out
  }

  private static func count(_ sorted: [UInt32], in range: ClosedRange<UInt32>) -> Int {
    func lowerBound(_ value: UInt64) -> Int {
      var lo = 0
      var hi = sorted.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if UInt64(sorted[mid]) < value { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    return lowerBound(UInt64(range.upperBound) + 1) - lowerBound(UInt64(range.lowerBound))
  }
}
