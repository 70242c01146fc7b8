import Foundation

/// How an exception's target name is compared with a finding's: exactly (the default), or by an
/// explicit, reviewable pattern that is flagged as broad.
public enum NameMatch: String, Sendable, Hashable, CaseIterable {
  /// The names must be equal.
  case exact
  /// The finding's name must start with the target name.
  case prefix
  /// The target name is a shell glob (`*`, `?`, `[…]`).
  case glob

  /// Whether `name` matches `pattern` under this mode.
  public func matches(_ name: String, pattern: String) -> Bool {
    switch self {
    case .exact: name == pattern
    case .prefix: name.hasPrefix(pattern)
    case .glob: fnmatch(pattern, name, 0) == 0
    }
  }
}
