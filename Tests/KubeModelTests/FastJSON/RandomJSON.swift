import Foundation

/// A JSON value built by the randomized tests, written with `JSONEncoder`.
indirect enum RandomJSON: Encodable {
  case object([(String, RandomJSON)])
  case array([RandomJSON])
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case null

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .object(let members):
      var c = encoder.container(keyedBy: Key.self)
      for (key, value) in members { try c.encode(value, forKey: Key(stringValue: key)) }
    case .array(let values):
      var c = encoder.unkeyedContainer()
      for value in values { try c.encode(value) }
    case .string(let s):
      var c = encoder.singleValueContainer()
      try c.encode(s)
    case .int(let i):
      var c = encoder.singleValueContainer()
      try c.encode(i)
    case .double(let d):
      var c = encoder.singleValueContainer()
      try c.encode(d)
    case .bool(let b):
      var c = encoder.singleValueContainer()
      try c.encode(b)
    case .null:
      var c = encoder.singleValueContainer()
      try c.encodeNil()
    }
  }
}

/// Random Kubernetes-shaped documents: objects of the kinds kbaseline analyses, with random
/// text (escapes, non-ASCII, long strings), numbers, nulls and members the models skip.
struct RandomKubeDocuments {
  var random: SplitMix

  /// A kubectl `List` of `count` random objects.
  mutating func list(count: Int) -> RandomJSON {
    .object([
      ("apiVersion", .string("v1")), ("kind", .string("List")),
      ("items", .array((0..<count).map { _ in object() })),
    ])
  }

  /// One random object.
  mutating func object() -> RandomJSON {
    switch pick(7) {
    case 0: return kube("v1", "Pod", spec: podSpec())
    case 1:
      return kube(
        "apps/v1", pick(2) == 0 ? "Deployment" : "DaemonSet",
        spec: .object([
          ("replicas", .int(pick(5))),
          ("selector", .object([("matchLabels", selectorLabels())])),
          ("template", .object([("metadata", metadata()), ("spec", podSpec())])),
        ]))
    case 2:
      return kube(
        "rbac.authorization.k8s.io/v1", "Role", spec: nil,
        extra: [
          (
            "rules",
            list { g in
              .object([
                ("apiGroups", g.list { .string($0.word()) }),
                ("resources", g.list { .string($0.word()) }),
                ("verbs", g.list { .string($0.word()) }),
              ])
            }
          )
        ])
    case 3:
      return kube(
        "v1", "ConfigMap", spec: nil,
        extra: [("data", .object((0..<pick(4)).map { _ in (word(), .string(text())) }))])
    case 4:
      return kube(
        "v1", "Service",
        spec: .object([
          ("type", .string("ClusterIP")), ("selector", selectorLabels()),
          (
            "ports",
            list {
              .object([
                ("port", .int($0.pick(65535))),
                ("targetPort", $0.pick(2) == 0 ? .int(8080) : .string("http")),
              ])
            }
          ),
        ]))
    case 5: return kube("v1", "Namespace", spec: nil)
    default: return kube("example.com/v1", "Widget", spec: junk(depth: 3))
    }
  }

  private mutating func kube(
    _ apiVersion: String, _ kind: String, spec: RandomJSON?, extra: [(String, RandomJSON)] = []
  ) -> RandomJSON {
    var members: [(String, RandomJSON)] = []
    if pick(10) > 0 { members.append(("apiVersion", .string(apiVersion))) }
    if pick(12) > 0 { members.append(("kind", .string(kind))) }
    members.append(("metadata", metadata()))
    if let spec { members.append(("spec", spec)) }
    members += extra
    if pick(2) == 0 {
      members.append(("status", .object([("phase", .string(word())), ("x", junk(depth: 3))])))
    }
    return .object(shuffled(members))
  }

  private mutating func metadata() -> RandomJSON {
    var members: [(String, RandomJSON)] = [("name", .string(text()))]
    if pick(3) > 0 { members.append(("namespace", .string(pick(8) == 0 ? "" : word()))) }
    if pick(3) > 0 { members.append(("labels", labels())) }
    if pick(3) == 0 {
      members.append(
        (
          "annotations",
          .object([
            ("kubectl.kubernetes.io/last-applied-configuration", .string(text())),
            (word(), .string(text())),
          ])
        ))
    }
    if pick(2) == 0 { members.append(("uid", .string(text()))) }
    if pick(3) == 0 {
      members.append(
        (
          "ownerReferences",
          list {
            .object([
              ("apiVersion", .string("apps/v1")), ("kind", .string("ReplicaSet")),
              ("name", .string($0.word())), ("uid", .string($0.word())),
              ("controller", .bool($0.pick(2) == 0)),
            ])
          }
        ))
    }
    if pick(2) == 0 { members.append(("managedFields", junk(depth: 4))) }
    return .object(shuffled(members))
  }

