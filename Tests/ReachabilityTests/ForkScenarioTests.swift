import KubeModel
import Reachability
import Testing

/// Spec §3 scenarios 35 and 38–40: hostNetwork pods, label changes, heterogeneous
/// workloads, unscheduled pods.
@Suite("Spec §3 scenarios: forks and pod identity")
struct ForkScenarioTests {
  private let hostPod = XYZCluster.podYAML(
    namespace: "x", name: "h", ip: "192.168.0.1", hostNetwork: true)
  private let denyIngressX = XYZCluster.policy(
    "deny-ingress", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress]")

  @Test("35: a hostNetwork pod is selected like any pod by default (np-guard)")
  func hostNetworkAsPodByDefault() throws {
    let cluster = try XYZCluster(hostPod + "\n---\n" + denyIngressX)
    #expect(cluster.conn("y/a", "x/h").isEmpty)
    #expect(cluster.analysis.findings().contains { $0.rule == NetworkRules.hostNetworkSelected.id })
  }

  @Test(
    "35: with --hostnetwork-as-node selectors skip hostNetwork pods; ipBlocks match the node IP")
  func hostNetworkAsNodeFork() throws {
    let fromH = XYZCluster.policy(
      "from-h", in: "x",
      spec:
        "podSelector: {matchLabels: {pod: a}}\ningress:\n- from: [{podSelector: {matchLabels: {pod: h}}}]"
    )
    let options = ReachabilityOptions(hostNetworkAsNode: true)
    // On another node than x/a, so the own-node allowance (scenario 37) does not apply.
    let hostPod = XYZCluster.podYAML(
      namespace: "x", name: "h", ip: "192.168.0.9", hostNetwork: true, hostIP: "192.168.0.9")
    let cluster = try XYZCluster(
      hostPod + "\n---\n" + denyIngressX + "\n---\n" + fromH, options: options)
    #expect(cluster.conn("y/a", "x/h") == .all)
    #expect(cluster.conn("x/h", "x/a").isEmpty)
    let nodeBlock = XYZCluster.policy(
      "from-nodes", in: "x",
      spec:
        "podSelector: {matchLabels: {pod: a}}\ningress:\n- from: [{ipBlock: {cidr: 192.168.0.0/24}}]"
    )
    let viaIP = try XYZCluster(hostPod + "\n---\n" + nodeBlock, options: options)
    #expect(viaIP.conn("x/h", "x/a") == .all)
    #expect(viaIP.conn("x/b", "x/a").isEmpty)
  }

  @Test("37: with --hostnetwork-as-node, ingress from the pod's own node is always allowed")
  func ownNodeAlwaysAllowed() throws {
    let otherNode = XYZCluster.podYAML(
      namespace: "x", name: "h2", ip: "192.168.0.2", hostNetwork: true, hostIP: "192.168.0.2")
    let denyY = XYZCluster.policy(
      "deny", in: "y", spec: "podSelector: {}\npolicyTypes: [Ingress]")
    let yaml = hostPod + "\n---\n" + otherNode + "\n---\n" + denyY
    let cluster = try XYZCluster(yaml, options: ReachabilityOptions(hostNetworkAsNode: true))
    #expect(cluster.conn("x/h", "y/a") == .all)
    #expect(cluster.conn("x/h2", "y/a").isEmpty)
    #expect(cluster.conn("x/a", "y/a").isEmpty)
    let explanation = try #require(try cluster.analysis.explain(from: "x/h", to: "y/a").first)
    #expect(explanation.ingress.fromOwnNode && explanation.allowed == .all)
    let byDefault = try XYZCluster(yaml)
    #expect(byDefault.conn("x/h", "y/a").isEmpty)
  }

