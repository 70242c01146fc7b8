import Testing

@testable import LiveCluster

@Suite("redaction of captured items")
struct RedactorTests {
  static let container: JSONValue = [
    "name": "app",
    "env": [
      ["name": "PASSWORD", "value": "literal-secret"],
      ["name": "FROM", "valueFrom": ["secretKeyRef": ["name": "s", "key": "k"]]],
    ],
  ]

  static let metadata: JSONValue = [
    "name": "x", "namespace": "n",
    "managedFields": [["manager": "kubectl"]],
    "annotations": ["kubectl.kubernetes.io/last-applied-configuration": "{…}", "keep": "me"],
  ]

  static func env(_ item: JSONValue, _ path: String...) -> [JSONValue] {
    var current: JSONValue? = item
    for key in path { current = current?[key] }
    return current?.arrayValue?.first?["env"]?.arrayValue ?? []
  }

  @Test("managedFields and the last-applied annotation go; other annotations stay")
  func metadataCleanup() {
    let item = Redactor().redact(
      ["kind": "ConfigMap", "metadata": Self.metadata], kind: "ConfigMap")
    #expect(item.value(at: "metadata", "managedFields") == nil)
    #expect(item.value(at: "metadata", "annotations")?.objectValue == ["keep": "me"])
    let only: JSONValue = [
      "metadata": [
        "name": "y", "annotations": ["kubectl.kubernetes.io/last-applied-configuration": "{}"],
      ]
    ]
    #expect(Redactor().redact(only, kind: "Pod").value(at: "metadata", "annotations") == nil)
  }

  @Test("Secret values are dropped even when the server sent full objects")
  func secrets() {
    let secret: JSONValue = [
      "kind": "Secret", "metadata": ["name": "s"], "type": "Opaque", "data": ["k": "dg=="],
      "stringData": ["k": "v"],
    ]
    let item = Redactor(keepEnvValues: true).redact(secret, kind: "Secret")
    #expect(item["data"] == nil)
    #expect(item["stringData"] == nil)
    #expect(item["type"] == "Opaque")
  }

  @Test(
    "env literal values become <redacted> in pods and every pod template; refs stay",
    arguments: [
      ("Pod", ["spec", "containers"]),
      ("Deployment", ["spec", "template", "spec", "initContainers"]),
      ("CronJob", ["spec", "jobTemplate", "spec", "template", "spec", "containers"]),
    ])
  func envValues(kind: String, path: [String]) {
    var node: JSONValue = [Self.container]
    for key in path.reversed() { node = .object([key: node]) }
    let item = Redactor().redact(node, kind: kind)
    var env: JSONValue? = item
    for key in path { env = env?[key] }
    let entries = env?.arrayValue?.first?["env"]?.arrayValue ?? []
    #expect(entries.count == 2)
    #expect(entries.first?["value"] == "<redacted>")
    #expect(entries.last?["valueFrom"] != nil)
    #expect(entries.last?["value"] == nil)
    let kept = Redactor(keepEnvValues: true).redact(node, kind: kind)
    #expect(kept == node)
  }

  @Test("the redaction list says what was removed")
  func redactionList() {
    #expect(Redactor().redactions.contains("env[].value"))
    #expect(!Redactor(keepEnvValues: true).redactions.contains("env[].value"))
  }
}
