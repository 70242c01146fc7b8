import Foundation
import Testing

@testable import KubeModel

@Suite("Fast JSON reader: Decoder semantics match Foundation's JSONDecoder")
struct FastJSONSemanticsTests {
  private struct Sample: Decodable, Equatable {
    var name: String
    var count: Int?
    var ratio: Double?
    var flag: Bool?
    var tags: [String]?
    var nested: [String: [Int]]?
  }

  private struct Nested: Decodable, Equatable {
    var a: String
    var inner: Int
    var items: [String]
    var parent: String

    private enum Keys: String, CodingKey { case a, box, list, sup }
    private enum BoxKeys: String, CodingKey { case inner }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      a = try c.decode(String.self, forKey: .a)
      inner = try c.nestedContainer(keyedBy: BoxKeys.self, forKey: .box).decode(
        Int.self, forKey: .inner)
      var list = try c.nestedUnkeyedContainer(forKey: .list)
      var out: [String] = []
      while !list.isAtEnd {
        if try list.decodeNil() { continue }
        out.append(try list.decode(String.self))
      }
      items = out
      parent = try String(from: c.superDecoder(forKey: .sup))
    }
  }

  private static func both<T: Decodable & Equatable>(_ type: T.Type, _ text: String) -> (
    Result<T, any Error>, Result<T, any Error>
  ) {
    let data = Data(text.utf8)
    return (ReaderComparison.reference(T.self, data), ReaderComparison.fast(T.self, data))
  }

  @Test(
    "values, nulls, absent keys and duplicates decode as with Foundation",
    arguments: [
      #"{"name":"a","count":3,"ratio":0.5,"flag":true,"tags":["x","y"],"nested":{"k":[1,2]}}"#,
      #"{"name":"a","count":null,"ratio":null,"flag":null,"tags":null,"nested":null}"#,
      #"{"name":"a"}"#, #"{"name":"a","name":"b","count":1,"count":2}"#,
      #"{"n\u0061me":"esc\"aped\u00e9"}"#, #"{"name":"x","ratio":-0,"count":-0}"#,
      #"{"name":"x","ratio":1e-300,"count":9223372036854775807}"#,
      #"{"name":"x","nested":{"a":[],"b":[-1]}}"#,
    ])
  func values(_ text: String) throws {
    let (reference, fast) = Self.both(Sample.self, text)
    #expect(try fast.get() == reference.get())
  }

  @Test(
    "wrong types throw on both paths",
    arguments: [
      #"{"name":1}"#, #"{"name":null}"#, #"{"count":1}"#, #"{"name":"a","count":"1"}"#,
      #"{"name":"a","count":true}"#, #"{"name":"a","flag":1}"#, #"{"name":"a","tags":"x"}"#,
      #"{"name":"a","tags":[null]}"#, #"{"name":"a","nested":[]}"#, #"[]"#,
      #"{"name":"a","ratio":"1"}"#,
    ])
  func mismatches(_ text: String) {
    let (reference, fast) = Self.both(Sample.self, text)
    #expect(throws: (any Error).self) { try reference.get() }
    #expect(throws: (any Error).self) { try fast.get() }
  }

  @Test("an integer written 1.0 or 1e2 is left to Foundation, which reads it")
  func integerForms() throws {
    for text in [#"{"name":"a","count":1.0}"#, #"{"name":"a","count":1e2}"#] {
      let (reference, fast) = Self.both(Sample.self, text)
      #expect(try reference.get().count != nil)
      #expect(throws: (any Error).self) { try fast.get() }
    }
    let pod =
      #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","ports":[{"containerPort":8080.0}]}]}}"#
    let snapshot = try SnapshotLoader().load(text: pod)
    #expect(snapshot.pods.first?.spec.containers.first?.ports.first?.containerPort == 8080)
  }

  @Test("nested keyed and unkeyed containers and superDecoder")
  func containers() throws {
    let text = #"{"list":["x",null,"y"],"sup":"parent","box":{"inner":7,"other":[1]},"a":"b"}"#
    let (reference, fast) = Self.both(Nested.self, text)
    #expect(try fast.get() == reference.get())
    #expect(try fast.get().items == ["x", "y"])
  }

  @Test("error coding paths name the same member as Foundation's")
  func codingPaths() throws {
    let text =
      #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c"},{"name":"d","ports":[{"containerPort":"80"}]}]}}"#
    let (reference, fast) = Self.both(DecodedDocumentProbe.self, text)
    let expected = try #require(Self.path(of: reference))
    #expect(expected == "spec.containers[1].ports[0].containerPort")
    #expect(Self.path(of: fast) == expected)
  }

  private static func path<T>(of result: Result<T, any Error>) -> String? {
    guard case .failure(let error as DecodingError) = result else { return nil }
    return DecodingError.render(error.path)
  }

  /// Decodes a pod directly (no list), so errors carry the model's coding path.
  private struct DecodedDocumentProbe: Decodable, Equatable {
    var object: KubeObject
    init(from decoder: any Decoder) throws {
      object = try KubeObject(kind: "Pod", apiVersion: "v1", from: decoder)
    }
  }

  @Test("bytes the models skip are still validated")
  func skippedBytesValidated() {
    let bad = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"x":[1,2,}}"#
    #expect(throws: (any Error).self) {
      try FastJSONDecoder().decode(DecodedDocument.self, from: Data(bad.utf8))
    }
    let deferredBad = #"{"apiVersion":"v1","kind":"List","items":[],"other":[{"a":"\x"}]}"#
    #expect(throws: (any Error).self) {
      try FastJSONDecoder().decode(DecodedDocument.self, from: Data(deferredBad.utf8))
    }
    let deferredGood = #"{"apiVersion":"v1","kind":"List","items":[],"other":[{"a":"\n"}]}"#
    #expect(throws: Never.self) {
      try FastJSONDecoder().decode(DecodedDocument.self, from: Data(deferredGood.utf8))
    }
  }

  @Test("long repeated strings share one storage within a chunk of items")
  func interning() throws {
    let image = "registry.example.com/team/app:1.2.3"
    let items = (0..<64).map { _ in
      #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"\#(image)"}]}}"#
    }
    let text = #"{"apiVersion":"v1","kind":"List","items":["# + items.joined(separator: ",") + "]}"
    let document = try FastJSONDecoder(threads: 1).decode(
      DecodedDocument.self, from: Data(text.utf8))
    let images: [String] = document.objects.compactMap {
      guard case .pod(let pod) = $0 else { return nil }
      return pod.spec.containers.first?.image
    }
    #expect(images == Array(repeating: image, count: 64))
    let storages = Set(
      images.map {
        $0.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } ?? 0
      })
    // One storage per chunk (64 items in 8 chunks on one thread), not one per item.
    #expect(storages.count <= FastJSONParallelItems.chunksPerThread)
  }

  @Test("released pages of a mapped file read back the same bytes, and decoding still works")
  func pageRelease() throws {
    let items = (0..<2_000).map {
      #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"pod-\#($0)"},"status":{"x":"\#(String(repeating: "y", count: 300))"}}"#
    }
    let text = #"{"apiVersion":"v1","kind":"List","items":["# + items.joined(separator: ",") + "]}"
    let path = try ReaderComparison.temporaryFile(Data(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let mapped = try #require(MappedFile.read(path))
    #expect(mapped == Data(text.utf8))
    mapped.withUnsafeBytes { raw in
      let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
      FastJSONPageRelease(base: FastJSONBytes(base: base, count: raw.count))
        .release(from: 0, to: raw.count)
    }
    #expect(mapped == Data(text.utf8))
    let document = try FastJSONDecoder(threads: 2, releasesPagesBehind: true)
      .decode(DecodedDocument.self, from: mapped)
    #expect(document.objects.map(\.metadata.name) == (0..<2_000).map { "pod-\($0)" })
    #expect(mapped == Data(text.utf8))
  }
}
