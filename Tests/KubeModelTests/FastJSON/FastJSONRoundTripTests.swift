import Foundation
import Testing

@testable import KubeModel

@Suite("Fast JSON reader: randomized documents decode as with Foundation")
struct FastJSONRoundTripTests {
  /// A kubectl list of objects, written with `JSONEncoder`.
  private struct ObjectList: Encodable {
    var apiVersion = "v1"
    var kind = "List"
    var items: [KubeObject]
  }

  @Test("random Kubernetes-shaped lists (fixed seeds)", arguments: 0..<40)
  func randomLists(_ seed: Int) throws {
    var generator = RandomKubeDocuments(random: SplitMix(seed: UInt64(seed)))
    let data = try JSONEncoder().encode(generator.list(count: 1 + seed * 3))
    let reference = try ReaderComparison.reference(DecodedDocument.self, data).get()
    let fast = ReaderComparison.fast(DecodedDocument.self, data, threads: 1 + seed % 3)
    switch fast {
    case .success(let document):
      #expect(ReaderComparison.same(reference, document))
    case .failure(let error):
      // Only values Foundation reads in ways the fast reader defers to it may refuse.
      let refusal = error as? FastJSONError
      #expect(refusal != nil && refusal?.offset == nil, "\(error)")
    }
  }

  @Test(
    "decoded objects written back with JSONEncoder decode the same both ways", arguments: 0..<20)
  func modelRoundTrip(_ seed: Int) throws {
    var generator = RandomKubeDocuments(random: SplitMix(seed: UInt64(1000 + seed)))
    let source = try JSONEncoder().encode(generator.list(count: 30))
    let objects = try ReaderComparison.reference(DecodedDocument.self, source).get().objects
    let data = try JSONEncoder().encode(ObjectList(items: objects))
    let reference = try ReaderComparison.reference(DecodedDocument.self, data).get()
    let fast = try ReaderComparison.fast(DecodedDocument.self, data).get()
    #expect(ReaderComparison.same(reference, fast))
    #expect(fast.objects.count == objects.count)
  }

  @Test("parallel decoding keeps the order of list items", arguments: [1, 2, 3, 8])
  func order(_ threads: Int) throws {
    let items = (0..<3_001).map {
      #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"pod-\#($0)","namespace":"ns-\#($0 % 7)"},"spec":{"containers":[{"name":"c","image":"i"}]}}"#
    }
    let text = #"{"apiVersion":"v1","kind":"List","items":["# + items.joined(separator: ",") + "]}"
    let fast = try ReaderComparison.fast(DecodedDocument.self, Data(text.utf8), threads: threads)
      .get()
    #expect(fast.objects.map(\.metadata.name) == (0..<3_001).map { "pod-\($0)" })
  }

  @Test("items of every list of a snapshot file keep their list and order")
  func snapshotLists() throws {
    func list(_ resource: String, _ kind: String, _ names: [String]) -> String {
      let items = names.map { #"{"metadata":{"name":"\#($0)","namespace":"a"}}"# }
      return
        #"{"group":"","version":"v1","resource":"\#(resource)","kind":"\#(kind)","status":"complete","items":["#
        + items.joined(separator: ",") + "]}"
    }
    let pods = (0..<500).map { "p\($0)" }
    let accounts = (0..<300).map { "sa\($0)" }
    let text =
      #"{"apiVersion":"kbaseline/v1","kind":"ClusterSnapshot","lists":["#
      + list("pods", "Pod", pods) + "," + list("serviceaccounts", "ServiceAccount", accounts) + "]}"
    let data = Data(text.utf8)
    let reference = try ReaderComparison.reference(DecodedDocument.self, data).get()
    let fast = try ReaderComparison.fast(DecodedDocument.self, data).get()
    #expect(ReaderComparison.same(reference, fast))
    #expect(fast.objects.map(\.metadata.name) == pods + accounts)
    #expect(
      fast.objects.map(\.kind) == Array(repeating: "Pod", count: 500)
        + Array(repeating: "ServiceAccount", count: 300))
  }
}
