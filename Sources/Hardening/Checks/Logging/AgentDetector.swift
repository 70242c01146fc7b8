import KubeModel

/// Finds workloads that look like a given kind of node agent by name or image (heuristic).
struct AgentDetector: Sendable {
  /// Lower-cased fragments matched against workload names and container images.
  var fragments: [String]
  /// The fragments' bytes grouped by first byte, for a single pass over each text.
  private let byFirstByte: [[[UInt8]]]

  /// A detector for lower-cased ASCII `fragments`.
  init(fragments: [String]) {
    self.fragments = fragments
    var table = [[[UInt8]]](repeating: [], count: 256)
    for fragment in fragments where !fragment.isEmpty {
      let bytes = Array(fragment.utf8)
      table[Int(bytes[0])].append(bytes)
    }
    byFirstByte = table
  }

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
      let found = containsFragment(Array(text.lowercased().utf8))
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

  /// Whether some fragment occurs in `bytes`.
  ///
  /// - Complexity: O(*n* · *m*) for *n* bytes and *m* fragments sharing a first byte.
  private func containsFragment(_ bytes: [UInt8]) -> Bool {
    for start in bytes.indices {
      for fragment in byFirstByte[Int(bytes[start])] where start + fragment.count <= bytes.count {
        if bytes[start..<(start + fragment.count)].elementsEqual(fragment) { return true }
      }
    }
    return false
  }
}
