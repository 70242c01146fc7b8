import KubeModel

/// Finds workloads that look like a given kind of node agent by name or image (heuristic).
struct AgentDetector: Sendable {
  /// Lower-cased fragments matched against workload names and container images.
  var fragments: [String]

  /// The workloads whose name or an image contains one of the fragments.
  ///
  /// - Complexity: O(*w* · *c* · *f*).
  func matches(in snapshot: Snapshot) -> [ObjectKey] {
    snapshot.workloads.filter { workload in
      let name = workload.name.lowercased()
      if fragments.contains(where: name.contains) { return true }
      return workload.template.spec.allContainers.contains { entry in
        let image = ImageReference(entry.container.image ?? "").repository.lowercased()
        return fragments.contains(where: image.contains)
      }
    }.map(\.key)
  }
}
