import Foundation
import Testing

@testable import LiveCluster

@Suite("the JSON parser")
struct JSONParserTests {
  @Test("it agrees with JSONDecoder on a document with every kind of value")
  func agreesWithDecoder() throws {
    let text =
      #" { "s": "a\"b\\c\/d\u00e9\ud83d\ude00\n", "i": -42, "big": 9223372036854775807, "d": 2.25, "z": 0, "t": true, "f": false, "n": null, "a": [ [], {}, [1, {"k": "v"}] ] } "#
    let parsed = try JSONParser.parse(Array(text.utf8))
    let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    #expect(parsed == decoded)
    #expect(parsed["s"] == .string("a\"b\\c/dé😀\n"))
    #expect(parsed["d"] == .double(2.25))
    #expect(try JSONParser.parse(Array("1.5e3".utf8)) == .double(1500))
    #expect(parsed["big"] == .int(Int64.max))
  }

  @Test(
    "invalid documents are rejected with an offset",
    arguments: [
      "", "{", "[1,]", "{\"a\" 1}", "01x", "tru", "\"unterminated", "{\"a\":1} x", "-",
      "\"\u{01}\"",
    ])
  func invalid(text: String) {
    #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(text.utf8)) }
  }
}
