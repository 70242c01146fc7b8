import KubeModel

/// The pods that take part in the analysis and the np-guard peer each belongs to.
struct PeerTable {
  /// The analysed pods (effective pods minus excluded unscheduled ones).
  let pods: [Pod]
  /// For each analysed pod, its peer's index in ``peers``.
  let peerOfPod: [Int]
  /// The peers, sorted byte-wise by name.
  let peers: [WorkloadPeer]
  /// For each peer, the top controller of its pods (`Deployment` for a ReplicaSet peer), the
  /// identity findings attach to.
  let workloadOfPeer: [ObjectKey]
  /// Pods of a live capture excluded because they have no hostIP or pod IP.
  let unscheduledCount: Int

  init(snapshot: Snapshot, options: ReachabilityOptions) {
    let live = snapshot.capture != nil
    var kept: [Pod] = []
    var keptWorkloads: [ObjectKey] = []
    var skipped = 0
    for (index, pod) in snapshot.effectivePods.enumerated() {
      if live && !pod.isTemplateStandIn && !options.includeUnscheduled && !pod.status.isScheduled {
        skipped += 1
      } else {
        kept.append(pod)
        keptWorkloads.append(snapshot.workloads[snapshot.workloadOfEffectivePod[index]].key)
      }
    }
    let names = kept.map(Self.peer(of:))
    let unique = Array(Set(names))
    let texts = unique.map(\.description)
    let order = unique.indices.sorted { texts[$0] < texts[$1] }
    let sorted = order.map { unique[$0] }
    let index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    pods = kept
    peers = sorted
    peerOfPod = names.map { index[$0]! }
    var workloads = [ObjectKey?](repeating: nil, count: sorted.count)
    for (pod, peer) in peerOfPod.enumerated() where workloads[peer] == nil {
      workloads[peer] = keptWorkloads[pod]
    }
    workloadOfPeer = workloads.map { $0! }
    unscheduledCount = skipped
  }

  /// The np-guard peer of a pod: its immediate controller, or the pod itself.
  static func peer(of pod: Pod) -> WorkloadPeer {
    if let owner = Snapshot.immediateController(of: pod) {
      return WorkloadPeer(namespace: owner.namespace, name: owner.name, kind: owner.kind)
    }
    return WorkloadPeer(namespace: pod.namespace, name: pod.metadata.name, kind: "Pod")
  }
}
