import Foundation
import Testing
import Yams

@testable import KubeModel

@Suite("YAML fast path: the same objects as Yams' YAMLDecoder")
struct YAMLBridgeTests {
  static let files = [
    "formats/kubectl-list.yaml", "formats/multi-doc.yaml", "manifests/app/base/deployment.yaml",
    "manifests/app/namespace.yml",
  ]

  @Test("every YAML fixture decodes to identical objects on both paths", arguments: files)
  func identical(_ file: String) throws {
    let text = try String(contentsOfFile: FixturePath.of(file), encoding: .utf8)
    let parser = try Parser(yaml: text)
    var documents = 0
    while let node = try parser.nextRoot() {
      let reference = try YAMLDecoder().decode(DecodedDocument.self, from: node)
      let json = try #require(YAMLJSONBridge.json(node))
      let fast = try JSONDecoder().decode(DecodedDocument.self, from: json)
      #expect(fast.objects == reference.objects)
      documents += 1
    }
    #expect(documents > 0)
  }

  @Test("scalars keep their YAML types; strings are escaped")
  func scalars() throws {
    let yaml = "a: 0x10\nb: yes\nc: ~\nd: \"8080\"\ne: 1.5\nf: \"line\\n\\\"q\\\"\"\ng: [1, two]\n"
    let node = try #require(try Yams.compose(yaml: yaml))
    let json = try #require(YAMLJSONBridge.json(node))
    let value = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    #expect(value?["a"] as? Int == 16)
    #expect(value?["b"] as? Bool == true)
    #expect(value?["c"] is NSNull)
    #expect(value?["d"] as? String == "8080")
    #expect(value?["e"] as? Double == 1.5)
    #expect(value?["f"] as? String == "line\n\"q\"")
    #expect((value?["g"] as? [Any])?.count == 2)
  }

  @Test("a document the JSON form cannot decode falls back to the reference decoder")
  func fallback() throws {
    // an unquoted number for a string field: JSONDecoder rejects it, YAMLDecoder reads the text
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: a}
      spec:
        containers:
        - name: c
          image: 2.0
      """
    let snapshot = try SnapshotLoader().load(text: yaml, name: "p.yaml")
    #expect(snapshot.pods.first?.spec.containers.first?.image == "2.0")
    let nan = try #require(try Yams.compose(yaml: "a: .nan\n"))
    #expect(YAMLJSONBridge.json(nan) == nil)
  }
}
