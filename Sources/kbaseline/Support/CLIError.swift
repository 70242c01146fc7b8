/// A command-line failure a user can act on; printed as one line, exit status 2.
struct CLIError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  var message: String

  /// Creates an error.
  init(_ message: String) { self.message = message }

  var description: String { message }
}
