import Foundation

/// Binds an exception to the value a finding reports, so it stops applying when the value
/// changes (for example only these capabilities, only this hostPath).
///
/// The finding's value is compared as text; list values (`NET_ADMIN,SYS_TIME`, or several
/// host paths joined with `; `) are split into their elements for `subsetOf`.
public struct ValueBinding: Sendable, Hashable {
  /// The finding's field path this binding is about; when set, it must match too.
  public var path: String?
  /// How the value is constrained.
  public var constraint: Constraint

  /// Creates a binding.
  public init(path: String? = nil, constraint: Constraint) {
    self.path = path
    self.constraint = constraint
  }

  /// The constraint on the value.
  public enum Constraint: Sendable, Hashable {
    /// The value must equal this text.
    case equals(String)
    /// The value must be one of these.
    case oneOf([String])
    /// Every element of the (comma-separated) value must be one of these.
    case subsetOf([String])
  }

  /// Whether a finding's path and value satisfy the binding.
  public func holds(path findingPath: String?, value: String?) -> Bool {
    if let path, path != findingPath { return false }
    guard let value else { return false }
    switch constraint {
    case .equals(let expected): return value == expected
    case .oneOf(let allowed): return allowed.contains(value)
    case .subsetOf(let allowed):
      return Self.elements(of: value).allSatisfy(allowed.contains)
    }
  }

  /// The elements of a list value: split on commas and semicolons, trimmed, empty ones dropped.
  public static func elements(of value: String) -> [String] {
    value.split { $0 == "," || $0 == ";" }.map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}
