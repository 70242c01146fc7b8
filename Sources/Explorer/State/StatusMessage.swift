import TerminalUI

/// A one-line message on the status line (cleared by the next key).
public struct StatusMessage: Hashable, Sendable {
  /// The text.
  public var text: String
  /// How it is drawn (`error`, `warning`, `success`, `body`).
  public var role: StyleRole

  /// Creates a message.
  public init(_ text: String, role: StyleRole = .body) {
    self.text = text
    self.role = role
  }
}
