/// One value of a ``FastJSONTape``: where its bytes are and, for a container, how to skip it.
struct FastJSONEntry {
  /// What a tape entry stands for.
  enum Kind: UInt8 {
    case object, array, string, number, trueValue, falseValue, null
    /// A container whose members are not on the tape yet (its bytes are not validated yet).
    case deferredObject, deferredArray
    /// A deferred container whose members now start at entry `count`.
    case expanded
  }

  /// Flag of a string holding a backslash escape.
  static let escaped: UInt8 = 1
  /// Flag of a string holding bytes outside ASCII.
  static let nonASCII: UInt8 = 2
  /// Flag of a number written with a fraction or an exponent.
  static let fractional: UInt8 = 4

  /// Offset of the first byte (the opening quote or bracket, or the number's first byte).
  var start: Int
  /// Offset just past the value (past the closing quote or bracket).
  var end: Int
  /// Index of the entry that follows this value and everything inside it.
  var next: Int32
  /// Members of a container (key and value of an object member count once), the index a
  /// deferred container was expanded to, or the hash of an object key without escapes or
  /// non-ASCII bytes (``FastJSONScanner/keyHash(_:_:)``).
  var count: Int32
  /// What the entry is.
  var kind: Kind
  /// ``escaped``, ``nonASCII`` and ``fractional`` bits.
  var flags: UInt8
}
