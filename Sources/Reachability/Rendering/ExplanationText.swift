/// Plain-text rendering of explanations (`kbaseline reach --explain`).
public enum ExplanationText {
  /// Renders explanations, one block each.
  public static func render(_ explanations: [ConnectionExplanation]) -> String {
    if explanations.isEmpty {
      return "nothing to explain (same workload: self traffic is always allowed)\n"
    }
    return explanations.map(block).joined(separator: "\n")
  }

  /// One explanation as lines.
  public static func block(_ explanation: ConnectionExplanation) -> String {
    var lines = [
      "\(explanation.source)\(pods(explanation.sourcePods)) => "
        + "\(explanation.destination)\(pods(explanation.destinationPods)) : \(explanation.allowed)"
    ]
    lines += side(explanation.egress, end: explanation.source, other: explanation.destination)
    lines += side(explanation.ingress, end: explanation.destination, other: explanation.source)
    return lines.joined(separator: "\n") + "\n"
  }

  /// ` (pods with a=1,b=2)` for one class of a heterogeneous workload.
  private static func pods(_ labels: [String: String]?) -> String {
    guard let labels else { return "" }
    let text = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return
      " (pods with \(text.isEmpty ? "none of the selected labels" : text.joined(separator: ",")))"
  }

  private static func side(
    _ side: DirectionExplanation, end: ReachabilityEndpoint, other: ReachabilityEndpoint
  ) -> [String] {
    let head = "  \(side.direction.rawValue.lowercased()) of \(end): "
    switch side.status {
    case .notApplicable:
      return [head + "external address, no NetworkPolicy applies"]
    case .notIsolated:
      return [head + "not isolated: All Connections (system default: allow all)"]
    case .isolated:
      var lines = [head + "isolated by \(side.isolatingPolicies.joined(separator: ", "))"]
      if side.fromOwnNode {
        lines.append("    allowed: traffic from the pod's own node is always allowed")
      }
      if side.allowingRules.isEmpty && !side.fromOwnNode {
        lines.append(
          "    no \(side.direction.rawValue.lowercased()) rule of those policies admits \(other)")
      }
      for match in side.allowingRules {
        let peer = match.peerIndex.map { "peer \($0 + 1) (\(match.peer))" } ?? match.peer
        var line =
          "    allowed by \(match.policy) \(match.direction.rawValue.lowercased()) rule \(match.ruleIndex + 1), \(peer): \(match.ports)"
        if !match.unresolvedNamedPorts.isEmpty {
          line +=
            " [named ports not on destination: \(match.unresolvedNamedPorts.joined(separator: ", "))]"
        }
        lines.append(line)
      }
      lines.append("    allows: \(side.allowed)")
      return lines
    }
  }
}
