import Foundation
import Testing

@testable import LiveCluster

@Suite("raw JSON values")
struct JSONValueTests {
  @Test("parse and write round-trip with sorted keys and exact integers")
  func roundTrip() throws {
    let text = #"{"b":[1,2.5,true,null,"x\"y\n"],"a":{"z":9007199254740993,"é":"ü","c":-3}}"#
    let value = try JSONValue.parse(Data(text.utf8))
    let written = String(decoding: JSONWriter.serialize(value), as: UTF8.self)
    #expect(
      written == #"{"a":{"c":-3,"z":9007199254740993,"é":"ü"},"b":[1,2.5,true,null,"x\"y\n"]}"#)
    #expect(try JSONValue.parse(Data(written.utf8)) == value)
  }

  @Test("control characters are escaped")
  func escaping() {
    let written = String(decoding: JSONWriter.serialize(.string("a\u{01}\t")), as: UTF8.self)
    #expect(written == #""a\u0001\t""#)
  }
}
