import Foundation
import Testing

@testable import KubeModel

@Suite("Fast JSON reader: malformed input fails exactly where Foundation fails")
struct FastJSONMalformedTests {
  /// A small kubectl list exercising strings with escapes and non-ASCII text, numbers, nulls,
  /// nested members the models skip, and an item without kind.
  static let base = #"""
    {"apiVersion":"v1","kind":"List","items":[
     {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1","namespace":"shop",
      "labels":{"app":"web","tier":"front\u00e9nd","n":3},"annotations":{"note":"a \"quoted\" \\ \/ \n \ud83d\ude00 text é"},
      "managedFields":[{"manager":"kubectl","fieldsV1":{"f:spec":{"f:containers":{}}},"time":null}]},
      "spec":{"containers":[{"name":"app","image":"registry.example.com/shop/web:1.2.3",
       "ports":[{"containerPort":8080,"protocol":"TCP"}],"env":[{"name":"A","value":"1"}],
       "securityContext":{"runAsUser":1000,"privileged":false,"capabilities":{"drop":["ALL"]}}}],
       "tolerations":[{"key":"k","operator":"Exists","tolerationSeconds":300}],"hostNetwork":true},
      "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}],"x":[1.5e3,-0.25,0,[],{}]}},
     {"metadata":{"name":"nokind"}},
     {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop"},
      "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
      "spec":{"containers":[{"name":"app","image":"web:1","resources":{"limits":{"cpu":"500m","memory":1024}}}]}}}}
    ]}
    """#

  /// Named edits of the base document.
  static let cases: [(String, String)] = [
    ("empty", ""), ("whitespace only", " \n\t "), ("BOM", "\u{FEFF}" + base),
    (
      "trailing comma in object",
      base.replacingOccurrences(of: #""tier""#, with: #""x":1,}, "y":{"tier""#)
    ),
    ("trailing comma in array", base.replacingOccurrences(of: #"["ALL"]"#, with: #"["ALL",]"#)),
    ("unquoted key", base.replacingOccurrences(of: #""phase":"#, with: "phase:")),
    ("NaN", base.replacingOccurrences(of: "1.5e3", with: "NaN")),
    ("Infinity", base.replacingOccurrences(of: "1.5e3", with: "Infinity")),
    ("leading zero skipped", base.replacingOccurrences(of: "-0.25", with: "-01")),
    ("leading zero decoded", base.replacingOccurrences(of: "8080", with: "08080")),
    ("bare fraction", base.replacingOccurrences(of: "-0.25", with: ".25")),
    ("plus sign", base.replacingOccurrences(of: "-0.25", with: "+1")),
    ("bad exponent", base.replacingOccurrences(of: "1.5e3", with: "1.5e+")),
    ("huge double", base.replacingOccurrences(of: "1.5e3", with: "1e400")),
    ("bad escape", base.replacingOccurrences(of: #"\/"#, with: #"\x"#)),
    ("short unicode escape", base.replacingOccurrences(of: #"\u00e9"#, with: #"\u0e"#)),
    ("lone high surrogate", base.replacingOccurrences(of: #"\ude00"#, with: "")),
    ("lone low surrogate", base.replacingOccurrences(of: #"\ud83d"#, with: "")),
    (
      "lone surrogate in a decoded string",
      base.replacingOccurrences(of: "web-1", with: #"web\ud800"#)
    ),
    ("raw tab in string", base.replacingOccurrences(of: "web-1", with: "web\t1")),
    ("raw control character", base.replacingOccurrences(of: "web-1", with: "web\u{01}1")),
    ("raw NUL", base.replacingOccurrences(of: "web-1", with: "web\u{00}1")),
    ("escaped NUL", base.replacingOccurrences(of: "web-1", with: #"web\u00001"#)),
    (
      "deep nesting 600",
      base.replacingOccurrences(
        of: "[1.5e3",
        with: String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + ",[1.5e3")
    ),
    (
      "deep nesting 505",
      base.replacingOccurrences(
        of: "[1.5e3",
        with: String(repeating: "[", count: 505) + String(repeating: "]", count: 505) + ",[1.5e3")
    ),
    ("port as string", base.replacingOccurrences(of: "8080", with: #""8080""#)),
    ("port as 8080.0", base.replacingOccurrences(of: "8080", with: "8080.0")),
    ("port as 8.08e3", base.replacingOccurrences(of: "8080", with: "8.08e3")),
    ("port fractional", base.replacingOccurrences(of: "8080", with: "80.5")),
    ("port overflow", base.replacingOccurrences(of: "8080", with: "99999999999999999999")),
    ("port null", base.replacingOccurrences(of: "8080", with: "null")),
    ("name as number", base.replacingOccurrences(of: #""web-1""#, with: "5")),
    (
      "labels as list",
      base.replacingOccurrences(of: #"{"app":"web","tier""#, with: #"["x"],"other":{"tier""#)
    ),
    (
      "metadata as string",
      base.replacingOccurrences(of: #""metadata":{"name":"nokind"}"#, with: #""metadata":"x""#)
    ),
    ("items as object", #"{"apiVersion":"v1","kind":"List","items":{}}"#),
    ("items null", #"{"apiVersion":"v1","kind":"PodList","items":null}"#),
    ("item not an object", #"{"apiVersion":"v1","kind":"PodList","items":[1,"x"]}"#),
    ("kind as number", base.replacingOccurrences(of: #""kind":"Pod""#, with: #""kind":5"#)),
    (
      "privileged as string",
      base.replacingOccurrences(of: #""privileged":false"#, with: #""privileged":"false""#)
    ),
    (
      "hostNetwork as number",
      base.replacingOccurrences(of: #""hostNetwork":true"#, with: #""hostNetwork":1"#)
    ),
    (
      "duplicate name",
      base.replacingOccurrences(of: #""name":"web-1""#, with: #""name":"web-1","name":"web-2""#)
    ),
    (
      "duplicate label",
      base.replacingOccurrences(
        of: #""app":"web","tier""#, with: #""app":"web","app":"api","tier""#)
    ),
    (
      "escaped key",
      base.replacingOccurrences(of: #""namespace":"shop""#, with: #""n\u0061mespace":"shop""#)
    ),
    (
      "Kelvin sign key",
      base.replacingOccurrences(of: #""kind":"Deployment""#, with: "\"\u{212A}ind\":\"Deployment\"")
    ),
    ("text after the document", base + " x"), ("two documents", base + base),
    ("missing closing brace", String(base.dropLast())), ("top-level array", "[" + base + "]"),
    ("top-level string", #""Pod""#), ("not Kubernetes", #"{"a":1}"#),
    (
      "single object",
      #"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"x","labels":{"a":"b"}}}"#
    ),
    ("vertical tab whitespace", base.replacingOccurrences(of: "\n", with: "\u{0B}")),
    ("CRLF whitespace", base.replacingOccurrences(of: "\n", with: "\r\n")),
  ]

  /// Named byte-level edits (invalid UTF-8 cannot be written in a Swift string).
  static let byteCases: [(String, [UInt8])] = [
    ("byte FF", [0xFF]), ("overlong NUL", [0xC0, 0x80]), ("UTF-8 surrogate", [0xED, 0xA0, 0x80]),
    ("truncated sequence", [0xE2, 0x82]), ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
    ("lead byte F5", [0xF5, 0x80, 0x80, 0x80]), ("lone continuation", [0x80]),
    ("valid 4-byte", [0xF0, 0x9F, 0x98, 0x80]),
  ]

  @Test("named malformed and unusual documents", arguments: cases.map(\.0))
  func named(_ name: String) throws {
    let text = try #require(Self.cases.first { $0.0 == name }?.1)
    try Self.check(Data(text.utf8), loader: true)
  }

  @Test("invalid and valid UTF-8 in decoded and skipped strings", arguments: byteCases.map(\.0))
  func utf8(_ name: String) throws {
    let bytes = try #require(Self.byteCases.first { $0.0 == name }?.1)
    for anchor in ["web-1", "kubectl"] {
      let parts = Self.base.components(separatedBy: anchor)
      let data =
        Data(parts[0].utf8) + Data(bytes) + Data(parts.dropFirst().joined(separator: anchor).utf8)
      try Self.check(data, loader: true)
    }
  }

  @Test("truncated at every offset")
  func truncated() throws {
    let data = Data(Self.base.utf8)
    for length in 0..<data.count {
      try Self.check(data.prefix(length), loader: length % 23 == 0)
    }
  }

  @Test("random byte substitutions (fixed seed)")
  func substitutions() throws {
    var random = SplitMix(seed: 0x5EED)
    let data = Array(Self.base.utf8)
    let alphabet = Array(#"{}[]",:\ 0-1e.tfnu"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xFF]
    for round in 0..<600 {
      var mutated = data
      for _ in 0...(round % 3) {
        let at = Int(random.next() % UInt64(mutated.count))
        mutated[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
      }
      try Self.check(Data(mutated), loader: round % 10 == 0)
    }
  }

  /// Fails unless the fast reader throws whenever Foundation does, agrees whenever both
  /// succeed, and (with `loader`) the loader's result or error text is Foundation's.
  static func check(_ data: Data, loader: Bool) throws {
    let reference = ReaderComparison.reference(DecodedDocument.self, data)
    let fast = ReaderComparison.fast(DecodedDocument.self, data)
    switch (reference, fast) {
    case (.failure, .success):
      Issue.record(
        "fast reader accepted what Foundation refuses: \(String(decoding: data, as: UTF8.self))")
    case (.success(let a), .success(let b)):
      #expect(ReaderComparison.same(a, b), "\(String(decoding: data, as: UTF8.self))")
    default:
      break
    }
    guard loader else { return }
    let path = try ReaderComparison.temporaryFile(data)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      ReaderComparison.load(path, reader: .automatic)
        == ReaderComparison.load(path, reader: .foundation))
  }
}

/// SplitMix64: a small seeded generator, so the randomized tests are repeatable.
struct SplitMix: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
