import Testing

@testable import KubeModel

@Suite("Workload identity and template stand-ins")
struct WorkloadIdentityTests {
  static func pod(
    _ name: String, ns: String = "a", owner: (String, String)? = nil, labels: [String: String] = [:]
  ) -> KubeObject {
    let refs = owner.map { [OwnerReference(kind: $0.0, name: $0.1, controller: true)] } ?? []
    return .pod(
      Pod(
        metadata: ObjectMeta(name: name, namespace: ns, labels: labels, ownerReferences: refs),
        spec: PodSpec(containers: [Container(name: "c", image: "img:\(name)")])))
  }

  static func controller(
    _ kind: ControllerKind, _ name: String, ns: String = "a", owner: (String, String)? = nil,
    replicas: Int? = nil
  ) -> KubeObject {
    let refs = owner.map { [OwnerReference(kind: $0.0, name: $0.1, controller: true)] } ?? []
    return .controller(
      PodController(
        kind: kind, metadata: ObjectMeta(name: name, namespace: ns, ownerReferences: refs),
        template: PodTemplateSpec(
          labels: ["app": name],
          spec: PodSpec(containers: [Container(name: "c", image: "tpl:\(name)")])),
        replicas: replicas))
  }

  @Test("Pod → ReplicaSet → Deployment resolves to the Deployment; replicas collapse")
  func deploymentChain() {
    let s = Snapshot(objects: [
      Self.controller(.deployment, "api"),
      Self.controller(.replicaSet, "api-1", owner: ("Deployment", "api")),
      Self.pod("api-1-x", owner: ("ReplicaSet", "api-1")),
      Self.pod("api-1-y", owner: ("ReplicaSet", "api-1")),
    ])
    #expect(s.workloads.map(\.key.description) == ["Deployment/a/api"])
    #expect(s.workloads[0].podIndices == [0, 1])
    #expect(s.workloadOfPod == [0, 0])
    #expect(s.workloads[0].template.spec.containers[0].image == "tpl:api")
    #expect(
      Snapshot.immediateController(of: s.pods[0])
        == ObjectKey(kind: "ReplicaSet", namespace: "a", name: "api-1"))
  }

  @Test("Pod → Job → CronJob resolves to the CronJob")
  func cronJobChain() {
    let s = Snapshot(objects: [
      Self.controller(.cronJob, "nightly"),
      Self.controller(.job, "nightly-28", owner: ("CronJob", "nightly")),
      Self.pod("nightly-28-z", owner: ("Job", "nightly-28")),
    ])
    #expect(s.workloads.map(\.key.description) == ["CronJob/a/nightly"])
  }

  @Test("the nearest present owner is used when the top one is absent")
  func nearestPresentOwner() {
    let s = Snapshot(objects: [
      Self.controller(.replicaSet, "api-1", owner: ("Deployment", "api")),
      Self.pod("api-1-x", owner: ("ReplicaSet", "api-1")),
    ])
    #expect(s.workloads.map(\.key.description) == ["ReplicaSet/a/api-1"])
    #expect(s.workloads[0].isControllerPresent)
  }

  @Test("an absent first owner names the workload, so replicas still collapse")
  func absentOwner() {
    let s = Snapshot(objects: [
      Self.pod("web-1-x", owner: ("ReplicaSet", "web-1")),
      Self.pod("web-1-y", owner: ("ReplicaSet", "web-1")),
    ])
    #expect(s.workloads.map(\.key.description) == ["ReplicaSet/a/web-1"])
    #expect(!s.workloads[0].isControllerPresent)
    #expect(s.workloads[0].template.spec.containers[0].image == "img:web-1-x")
  }

  @Test("bare pods and static pods owned by a Node are their own workload")
  func barePods() {
    let s = Snapshot(objects: [
      Self.pod("debug"), Self.pod("etcd-node1", ns: "kube-system", owner: ("Node", "node1")),
    ])
    #expect(s.workloads.map(\.key.description) == ["Pod/a/debug", "Pod/kube-system/etcd-node1"])
    #expect(Snapshot.immediateController(of: s.pods[1]) == nil)
  }

  @Test("manifests without pods: each top workload's template stands in for its pods")
  func templateStandIns() throws {
    let s = try SnapshotLoader().load(path: FixturePath.of("manifests"))
    // frontend (Deployment) and agent (DaemonSet) get stand-ins; db has replicas: 0
    let standIns = s.effectivePods.filter(\.isTemplateStandIn)
    #expect(Set(standIns.map(\.metadata.name)) == ["frontend", "agent"])
    let frontend = try #require(standIns.first { $0.metadata.name == "frontend" })
    #expect(frontend.metadata.labels == ["app": "frontend", "tier": "web"])
    #expect(frontend.namespace == "web")
    #expect(
      Snapshot.immediateController(of: frontend)
        == ObjectKey(kind: "Deployment", namespace: "web", name: "frontend"))
    for (index, pod) in s.effectivePods.enumerated() {
      #expect(s.workloads[s.workloadOfEffectivePod[index]].name == pod.metadata.name)
    }
  }

  @Test("a ReplicaSet owned by a present Deployment is not a workload of its own")
  func ownedControllersAreNotTop() {
    let s = Snapshot(objects: [
      Self.controller(.deployment, "api"),
      Self.controller(.replicaSet, "api-1", owner: ("Deployment", "api")),
    ])
    #expect(s.workloads.map(\.key.description) == ["Deployment/a/api"])
    #expect(s.effectivePods.count == 1)
  }

  @Test("namespaces referenced but absent are synthesized and carry the name label")
  func synthesizedNamespaces() {
    let s = Snapshot(objects: [
      .namespace(Namespace(metadata: ObjectMeta(name: "a"))), Self.pod("p", ns: "b"),
      .binding(
        RoleBinding(
          isClusterBinding: true, metadata: ObjectMeta(name: "crb"),
          subjects: [.serviceAccount("ci", namespace: "c")],
          roleRef: RoleRef(kind: "ClusterRole", name: "view"))),
    ])
    #expect(s.namespaces.map(\.name) == ["a", "b", "c"])
    #expect(s.namespaces.map(\.isSynthesized) == [false, true, true])
    #expect(s.namespaces.allSatisfy { $0.labels[Namespace.nameLabel] == $0.name })
    #expect(s.warnings.contains { $0.message.contains("b, c") })
  }
}
