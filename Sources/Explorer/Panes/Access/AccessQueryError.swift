/// A `:who` or `:can` line that does not parse: the error says how to write it.
struct AccessQueryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The expected form.
  var usage: String

  /// The usage of `:who`.
  static let who = AccessQueryError(usage: "who VERB RESOURCE[/SUB] [-n NAMESPACE]")

  /// `usage: :who VERB RESOURCE…`.
  var description: String { "usage: :\(usage)" }
}
