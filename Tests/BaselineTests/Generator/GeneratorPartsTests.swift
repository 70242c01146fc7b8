import Foundation
import SyntheticCluster
import Testing

/// The generator's building blocks: JSON text, templates with holes, exact spreads.
@Suite("Generator parts")
struct GeneratorPartsTests {
  @Test(
    "JSONTextWriter escapes strings so they round-trip through a JSON parser",
    arguments: [
      "plain", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u{1}\u{1F}", "é ✓ 🚀", "",
    ])
  func escaping(_ text: String) throws {
    var w = JSONTextWriter()
    w.beginObject()
    w.field(text, text)
    w.field("n", -1_234)
    w.array("a") { w in
      w.string(text)
      w.bool(true)
      w.int(0)
    }
    w.endObject()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
    #expect(object[text] as? String == text)
    #expect(object["n"] as? Int == -1_234)
    let array = try #require(object["a"] as? [Any])
    #expect(array.first as? String == text)
    #expect(array.count == 3)
  }

  @Test("a ByteTemplate stamps copies with each hole filled and escaped")
  func template() throws {
    var w = JSONTextWriter()
    w.object { w in
      w.field("name", ByteTemplate.marker(0))
      w.field("id", "containerd://" + ByteTemplate.marker(1))
      w.field("fixed", "x")
    }
    let template = ByteTemplate(rendered: w.bytes)
    #expect(template.holes == [0, 1])
    var out = JSONTextWriter()
    out.beginArray()
    for copy in ["a", "b\"c"] {
      template.stamp(into: &out) { hole in hole == 0 ? copy : "id-\(copy)" }
    }
    out.endArray()
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(out.bytes)) as? [[String: String]])
    #expect(items.map { $0["name"] } == ["a", "b\"c"])
    #expect(items.map { $0["id"] } == ["containerd://id-a", "containerd://id-b\"c"])
    #expect(items.allSatisfy { $0["fixed"] == "x" })
  }

  @Test(
    "EvenSpread gives exact totals, even, clumped or weighted", arguments: [0, 1, 7, 100, 4_999])
  func spread(_ total: Int) {
    let even = EvenSpread(total: total, slots: 13).shares
    #expect(even.reduce(0, +) == total)
    #expect((even.max() ?? 0) - (even.min() ?? 0) <= 1)
    let clumped = EvenSpread.clumped(total: total, slots: 40, size: 3).shares
    #expect(clumped.reduce(0, +) == total)
    #expect(clumped.filter { $0 > 0 }.count == min(40, (total + 2) / 3))
    let weighted = EvenSpread.weighted(total: total, weights: [1, 0, 3, 6]).shares
    #expect(weighted.reduce(0, +) == total)
    #expect(weighted[1] == 0)
    #expect(weighted[3] >= weighted[0])
  }
}
