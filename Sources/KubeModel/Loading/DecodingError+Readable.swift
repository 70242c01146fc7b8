extension DecodingError {
  /// The coding path of the failure.
  var path: [any CodingKey] {
    switch self {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c),
      .dataCorrupted(let c):
      c.codingPath
    @unknown default: []
    }
  }

  /// A short message naming the field: `spec.containers[0].ports[0].containerPort: expected
  /// a number`.
  var readable: String {
    let where_ = Self.render(path)
    let what: String
    switch self {
    case .typeMismatch(let type, _): what = "expected \(Self.describe(type))"
    case .valueNotFound(let type, _): what = "expected \(Self.describe(type)), found null"
    case .keyNotFound(let key, _): what = "missing required field \(key.stringValue)"
    case .dataCorrupted(let c): what = c.debugDescription
    @unknown default: what = "invalid value"
    }
    if case .keyNotFound = self { return where_.isEmpty ? what : "\(where_): \(what)" }
    return where_.isEmpty ? what : "\(where_): \(what)"
  }

  /// Renders a coding path as `a.b[0].c`.
  static func render(_ path: [any CodingKey]) -> String {
    var out = ""
    for key in path {
      if let i = key.intValue {
        out += "[\(i)]"
      } else if key.stringValue.hasPrefix("Index ") {
        out += "[\(key.stringValue.dropFirst(6))]"
      } else {
        out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return out
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type, is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is String.Type: "a string"
    default:
      String(describing: type).hasPrefix("Array") ? "a list" : "an object"
    }
  }
}
