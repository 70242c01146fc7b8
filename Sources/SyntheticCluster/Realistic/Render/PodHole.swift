/// The per-pod values left open in a rendered pod (see ``ByteTemplate``).
enum PodHole: Int, CaseIterable {
  /// The pod's name.
  case name
  /// The pod's uid.
  case uid
  /// The node's name.
  case node
  /// The node's IP.
  case hostIP
  /// The pod's IP (the node's for host-network pods).
  case podIP
  /// A container id (a fresh one per container).
  case containerID
  /// When the pod started (creation and start times).
  case time
  /// The pod's own PersistentVolumeClaim (StatefulSet pods).
  case claim

  /// The marker rendered in its place.
  var marker: String { ByteTemplate.marker(rawValue) }
}
