/// Per namespace: peers, peers with an egress-open class, with an ingress-open class, both.
struct NamespacePeerCounts: Sendable {
  var peers: [Int]
  var openOut: [Int]
  var openIn: [Int]
  var openBoth: [Int]
}
