import KubeModel

/// Groups pods into ``PodClass``es (spec §5 steps 1–2).
struct PodClassifier {
  /// The classes, ordered by namespace so each namespace's classes are contiguous.
  private(set) var classes: [PodClass] = []
  /// For each pod, its class index.
  private(set) var classOfPod: [Int] = []
  /// For each namespace, the range of its classes.
  private(set) var namespaceRanges: [Range<Int>] = []
  /// Node names (`spec.nodeName`, else `status.hostIP`), when the hostNetwork-as-node fork
  /// is on.
  private(set) var nodes: [String] = []

  private struct Key: Hashable {
    var namespace: Int
    var labels: [String: String]
    var ports: [String: [PodClass.NamedPortTarget]]
    var nodeTraffic: Bool
    var node: Int
    var sourceAtom: Int
    var destinationAtom: Int
  }

  /// Classifies pods.
  ///
  /// - Complexity: O(*p*·(*k* + *n*)) for *p* pods, *k* referenced keys, *n* named ports,
  ///   plus sorting the classes.
  init(
    pods: [Pod], namespaceIndex: [String: Int], namespaceCount: Int, keys: Set<String>,
    portNames: Set<String>, options: ReachabilityOptions, sourceAtoms: ExternalAtoms,
    destinationAtoms: ExternalAtoms
  ) {
    var slotOfKey: [Key: Int] = [:]
    var drafts: [PodClass] = []
    var slotOfPod: [Int] = []
    var nodeIndex: [String: Int] = [:]
    let sortedKeys = keys.sorted()
    for pod in pods {
      let ns = namespaceIndex[pod.namespace]!
      var labels: [String: String] = [:]
      for key in sortedKeys { if let value = pod.metadata.labels[key] { labels[key] = value } }
      var ports: [String: [PodClass.NamedPortTarget]] = [:]
      if !portNames.isEmpty {
        for container in pod.spec.containers {
          for port in container.ports {
            guard let name = port.name, portNames.contains(name),
              let proto = NetworkProtocol(apiValue: port.protocol)
            else { continue }
            ports[name, default: []].append(.init(proto: proto, port: port.containerPort))
          }
        }
      }
      let hostNetwork = pod.spec.hostNetwork == true
      let nodeTraffic = hostNetwork && options.hostNetworkAsNode
      var sourceAtom: Int?
      var destinationAtom: Int?
      if options.ipBlockMatchesPods || nodeTraffic,
        let address = Self.address(of: pod, nodeTraffic: nodeTraffic)
      {
        sourceAtom = sourceAtoms.index(of: address)
        destinationAtom = destinationAtoms.index(of: address)
      }
      var node: Int?
      if options.hostNetworkAsNode, let name = pod.spec.nodeName ?? pod.status.hostIP {
        if nodeIndex[name] == nil {
          nodeIndex[name] = nodes.count
          nodes.append(name)
        }
        node = nodeIndex[name]
      }
      let key = Key(
        namespace: ns, labels: labels, ports: ports.mapValues { $0.sorted() },
        nodeTraffic: nodeTraffic, node: node ?? -1, sourceAtom: sourceAtom ?? -1,
        destinationAtom: destinationAtom ?? -1)
      let slot: Int
      if let known = slotOfKey[key] {
        slot = known
      } else {
        slot = drafts.count
        slotOfKey[key] = slot
        drafts.append(
          PodClass(
            namespaceIndex: ns, labels: labels, namedPorts: key.ports, isNodeTraffic: nodeTraffic,
            node: node, sourceAtom: sourceAtom, destinationAtom: destinationAtom, podCount: 0))
      }
      drafts[slot].podCount += 1
      slotOfPod.append(slot)
    }
    // Slots are in first-seen order; a stable sort by namespace keeps that order inside one.
    let order = drafts.indices.sorted {
      (drafts[$0].namespaceIndex, $0) < (drafts[$1].namespaceIndex, $1)
    }
    var indexOfSlot = [Int](repeating: 0, count: drafts.count)
    for (position, slot) in order.enumerated() { indexOfSlot[slot] = position }
    classes = order.map { drafts[$0] }
    classOfPod = slotOfPod.map { indexOfSlot[$0] }
    var ranges = [Range<Int>](repeating: 0..<0, count: namespaceCount)
    var start = 0
    for ns in 0..<namespaceCount {
      var end = start
      while end < classes.count && classes[end].namespaceIndex == ns { end += 1 }
      ranges[ns] = start..<end
      start = end
    }
    namespaceRanges = ranges
  }

  /// The IPv4 address ipBlocks see for a pod: its node IP when it is node traffic, else its
  /// first pod IP.
  static func address(of pod: Pod, nodeTraffic: Bool) -> UInt32? {
    let text =
      nodeTraffic
      ? (pod.status.hostIP ?? pod.status.podIP)
      : (pod.status.podIPs.first?.ip ?? pod.status.podIP)
    return text.flatMap(IPv4Ranges.address)
  }
}
