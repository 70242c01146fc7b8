/// Lets pods share their controller's container, init-container and volume arrays when they
/// are equal (and ReplicaSets and Jobs their owner's), so a 150,000-pod snapshot holds each
/// distinct pod template once instead of once per replica.
///
/// Equal arrays are swapped for the controller's copy; values do not change, only storage is
/// shared (Swift arrays are copy-on-write), and comparing an already shared array is O(1).
enum TemplateSharing {
  /// Shares template storage between controllers, their owners and their pods.
  ///
  /// - Complexity: O(*p* + *c*) comparisons of container arrays, spread over the cores.
  static func share(pods: [Pod], controllers: [PodController]) -> ([Pod], [PodController]) {
    var index: [ObjectKey: Int] = [:]
    for (i, controller) in controllers.enumerated() { index[controller.key] = i }
    var shared = controllers
    for i in shared.indices {
      guard let owner = shared[i].metadata.controllerReference,
        let j = index[
          ObjectKey(kind: owner.kind, namespace: shared[i].metadata.namespace, name: owner.name)],
        j != i
      else { continue }
      share(&shared[i].template.spec, with: shared[j].template.spec)
    }
    let templates = shared
    let lookup = index
    let pods = ParallelMap.map(pods, minimumChunk: 4_096) { pod -> Pod in
      guard let key = Snapshot.immediateController(of: pod), let j = lookup[key] else { return pod }
      var copy = pod
      share(&copy.spec, with: templates[j].template.spec)
      return copy
    }
    return (pods, shared)
  }

  /// Replaces each array of `spec` equal to the template's with the template's storage.
  static func share(_ spec: inout PodSpec, with template: PodSpec) {
    if spec.containers == template.containers { spec.containers = template.containers }
    if spec.initContainers == template.initContainers {
      spec.initContainers = template.initContainers
    }
    if spec.volumes == template.volumes { spec.volumes = template.volumes }
  }
}
