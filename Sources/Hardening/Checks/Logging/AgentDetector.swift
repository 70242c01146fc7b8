import KubeModel

/// Finds workloads that look like a given kind of node agent by name or image (heuristic).
struct AgentDetector: Sendable {
  /// Lower-cased fragments matched against workload names and container images.
  var fragments: [String]

  /// The workloads whose name or an image contains one of the fragments.
  ///
  /// Each distinct name or image repository is tested once (replicas and sidecars repeat
  /// them), byte-wise.
  ///
  /// - Complexity: O(*w* · *c*) lookups plus O(*d* · *f*) searches for *d* distinct strings.
  func matches(in snapshot: Snapshot) -> [ObjectKey] {
    var verdicts: [String: Bool] = [:]
    func hit(_ text: String) -> Bool {
      if let known = verdicts[text] { return known }
      let lowered = text.lowercased()
      let found = fragments.contains { lowered.utf8.firstRange(of: $0.utf8) != nil }
      verdicts[text] = found
      return found
    }
    return snapshot.workloads.filter { workload in
      hit(workload.name)
        || workload.template.spec.allContainers.contains { entry in
          hit(ImageReference(entry.container.image ?? "").repository)
        }
    }.map(\.key)
  }
}