  private mutating func labels() -> RandomJSON {
    .object(
      (0..<pick(5)).map { _ in
        let value: RandomJSON =
          switch pick(10) {
          case 0: .int(Int(truncatingIfNeeded: random.next()) >> pick(60))
          case 1: .bool(pick(2) == 0)
          case 2: .double(Double(pick(1000)) / 8)
          case 3: .null
          default: .string(text())
          }
        return (word() + (pick(3) == 0 ? "/\(word())" : ""), value)
      })
  }

  private mutating func selectorLabels() -> RandomJSON {
    .object((0..<pick(4)).map { _ in (word(), .string(text())) })
  }

  private mutating func podSpec() -> RandomJSON {
    var members: [(String, RandomJSON)] = [
      ("containers", list { $0.container() })
    ]
    if pick(3) == 0 { members.append(("initContainers", list { $0.container() })) }
    if pick(4) == 0 { members.append(("hostNetwork", .bool(pick(2) == 0))) }
    if pick(2) == 0 { members.append(("serviceAccountName", .string(word()))) }
    if pick(3) == 0 { members.append(("tolerations", junk(depth: 2))) }
    if pick(3) == 0 {
      members.append(
        (
          "volumes",
          list {
            $0.pick(2) == 0
              ? .object([
                ("name", .string($0.word())), ("hostPath", .object([("path", .string($0.text()))])),
              ]) : .object([("name", .string($0.word())), ("emptyDir", .object([]))])
          }
        ))
    }
    if pick(3) == 0 {
      members.append(
        (
          "securityContext",
          .object([("runAsNonRoot", .bool(pick(2) == 0)), ("runAsUser", .int(pick(70000)))])
        ))
    }
    return .object(shuffled(members))
  }

  private mutating func container() -> RandomJSON {
    var members: [(String, RandomJSON)] = [("name", .string(word())), ("image", .string(text()))]
    if pick(2) == 0 {
      members.append(
        (
          "ports",
          list { .object([("containerPort", .int($0.pick(65535))), ("protocol", .string("TCP"))]) }
        ))
    }
    if pick(2) == 0 {
      members.append(
        ("env", list { .object([("name", .string($0.word())), ("value", .string($0.text()))]) }))
    }
    if pick(2) == 0 {
      members.append(
        (
          "securityContext",
          .object([
            ("privileged", pick(3) == 0 ? .null : .bool(pick(2) == 0)),
            (
              "capabilities",
              .object([("add", list { .string($0.word()) }), ("drop", .array([.string("ALL")]))])
            ),
          ])
        ))
    }
    if pick(3) == 0 {
      members.append(
        (
          "resources",
          .object([
            (
              "limits",
              .object([
                ("cpu", pick(2) == 0 ? .string("500m") : .int(2)), ("memory", .string("1Gi")),
              ])
            )
          ])
        ))
    }
    return .object(shuffled(members))
  }

  /// Nested values of every JSON type, as the members models skip.
  private mutating func junk(depth: Int) -> RandomJSON {
    switch depth <= 0 ? pick(5) + 2 : pick(7) {
    case 0: return .object((0..<pick(4)).map { _ in ("f:" + text(), junk(depth: depth - 1)) })
    case 1: return .array((0..<pick(4)).map { _ in junk(depth: depth - 1) })
    case 2: return .string(text())
    case 3: return .int(Int(truncatingIfNeeded: random.next()))
    case 4: return .double(Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF))
    case 5: return .bool(true)
    default: return .null
    }
  }

  private mutating func list(_ element: (inout RandomKubeDocuments) -> RandomJSON) -> RandomJSON {
    var values: [RandomJSON] = []
    for _ in 0..<pick(4) { values.append(element(&self)) }
    return .array(values)
  }

  /// A short identifier.
  mutating func word() -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789-.")
    return String((0..<(1 + pick(12))).map { _ in letters[pick(letters.count)] })
  }

  /// Text with escapes, non-ASCII characters, and lengths around the 15-byte small-string limit.
  mutating func text() -> String {
    let pieces = [
      "a", "web", "-", "\"", "\\", "\n", "\t", "\u{01}", "é", "中", "😀", "/", "e\u{301}", " ", "0",
    ]
    return (0..<pick(24)).map { _ in pieces[pick(pieces.count)] }.joined()
  }

  mutating func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }

  private mutating func shuffled(_ members: [(String, RandomJSON)]) -> [(String, RandomJSON)] {
    members.shuffled(using: &random)
  }
}
