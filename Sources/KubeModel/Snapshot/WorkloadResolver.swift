/// Resolves pods to their top controllers and builds the workload list.
///
/// A pod's identity follows `ownerReferences` with `controller: true` upward through
/// controllers present in the snapshot (Pod → ReplicaSet → Deployment, Pod → Job → CronJob)
/// and stops at the nearest present one. When the pod's first owner is absent, the owner
/// reference itself names the workload, so replicas still collapse into one. Static pods
/// (owned by a Node) and bare pods are their own workload.
struct WorkloadResolver {
  private(set) var workloads: [Workload] = []
  private(set) var workloadOfPod: [Int] = []
  private(set) var effectivePods: [Pod] = []
  private(set) var workloadOfEffectivePod: [Int] = []

  init(pods: [Pod], controllers: [PodController], podsObserved: Bool) {
    let byKey = Dictionary(controllers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    var slots: [ObjectKey: Int] = [:]
    var drafts: [Workload] = []

    func slot(for key: ObjectKey, template: () -> PodTemplateSpec, present: Bool) -> Int {
      if let index = slots[key] { return index }
      drafts.append(
        Workload(key: key, template: template(), podIndices: [], isControllerPresent: present))
      slots[key] = drafts.count - 1
      return drafts.count - 1
    }

    var podSlots: [Int] = []
    podSlots.reserveCapacity(pods.count)
    for (index, pod) in pods.enumerated() {
      let top = Self.topController(of: pod, controllers: byKey)
      let controller = byKey[top]
      let s = slot(
        for: top,
        template: {
          controller?.template
            ?? PodTemplateSpec(
              labels: pod.metadata.labels, annotations: pod.metadata.annotations, spec: pod.spec)
        }, present: controller != nil)
      drafts[s].podIndices.append(index)
      podSlots.append(s)
    }
    for controller in controllers where Self.isTop(controller, controllers: byKey) {
      _ = slot(for: controller.key, template: { controller.template }, present: true)
    }

    let order = drafts.indices.sorted { drafts[$0].key < drafts[$1].key }
    var newIndex = [Int](repeating: 0, count: drafts.count)
    for (position, old) in order.enumerated() { newIndex[old] = position }
    workloads = order.map { drafts[$0] }
    workloadOfPod = podSlots.map { newIndex[$0] }
    effectivePods = pods
    workloadOfEffectivePod = workloadOfPod
    guard !podsObserved else { return }
    for (index, workload) in workloads.enumerated() where workload.podIndices.isEmpty {
      if let controller = byKey[workload.key], controller.replicas == 0 { continue }
      effectivePods.append(Self.standIn(for: workload))
      workloadOfEffectivePod.append(index)
    }
  }

  /// The top controller of a pod (see the type's documentation).
  static func topController(of pod: Pod, controllers: [ObjectKey: PodController]) -> ObjectKey {
    guard let first = Snapshot.immediateController(of: pod) else { return pod.key }
    var current = first
    var visited: Set<ObjectKey> = [current]
    while let object = controllers[current], let ref = object.metadata.controllerReference {
      let next = ObjectKey(kind: ref.kind, namespace: current.namespace, name: ref.name)
      guard controllers[next] != nil, visited.insert(next).inserted else { break }
      current = next
    }
    return current
  }

  /// Whether a controller is the top of its chain within the snapshot.
  private static func isTop(_ controller: PodController, controllers: [ObjectKey: PodController])
    -> Bool
  {
    guard let ref = controller.metadata.controllerReference else { return true }
    return controllers[ObjectKey(kind: ref.kind, namespace: controller.namespace, name: ref.name)]
      == nil
  }

  /// A pod made from a workload's template, standing in for pods the snapshot lacks.
  private static func standIn(for workload: Workload) -> Pod {
    let owner = OwnerReference(kind: workload.kind, name: workload.name, controller: true)
    let meta = ObjectMeta(
      name: workload.name, namespace: workload.namespace, labels: workload.template.metadata.labels,
      annotations: workload.template.metadata.annotations,
      ownerReferences: workload.kind == "Pod" ? [] : [owner])
    return Pod(metadata: meta, spec: workload.template.spec, isTemplateStandIn: true)
  }
}
