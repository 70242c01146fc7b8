import Hardening
import KubeModel

/// Builds the Workloads pane's rows from a snapshot and the baseline's findings.
enum WorkloadSummaries {
  /// One row per workload of the snapshot, in its order.
  ///
  /// - Complexity: O(*f* + *w* + *p*) for findings, workloads and pods.
  static func make(_ snapshot: Snapshot, findings: [BaselineFinding]) -> [WorkloadSummary] {
    var slot: [ObjectKey: Int] = [:]
    for (index, workload) in snapshot.workloads.enumerated() { slot[workload.key] = index }
    var driftSlot: [ObjectKey: Int] = [:]
    for (index, pod) in snapshot.pods.enumerated() where slot[pod.key] == nil {
      driftSlot[pod.key] = snapshot.workloadOfPod[index]
    }
    var own = [[Int]](repeating: [], count: snapshot.workloads.count)
    var drift = own
    for (position, finding) in findings.enumerated() {
      let t = finding.finding.target
      let key = ObjectKey(kind: t.kind, namespace: t.namespace, name: t.name)
      if let index = slot[key] {
        own[index].append(position)
      } else if t.kind == "Pod", let index = driftSlot[key] {
        drift[index].append(position)
      }
    }
    return snapshot.workloads.indices.map { i in
      let positions = own[i] + drift[i]
      return WorkloadSummary(
        workload: snapshot.workloads[i].key,
        level: WorkloadAssessment.levelMet(by: own[i].map { findings[$0].finding }),
        findings: positions.map { findings[$0] }, positions: positions)
    }
  }
}
