/// Why the fast JSON reader gave up on a document.
///
/// The loader never shows these: on any of them it decodes the same bytes with Foundation's
/// `JSONDecoder`, whose messages (and line numbers) users see.
struct FastJSONError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  var message: String
  /// Byte offset where it was noticed, when it is a syntax error.
  var offset: Int?

  /// A syntax error at `offset`.
  static func syntax(_ message: String, at offset: Int) -> FastJSONError {
    FastJSONError(message: message, offset: offset)
  }

  /// The document uses something whose exact Foundation semantics the reader does not
  /// reproduce; the caller must decode it with Foundation.
  static let unsupported = FastJSONError(message: "needs the reference decoder", offset: nil)

  var description: String {
    offset.map { "\(message) at byte \($0)" } ?? message
  }
}
