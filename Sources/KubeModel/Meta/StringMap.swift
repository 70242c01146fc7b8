/// A `map[string]string` that also accepts YAML scalars that are not strings.
///
/// Label and annotation values written in YAML as `true` or `8080` are strings to the
/// API server (it rejects anything else); manifests in folders often contain them
/// unquoted, so numbers and booleans are read back as their text. `null` values are skipped.
struct StringMap: Decodable, Sendable {
  /// The decoded map.
  var values: [String: String]

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: DynamicKey.self)
    var out: [String: String] = [:]
    out.reserveCapacity(c.allKeys.count)
    for key in c.allKeys {
      if try c.decodeNil(forKey: key) { continue }
      out[key.stringValue] = try c.decode(ScalarText.self, forKey: key).text
    }
    values = out
  }
}

/// A scalar decoded as text, whatever its YAML/JSON type (string, number, boolean).
struct ScalarText: Decodable, Sendable {
  /// The text of the scalar.
  var text: String

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let s = try? c.decode(String.self) {
      text = s
    } else if let i = try? c.decode(Int.self) {
      text = String(i)
    } else if let d = try? c.decode(Double.self) {
      text = String(d)
    } else if let b = try? c.decode(Bool.self) {
      text = String(b)
    } else {
      throw DecodingError.typeMismatch(
        String.self,
        .init(codingPath: decoder.codingPath, debugDescription: "expected a string value"))
    }
  }
}
