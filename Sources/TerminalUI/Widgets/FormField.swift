import Foundation

/// One field of a ``Form``.
public struct FormField: Hashable, Sendable {
  /// What a field's value must look like.
  public enum Rule: Hashable, Sendable {
    /// Anything, including empty.
    case optional
    /// Not empty (after trimming).
    case required
    /// A calendar date `YYYY-MM-DD`; empty is allowed unless `required`.
    case date(required: Bool)
  }

  /// A stable key, used in the submitted values.
  public var key: String
  /// The label shown above the field.
  public var label: String
  /// The editable text.
  public var value: TextField
  /// The validation rule.
  public var rule: Rule
  /// Rows shown for a multi-line field (1 for single-line).
  public var rows: Int

  /// Creates a field.
  public init(key: String, label: String, value: String = "", rule: Rule = .optional, rows: Int = 1)
  {
    self.key = key
    self.label = label
    self.value = TextField(value, multiline: rows > 1)
    self.rule = rule
    self.rows = max(1, rows)
  }

  /// Why the value is not valid, nil when it is.
  public var problem: String? {
    let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch rule {
    case .optional: return nil
    case .required: return text.isEmpty ? "\(label) is required" : nil
    case .date(let required):
      if text.isEmpty { return required ? "\(label) is required" : nil }
      return Self.isDate(text) ? nil : "\(label) must be a date YYYY-MM-DD"
    }
  }

  /// Whether `text` is a valid calendar date `YYYY-MM-DD`.
  public static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
    else { return false }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (1...days).contains(d)
  }
}
