/// One planned node.
struct NodePlan: Sendable {
  var name: String
  var internalIP: String
  var zone: String
  var instanceType: String
  var isControlPlane: Bool
  var uid: String
}
