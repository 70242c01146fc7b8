/// One step of a coding path, kept cheaply: the tape entry of an object key, or an array index.
struct FastJSONPathStep {
  /// The key's tape entry, or -1 for an array element.
  var keyEntry: Int32
  /// The element's index in its array.
  var index: Int32

  /// The step into an object member whose key is the entry `keyEntry`.
  static func key(_ keyEntry: Int) -> FastJSONPathStep {
    FastJSONPathStep(keyEntry: Int32(keyEntry), index: 0)
  }

  /// The step into the array element at `index`.
  static func element(_ index: Int) -> FastJSONPathStep {
    FastJSONPathStep(keyEntry: -1, index: Int32(index))
  }
}
