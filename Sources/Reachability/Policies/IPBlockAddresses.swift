import KubeModel

/// The IPv4 addresses an ipBlock covers (`cidr` minus `except`), with what could not be
/// analysed.
struct IPBlockAddresses {
  /// The covered addresses; empty for an IPv6 or malformed block.
  let addresses: IPv4Ranges
  /// `true` when the CIDR is IPv6 (not analysed, as np-guard).
  let isIPv6: Bool
  /// Why the block is invalid (unparsable CIDR, an `except` outside the CIDR), if it is.
  let problem: String?

  init(_ block: NetworkPolicyPeer.IPBlock) {
    guard let range = IPv4Ranges.cidr(block.cidr) else {
      addresses = .empty
      isIPv6 = block.cidr.contains(":")
      problem = isIPv6 ? nil : "ipBlock cidr \(block.cidr) is not a valid CIDR"
      return
    }
    let whole = IPv4Ranges(normalizing: [range])
    var cut: [ClosedRange<UInt32>] = []
    var trouble: String?
    for text in block.except {
      guard let excepted = IPv4Ranges.cidr(text) else {
        if !text.contains(":") { trouble = "ipBlock except \(text) is not a valid CIDR" }
        continue
      }
      if !whole.contains(IPv4Ranges(normalizing: [excepted])) {
        trouble = "ipBlock except \(text) lies outside cidr \(block.cidr)"
      }
      cut.append(excepted)
    }
    addresses = whole.subtracting(IPv4Ranges(normalizing: cut))
    isIPv6 = false
    problem = trouble
  }
}
