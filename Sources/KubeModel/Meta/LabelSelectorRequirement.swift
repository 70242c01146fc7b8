/// One `matchExpressions` entry: a key, an operator and values.
public struct LabelSelectorRequirement: Codable, Sendable, Hashable, CustomStringConvertible {
  /// The label key.
  public var key: String
  /// The operator as written: `In`, `NotIn`, `Exists` or `DoesNotExist`.
  public var `operator`: String
  /// The values (`In`/`NotIn` only).
  public var values: [String]

  /// Creates a requirement.
  public init(key: String, operator op: String, values: [String] = []) {
    self.key = key
    self.operator = op
    self.values = values
  }

  /// Why the API server would reject this requirement, or `nil` when valid.
  public var validationError: String? {
    switch self.operator {
    case "In", "NotIn":
      values.isEmpty ? "\(self.operator) on \(key) needs at least one value" : nil
    case "Exists", "DoesNotExist":
      values.isEmpty ? nil : "\(self.operator) on \(key) takes no values"
    default:
      "unknown selector operator \(self.operator) on \(key)"
    }
  }

  /// Whether the requirement holds for these labels; an invalid requirement never holds.
  ///
  /// `NotIn` holds when the key is absent, as in `labels.Requirement.Matches`.
  public func matches(_ labels: [String: String]) -> Bool {
    guard validationError == nil else { return false }
    switch self.operator {
    case "In":
      guard let value = labels[key] else { return false }
      return values.contains(value)
    case "NotIn":
      guard let value = labels[key] else { return true }
      return !values.contains(value)
    case "Exists":
      return labels[key] != nil
    default:  // DoesNotExist
      return labels[key] == nil
    }
  }

  /// kubectl-style text, for example `tier in (a,b)` or `!legacy`.
  public var description: String {
    switch self.operator {
    case "In": "\(key) in (\(values.joined(separator: ",")))"
    case "NotIn": "\(key) notin (\(values.joined(separator: ",")))"
    case "Exists": key
    case "DoesNotExist": "!\(key)"
    default: "\(key) \(self.operator) (\(values.joined(separator: ",")))"
    }
  }

  private enum CodingKeys: String, CodingKey { case key, `operator`, values }

  /// Decodes a requirement; absent or `null` values become an empty list.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    key = try c.decode(String.self, forKey: .key)
    self.operator = try c.decode(String.self, forKey: .operator)
    values = try c.decodeIfPresent([ScalarText].self, forKey: .values)?.map(\.text) ?? []
  }

  /// Encodes the requirement, omitting empty values.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(key, forKey: .key)
    try c.encode(self.operator, forKey: .operator)
    if !values.isEmpty { try c.encode(values, forKey: .values) }
  }
}
