/// Lets pods share container, init-container and volume arrays with their controller's
/// template or with the controller's first pod when equal (and ReplicaSets and Jobs with their
/// owner's), so a 150,000-pod snapshot holds each distinct pod spec once instead of once per
/// replica.
///
/// Equal arrays are swapped for the controller's copy; values do not change, only storage is
/// shared (Swift arrays are copy-on-write), and comparing an already shared array is O(1).
enum TemplateSharing {
  /// Shares template storage between controllers, their owners and their pods.
  ///
  /// - Complexity: O(*p* + *c*) comparisons of container arrays.
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
    // Pods differ from their template where admission filled in defaults (the token volume
    // and its mounts), so replicas first share with the first replica of their controller.
    var first: [Int: PodSpec] = [:]
    var pods = pods
    for i in pods.indices {
      guard let key = Snapshot.immediateController(of: pods[i]), let j = index[key] else {
        continue
      }
      if let canonical = first[j] {
        share(&pods[i].spec, with: canonical)
      } else {
        share(&pods[i].spec, with: shared[j].template.spec)
        first[j] = pods[i].spec
      }
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
