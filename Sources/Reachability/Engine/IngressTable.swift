/// What a destination class admits, grouped by resolved port set (spec §5 step 6): a
/// destination usually has a handful of distinct port sets, each with one source bitset.
struct IngressTable {
  /// Ports open to every source (rules with no `from`).
  var fromAll: ConnectionSet = .none
  /// Per distinct port set, the source classes it is open to.
  var groups: [(sources: ClassSet, ports: ConnectionSet)] = []
  /// Every source class admitted on some port.
  var admitted: ClassSet

  /// The ports admitted from a source class.
  @inline(__always) func ports(from source: Int) -> ConnectionSet {
    var result = fromAll
    for group in groups where group.sources.contains(source) {
      result = result.union(group.ports)
    }
    return result
  }
}
