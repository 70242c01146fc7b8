/// A container of a rendered pod, as its status lists it.
struct ContainerLine: Sendable {
  var name: String
  var image: String
  var imageID: String
}
