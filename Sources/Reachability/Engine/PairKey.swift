/// A peer pair key over endpoint codes.
struct PairKey: Hashable {
  static let destinationBase = -(1 << 40)
  var source: Int
  var destination: Int
}
