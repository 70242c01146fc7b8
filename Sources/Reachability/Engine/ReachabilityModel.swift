import KubeModel

/// A snapshot compiled for reachability.
///
/// Pod classes, peers, compiled policies, external atoms and the isolation bitsets
/// (spec §5). Immutable once built; every view is derived
/// from it.
public final class ReachabilityModel: Sendable {
  /// The forks in force.
  public let options: ReachabilityOptions
  /// Namespace names, sorted (every Namespace object plus every namespace holding a peer).
  public let namespaces: [String]
  /// Namespace labels (with `kubernetes.io/metadata.name`), parallel to ``namespaces``.
  public let namespaceLabels: [[String: String]]
  /// The pod classes, contiguous per namespace.
  public let classes: [PodClass]
  /// For each namespace, the range of its classes.
  public let namespaceRanges: [Range<Int>]
  /// The analysed pods.
  public let pods: [Pod]
  /// For each analysed pod, its class.
  public let classOfPod: [Int]
  /// For each analysed pod, its peer.
  public let peerOfPod: [Int]
  /// The np-guard peers, sorted.
  public let peers: [WorkloadPeer]
  /// For each peer, the top controller of its pods: the identity findings attach to.
  ///
  /// `Deployment/ns/api` for the peer `ns/api-7d9f[ReplicaSet]`, as in the other engines;
  /// peer names themselves stay np-guard's (immediate owner).
  public let workloadOfPeer: [ObjectKey]
  /// For each peer, its classes (more than one: a heterogeneous workload).
  public let classesOfPeer: [[Int]]
  /// For each class, its peers.
  public let peersOfClass: [[Int]]
  /// The compiled policies, in snapshot order.
  public let policies: [CompiledPolicy]
  /// The compiled rules of all policies.
  let rules: [CompiledRule]
  /// External source peers (from ingress ipBlocks).
  public let sourceAtoms: ExternalAtoms
  /// External destination peers (from egress ipBlocks).
  public let destinationAtoms: ExternalAtoms
  /// Classes isolated for ingress.
  public let ingressIsolated: ClassSet
  /// Classes isolated for egress.
  public let egressIsolated: ClassSet
  /// For each class, the ingress rules that apply to it (from policies selecting it).
  let ingressRulesOf: [[Int]]
  /// For each class, the egress rules that apply to it.
  let egressRulesOf: [[Int]]
  /// For each class, the policies that select it and isolate ingress / egress.
  let isolatingPolicies: [(ingress: [Int], egress: [Int])]
  /// Pods of a live capture excluded as unscheduled.
  public let unscheduledCount: Int
  /// Every class (shared storage for "all peers").
  let everyClass: ClassSet
  /// Per node, its node-traffic classes (hostNetwork-as-node fork only).
  let nodeTrafficOfNode: [Int: ClassSet]

