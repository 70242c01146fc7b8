import Foundation
import Yams

/// Writes a composed YAML document as JSON text, so that `JSONDecoder` (much faster than
/// `YAMLDecoder`) can decode it.
///
/// Scalars keep the type YAML resolved for them (int, float, bool, null, otherwise string).
/// When a document holds something JSON cannot say the same way (an alias, a non-finite float,
/// an out-of-range integer), the bridge returns `nil` and the loader decodes that document with
/// `YAMLDecoder`, the reference path; it does the same when the JSON form fails to decode, so a
/// successful fast decode gives the same values the reference would.
enum YAMLJSONBridge {
  /// The JSON text of a document, or `nil` when it must take the reference path.
  ///
  /// - Complexity: O(*n*) in the size of the document.
  static func json(_ node: Yams.Node) -> Data? {
    var out = [UInt8]()
    out.reserveCapacity(4096)
    guard write(node, to: &out) else { return nil }
    return Data(out)
  }

  private static func write(_ node: Yams.Node, to out: inout [UInt8]) -> Bool {
    switch node {
    case .scalar(let scalar):
      return writeScalar(scalar.string, tag: node.tag.rawValue, to: &out)
    case .mapping(let mapping):
      out.append(UInt8(ascii: "{"))
      var first = true
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else { return false }
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        writeString(keyScalar.string, to: &out)
        out.append(UInt8(ascii: ":"))
        guard write(value, to: &out) else { return false }
      }
      out.append(UInt8(ascii: "}"))
      return true
    case .sequence(let sequence):
      out.append(UInt8(ascii: "["))
      for (index, item) in sequence.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        guard write(item, to: &out) else { return false }
      }
      out.append(UInt8(ascii: "]"))
      return true
    case .alias:
      return false
    }
  }

  private static func writeScalar(_ text: String, tag: String, to out: inout [UInt8]) -> Bool {
    switch tag {
    case Tag.Name.null.rawValue:
      out += Array("null".utf8)
    case Tag.Name.bool.rawValue:
      guard let value = Bool.construct(from: .init(text)) else { return false }
      out += Array((value ? "true" : "false").utf8)
    case Tag.Name.int.rawValue:
      guard let value = Int.construct(from: .init(text)) else { return false }
      out += Array(String(value).utf8)
    case Tag.Name.float.rawValue:
      guard let value = Double.construct(from: .init(text)), value.isFinite else { return false }
      out += Array("\(value)".utf8)
    default:
      writeString(text, to: &out)
    }
    return true
  }

  private static func writeString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
