import Foundation
import KubeModel
import RBAC
import Testing

@testable import kbaseline

/// The JSON contracts of `admins`, `who-can`, `can` and `rbac-graph`.
@Suite("RBAC commands: JSON contracts")
struct RBACCommandTests {
  static let yaml = """
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: cluster-admin}
    rules:
    - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: ci}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
    subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: deployer}
    rules:
    - {apiGroups: [apps], resources: [deployments], verbs: [create]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: {name: devs, namespace: ci}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deployer}
    subjects: [{kind: Group, name: devs}]
    """

  static func snapshot() throws -> Snapshot { try SnapshotLoader().load(text: yaml) }

  static func json(_ value: some Encodable) throws -> [String: Any] {
    let text = try CLIOutput.json(value)
    return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("admins: subject, how and paths of text steps; system:masters first")
  func admins() throws {
    let snapshot = try Self.snapshot()
    let result = EffectiveAdmins(policy: RBACPolicy(snapshot: snapshot), snapshot: snapshot)
    let doc = try Self.json(AdminsCommand.Report(result))
    let admins = try #require(doc["admins"] as? [[String: Any]])
    #expect(Set(doc.keys) == ["admins"])
    let subjects = admins.compactMap { $0["subject"] as? [String: String] }
    #expect(subjects.first == ["kind": "Group", "name": "system:masters"])
    #expect(subjects.contains(["kind": "ServiceAccount", "name": "deployer", "namespace": "ci"]))
    #expect(subjects.contains(["kind": "Group", "name": "devs"]))
    let devs = try #require(
      admins.first { ($0["subject"] as? [String: String])?["name"] == "devs" })
    #expect(devs["how"] as? String == "escalation")
    let steps = try #require(
      ((devs["paths"] as? [[String: Any]])?.first?["steps"]) as? [[String: String]])
    #expect(steps.first?["text"]?.hasPrefix("Group devs can create pod controllers in ci") == true)
    #expect(Set(devs.keys) == ["subject", "how", "paths"])
  }

  @Test("who-can: subjects with via binding and role as Kind/ns/name")
  func whoCan() throws {
    let policy = RBACPolicy(snapshot: try Self.snapshot())
    let request = WhoCanCommand.request(
      verb: "create", resource: "deployments", apiGroup: nil, namespace: "ci", name: "")
    #expect(request.apiGroup == "apps")
    let doc = try Self.json(WhoCanCommand.Report(policy.whoCan(request)))
    let subjects = try #require(doc["subjects"] as? [[String: Any]])
    #expect(subjects.map { $0["name"] as? String } == ["system:masters", "deployer", "devs"])
    #expect(subjects[0]["via"] as? [[String: String]] == [])
    #expect(
      subjects[2]["via"] as? [[String: String]] == [
        ["binding": "RoleBinding/ci/devs", "role": "ClusterRole/deployer"]
      ])
    #expect(subjects[1]["namespace"] as? String == "ci")
    #expect(subjects[2]["namespace"] == nil)
  }

  @Test("can: grants per scope with binding, role and rule")
  func can() throws {
    let policy = RBACPolicy(snapshot: try Self.snapshot())
    let permissions = policy.permissions(for: try #require(Identity(argument: "group:devs")))
    let doc = try Self.json(CanCommand.Report(permissions))
    let namespaces = try #require(doc["namespaces"] as? [[String: Any]])
    #expect(namespaces.map { $0["namespace"] as? String } == ["ci"])
    let grant = try #require((namespaces[0]["grants"] as? [[String: Any]])?.first)
    #expect(grant["binding"] as? String == "RoleBinding/ci/devs")
    #expect((grant["rule"] as? [String: Any])?["resources"] as? [String] == ["deployments"])
  }

  @Test("rbac-graph renders layered DOT and Mermaid")
  func graph() throws {
    let policy = RBACPolicy(snapshot: try Self.snapshot())
    let graph = AccessGraph(
      whoCan: policy.whoCan(
        WhoCanCommand.request(
          verb: "create", resource: "deployments", apiGroup: nil, namespace: "ci", name: "")))
    let dot = AccessGraphRenderer.dot(graph)
    #expect(dot.hasPrefix("digraph rbac {\n  rankdir=LR;"))
    #expect(dot.contains("[label=\"RoleBinding/ci/devs\", shape=box]"))
    let mermaid = AccessGraphRenderer.mermaid(graph)
    #expect(mermaid.hasPrefix("flowchart LR\n"))
    #expect(mermaid.contains("[[\"ClusterRole/deployer\"]]"))
    #expect(graph.nodes(in: .permission).map(\.label) == ["* * [*]", "create deployments [apps]"])
  }

  @Test("who-can takes a non-resource URL as RESOURCE")
  func nonResourceURL() {
    let request = WhoCanCommand.request(
      verb: "get", resource: "/healthz", apiGroup: nil, namespace: "", name: "")
    #expect(request.path == "/healthz")
    #expect(!request.isResourceRequest)
  }
}