  /// Compiles a snapshot.
  ///
  /// - Complexity: O(*p* + *C*·*P*/64 + selector work) for *p* pods, *C* classes and *P*
  ///   policies.
  public init(snapshot: Snapshot, options: ReachabilityOptions = ReachabilityOptions()) {
    self.options = options
    let table = PeerTable(snapshot: snapshot, options: options)
    var labelsByName: [String: [String: String]] = [:]
    for ns in snapshot.namespaces { labelsByName[ns.name] = ns.labels }
    let extra = table.pods.map(\.namespace) + snapshot.networkPolicies.map(\.namespace)
    for name in extra where labelsByName[name] == nil {
      labelsByName[name] = [Namespace.nameLabel: name]
    }
    namespaces = labelsByName.keys.sorted()
    namespaceLabels = namespaces.map { labelsByName[$0]! }
    let namespaceIndex = Dictionary(uniqueKeysWithValues: namespaces.enumerated().map { ($1, $0) })

    var blocks = IPBlockTable(snapshot.networkPolicies)
    sourceAtoms = ExternalAtoms(sets: Array(blocks.ingressSets))
    destinationAtoms = ExternalAtoms(sets: Array(blocks.egressSets))

    let (keys, portNames) = Self.references(snapshot.networkPolicies)
    let classifier = PodClassifier(
      pods: table.pods, namespaceIndex: namespaceIndex, namespaceCount: namespaces.count,
      keys: keys, portNames: portNames, options: options, sourceAtoms: sourceAtoms,
      destinationAtoms: destinationAtoms)
    classes = classifier.classes
    namespaceRanges = classifier.namespaceRanges
    pods = table.pods
    classOfPod = classifier.classOfPod
    peerOfPod = table.peerOfPod
    peers = table.peers
    workloadOfPeer = table.workloadOfPeer
    unscheduledCount = table.unscheduledCount
    var ofPeer = [Set<Int>](repeating: [], count: peers.count)
    for (pod, cls) in classOfPod.enumerated() { ofPeer[peerOfPod[pod]].insert(cls) }
    classesOfPeer = ofPeer.map { $0.sorted() }
    var ofClass = [[Int]](repeating: [], count: classes.count)
    for (peer, list) in classesOfPeer.enumerated() { for cls in list { ofClass[cls].append(peer) } }
    peersOfClass = ofClass
    everyClass = .full(capacity: classes.count)
    var byNode: [Int: ClassSet] = [:]
    for (index, cls) in classes.enumerated() where cls.isNodeTraffic {
      if let node = cls.node {
        byNode[node, default: ClassSet(capacity: classes.count)].insert(index)
      }
    }
    nodeTrafficOfNode = byNode

    var evaluator = SelectorEvaluator(
      classes: classes, namespaceRanges: namespaceRanges, namespaceLabels: namespaceLabels)
    let compiler = PolicyCompiler(
      policies: snapshot.networkPolicies, namespaceIndex: namespaceIndex, classes: classes,
      evaluator: &evaluator, blocks: &blocks, sourceAtoms: sourceAtoms,
      destinationAtoms: destinationAtoms)
    policies = compiler.policies
    rules = compiler.rules

    var inIso = ClassSet(capacity: classes.count)
    var outIso = ClassSet(capacity: classes.count)
    var inRules = [[Int]](repeating: [], count: classes.count)
    var outRules = [[Int]](repeating: [], count: classes.count)
    var isolating = [(ingress: [Int], egress: [Int])](
      repeating: ([], []), count: classes.count)
    for (index, policy) in policies.enumerated() {
      policy.subjects.forEach { cls in
        if policy.isolatesIngress {
          inIso.insert(cls)
          inRules[cls] += policy.ingressRules
          isolating[cls].ingress.append(index)
        }
        if policy.isolatesEgress {
          outIso.insert(cls)
          outRules[cls] += policy.egressRules
          isolating[cls].egress.append(index)
        }
      }
    }
    ingressIsolated = inIso
    egressIsolated = outIso
    ingressRulesOf = inRules
    egressRulesOf = outRules
    isolatingPolicies = isolating
  }

  /// The label keys pod selectors read and the named ports rules use.
  static func references(_ policies: [NetworkPolicy]) -> (Set<String>, Set<String>) {
    var keys = Set<String>()
    var names = Set<String>()
    for policy in policies {
      keys.formUnion(policy.spec.podSelector.referencedKeys)
      for rule in (policy.spec.ingress ?? []) + (policy.spec.egress ?? []) {
        for peer in rule.peers ?? [] {
          if let selector = peer.podSelector { keys.formUnion(selector.referencedKeys) }
        }
        for port in rule.ports ?? [] {
          if case .string(let name) = port.port { names.insert(name) }
        }
      }
    }
    return (keys, names)
  }

  /// The index of a namespace by name.
  public func namespaceIndex(of name: String) -> Int? {
    var lo = 0
    var hi = namespaces.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if namespaces[mid] == name { return mid }
      if namespaces[mid] < name { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
  }
}