  @Test("38: changing a pod's labels moves it out of a policy's selection")
  func labelChangesMoveSelection() throws {
    let policy = XYZCluster.policy(
      "deny-a", in: "x", spec: "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Ingress]")
    let before = try XYZCluster(policy)
    #expect(before.conn("y/a", "x/a").isEmpty)
    let relabelled = XYZCluster.yaml.replacingOccurrences(
      of: "name: a\n  namespace: x\n  labels: {pod: a}",
      with: "name: a\n  namespace: x\n  labels: {pod: a2}")
    #expect(relabelled != XYZCluster.yaml)
    let after = XYZCluster(
      snapshot: try SnapshotLoader().load(text: relabelled + "\n---\n" + policy))
    #expect(after.conn("y/a", "x/a") == .all)
  }

  @Test("39: a workload whose pods differ in a selected label is split into classes and unioned")
  func heterogeneousWorkload() throws {
    let pods = [
      XYZCluster.podYAML(
        namespace: "x", name: "w1", ip: "10.0.9.1", extraLabels: ", tier: fe", owner: "web-rs"),
      XYZCluster.podYAML(
        namespace: "x", name: "w2", ip: "10.0.9.2", extraLabels: ", tier: be", owner: "web-rs"),
    ].joined(separator: "\n---\n")
    let policy = XYZCluster.policy(
      "fe-80", in: "x",
      spec: "podSelector: {matchLabels: {tier: fe}}\ningress:\n- ports: [{port: 80}]")
    let cluster = try XYZCluster(pods + "\n---\n" + policy)
    let peer = try #require(cluster.analysis.model.peers.firstIndex { $0.name == "web-rs" })
    #expect(cluster.analysis.model.classesOfPeer[peer].count == 2)
    #expect(cluster.conn("y/a", "x/web-rs") == .all)
    #expect(
      cluster.analysis.findings().contains { $0.rule == NetworkRules.heterogeneousWorkload.id })
    let explanations = try cluster.analysis.explain(from: "y/a", to: "x/web-rs")
    #expect(explanations.count == 2)
    #expect(Set(explanations.compactMap { $0.destinationPods?["tier"] }) == ["fe", "be"])
    #expect(
      ExplanationText.render(explanations).contains(
        "x/web-rs[ReplicaSet] (pods with tier=fe) : TCP 80"))
    let bothRestricted = try XYZCluster(
      pods + "\n---\n" + policy + "\n---\n"
        + XYZCluster.policy(
          "be-81", in: "x",
          spec: "podSelector: {matchLabels: {tier: be}}\ningress:\n- ports: [{port: 81}]"))
    #expect(
      bothRestricted.conn("y/a", "x/web-rs") == .only(.tcp, PortRanges(normalizing: [80...81])))
  }

  @Test("40: pods of a live capture without hostIP or podIPs are excluded and counted")
  func unscheduledPods() throws {
    let pending = """
      apiVersion: v1
      kind: Pod
      metadata: {name: pending, namespace: x, labels: {pod: pending}}
      spec: {containers: [{name: c}]}
      status: {phase: Pending}
      """
    let loaded = try SnapshotLoader().load(text: XYZCluster.yaml + "\n---\n" + pending)
    let objects = loaded.namespaces.map(KubeObject.namespace) + loaded.pods.map(KubeObject.pod)
    let live = Snapshot(
      objects: objects, capture: CaptureMetadata(capturedAt: "2026-01-01T00:00:00Z"))
    let excluded = XYZCluster(snapshot: live)
    #expect(excluded.analysis.model.unscheduledCount == 1)
    #expect(!excluded.analysis.model.peers.contains { $0.name == "pending" })
    #expect(excluded.analysis.assumptions.contains("1 unscheduled pods excluded"))
    let included = XYZCluster(
      snapshot: live, options: ReachabilityOptions(includeUnscheduled: true))
    #expect(included.conn("x/pending", "y/a") == .all)
    let manifests = XYZCluster(snapshot: loaded)
    #expect(manifests.conn("x/pending", "y/a") == .all)
  }
}
