import Testing

@testable import KubeModel

/// Replicas share their ReplicaSet's container storage when equal; values never change.
@Suite("Template sharing")
struct TemplateSharingTests {
  static let yaml = """
    apiVersion: apps/v1
    kind: ReplicaSet
    metadata: {name: api-1, namespace: shop}
    spec:
      template:
        metadata: {labels: {app: api}}
        spec:
          containers: [{name: api, image: "api:1", env: [{name: MODE, value: prod}]}]
          volumes: [{name: tmp, emptyDir: {}}]
    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: api-1-a
      namespace: shop
      ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: api-1, uid: u1, controller: true}]
    spec:
      nodeName: node-1
      containers: [{name: api, image: "api:1", env: [{name: MODE, value: prod}]}]
      volumes: [{name: tmp, emptyDir: {}}]
    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: api-1-b
      namespace: shop
      ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: api-1, uid: u1, controller: true}]
    spec:
      nodeName: node-2
      containers: [{name: api, image: "api:2", env: [{name: MODE, value: prod}]}]
      volumes: [{name: tmp, emptyDir: {}}]
    """

  static func address(_ containers: [Container]) -> UnsafeRawPointer? {
    containers.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  @Test("an equal replica shares the template's arrays; a drifted one keeps its own values")
  func sharing() throws {
    let snapshot = try SnapshotLoader().load(text: Self.yaml)
    let template = try #require(snapshot.controllers.first).template.spec
    let same = try #require(snapshot.pods.first { $0.metadata.name == "api-1-a" })
    let drifted = try #require(snapshot.pods.first { $0.metadata.name == "api-1-b" })
    #expect(Self.address(same.spec.containers) == Self.address(template.containers))
    #expect(same.spec.containers == template.containers)
    #expect(same.spec.nodeName == "node-1")
    #expect(drifted.spec.containers[0].image == "api:2")
    #expect(Self.address(drifted.spec.containers) != Self.address(template.containers))
    #expect(drifted.spec.volumes == template.volumes)
  }
}
