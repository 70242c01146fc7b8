extension ClusterWriter {
  /// The current ReplicaSet of a Deployment.
  static func replicaSetName(_ w: WorkloadPlan) -> String { "\(w.name)-\(w.templateHash)" }

  /// The superseded ReplicaSet `revision` (1 is the oldest) of a Deployment.
  static func oldReplicaSetName(_ w: WorkloadPlan, _ revision: Int) -> String {
    "\(w.name)-\(suffix("\(w.namespace)/\(w.name)/\(revision)", 10))"
  }

  /// The kept Jobs of a CronJob (one pod each), oldest first.
  static func jobNames(_ w: WorkloadPlan) -> [String] {
    let minute = Timestamps.captureEpoch / 60
    return (0..<w.pods).map { k in "\(w.name)-\(minute - (w.pods - k) * 60)" }
  }

  /// The labels a Job adds to its pods.
  static func jobLabels(_ job: String, uid: String) -> [(String, String)] {
    [
      ("batch.kubernetes.io/controller-uid", uid), ("batch.kubernetes.io/job-name", job),
      ("controller-uid", uid), ("job-name", job),
    ]
  }

  /// Writes every pod, workload by workload.
  mutating func writePods() throws {
    var podIndex = 0
    for ns in plan.namespaces {
      for workload in ns.workloads where workload.pods > 0 {
        try writePods(of: workload, podIndex: &podIndex)
      }
    }
  }

  private mutating func writePods(of w: WorkloadPlan, podIndex: inout Int) throws {
    var used: Set<String> = []
    let factory = PodTemplateFactory(recipe: w.recipe, workload: w.name)
    switch w.kind {
    case .deployment:
      let rs = Self.replicaSetName(w)
      let template = factory.renderPod(
        namespace: w.namespace, generateName: "\(rs)-",
        labels: factory.labels(extra: [("pod-template-hash", w.templateHash)]),
        owner: ("apps/v1", "ReplicaSet", rs, Self.uid("rs/\(w.namespace)/\(rs)")),
        succeeded: false)
      for _ in 0..<w.pods {
        let name = "\(rs)-\(uniqueSuffix(&used))"
        try stamp(template, name: name, node: randomWorker(), w, podIndex: &podIndex)
      }
    case .statefulSet:
      let template = factory.renderPod(
        namespace: w.namespace, generateName: nil,
        labels: factory.labels(extra: [
          ("controller-revision-hash", "\(w.name)-\(w.templateHash)"),
          ("statefulset.kubernetes.io/pod-name", PodHole.name.marker),
        ]),
        owner: ("apps/v1", "StatefulSet", w.name, w.uid), succeeded: false)
      for i in 0..<w.pods {
        try stamp(template, name: "\(w.name)-\(i)", node: randomWorker(), w, podIndex: &podIndex)
      }
    case .daemonSet:
      let template = factory.renderPod(
        namespace: w.namespace, generateName: "\(w.name)-",
        labels: factory.labels(extra: [
          ("controller-revision-hash", w.templateHash), ("pod-template-generation", "1"),
        ]),
        owner: ("apps/v1", "DaemonSet", w.name, w.uid), succeeded: false)
      for i in 0..<w.pods {
        let node = plan.nodes[i % plan.nodes.count]
        try stamp(
          template, name: "\(w.name)-\(uniqueSuffix(&used))", node: node, w, podIndex: &podIndex)
      }
    case .cronJob:
      for job in Self.jobNames(w) {
        let uid = Self.uid("job/\(w.namespace)/\(job)")
        let template = factory.renderPod(
          namespace: w.namespace, generateName: "\(job)-",
          labels: factory.labels(extra: Self.jobLabels(job, uid: uid)),
          owner: ("batch/v1", "Job", job, uid), succeeded: true)
        try stamp(
          template, name: "\(job)-\(uniqueSuffix(&used))", node: randomWorker(), w,
          podIndex: &podIndex)
      }
    case .pod:
      let template = factory.renderPod(
        namespace: w.namespace, generateName: nil, labels: factory.labels(extra: []), owner: nil,
        succeeded: false)
      try stamp(template, name: w.name, node: randomWorker(), w, podIndex: &podIndex)
    }
  }

  /// A random 5-character name suffix not yet used by the workload's pods.
  private mutating func uniqueSuffix(_ used: inout Set<String>) -> String {
    while true {
      let suffix = random.suffix(5)
      if used.insert(suffix).inserted { return suffix }
    }
  }

  private mutating func randomWorker() -> NodePlan { workers[random.int(0..<workers.count)] }

  private mutating func stamp(
    _ template: ByteTemplate, name: String, node: NodePlan, _ w: WorkloadPlan,
    podIndex: inout Int
  ) throws {
    let index = podIndex
    podIndex += 1
    let podIP =
      PodTemplateFactory(recipe: w.recipe, workload: w.name).hostNetwork
      ? node.internalIP : "10.\(128 + index / 65_536).\(index / 256 % 256).\(index % 256)"
    let time = Timestamps.before(random.int(0..<max(1, w.age)))
    let uid = random.uid()
    var random = self.random
    try stream.item { writer in
      template.stamp(into: &writer) { hole in
        switch PodHole(rawValue: hole) {
        case .name: name
        case .uid: uid
        case .node: node.name
        case .hostIP: node.internalIP
        case .podIP: podIP
        case .containerID: random.hex(64)
        case .time: time
        case .claim: "data-\(name)"
        case nil: ""
        }
      }
    }
    self.random = random
  }
}
