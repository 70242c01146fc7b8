import KubeModel

/// Evaluates label selectors over pod classes and namespaces, once per (selector, namespace)
/// (spec §5 step 3), using label postings to look only at candidate classes.
struct SelectorEvaluator {
  private let classes: [PodClass]
  private let namespaceRanges: [Range<Int>]
  private let namespaceLabels: [[String: String]]
  private var postings: [String: [String: [Int]]] = [:]
  private var namespacePostings: [String: [String: [Int]]] = [:]
  private var memo: [Memo: [Int]] = [:]
  private var namespaceMemo: [LabelSelector: [Int]] = [:]
  private var peerMemo: [PeerMemo: ClassSet] = [:]
  private let everySelectable: Bool

  private struct Memo: Hashable {
    var selector: LabelSelector
    var namespace: Int
  }

  private struct PeerMemo: Hashable {
    var pods: LabelSelector?
    var namespaces: LabelSelector
  }

  init(classes: [PodClass], namespaceRanges: [Range<Int>], namespaceLabels: [[String: String]]) {
    self.classes = classes
    self.namespaceRanges = namespaceRanges
    self.namespaceLabels = namespaceLabels
    everySelectable = !classes.contains(where: \.isNodeTraffic)
    for (index, labels) in namespaceLabels.enumerated() {
      for (key, value) in labels {
        namespacePostings[key, default: [:]][value, default: []].append(index)
      }
    }
    for (index, cls) in classes.enumerated() {
      for (key, value) in cls.labels {
        postings[key, default: [:]][value, default: []].append(index)
      }
    }
  }

  /// The namespaces (indices) a namespaceSelector matches.
  mutating func namespaces(matching selector: LabelSelector) -> [Int] {
    if let known = namespaceMemo[selector] { return known }
    let pool =
      Self.candidates(selector, postings: namespacePostings, whole: 0..<namespaceLabels.count)
      ?? ArraySlice(namespaceLabels.indices)
    let result = pool.filter { selector.matches(namespaceLabels[$0]) }
    namespaceMemo[selector] = result
    return result
  }

  /// The classes of one namespace a pod selector matches, ascending.
  mutating func classes(matching selector: LabelSelector, in namespace: Int) -> [Int] {
    let memoKey = Memo(selector: selector, namespace: namespace)
    if let known = memo[memoKey] { return known }
    let range = namespaceRanges[namespace]
    var result: [Int] = []
    if selector.validationError == nil {
      if selector.isEmpty && everySelectable {
        result = Array(range)
      } else {
        let pool = Self.candidates(selector, postings: postings, whole: range) ?? ArraySlice(range)
        for index in pool
        where !classes[index].isNodeTraffic && selector.matches(classes[index].labels) {
          result.append(index)
        }
      }
    }
    memo[memoKey] = result
    return result
  }

  /// Adds the classes a peer's selectors match to `set`.
  ///
  /// A peer with a namespaceSelector does not depend on the policy's namespace, so its class
  /// set is computed once.
  mutating func insert(
    podSelector: LabelSelector?, namespaceSelector: LabelSelector?, policyNamespace: Int,
    into set: inout ClassSet
  ) {
    guard let namespaceSelector else {
      insert(podSelector: podSelector, namespaces: [policyNamespace], into: &set)
      return
    }
    let key = PeerMemo(pods: podSelector, namespaces: namespaceSelector)
    if let known = peerMemo[key] {
      set.formUnion(known)
      return
    }
    var peer = ClassSet(capacity: set.capacity)
    insert(
      podSelector: podSelector, namespaces: namespaces(matching: namespaceSelector), into: &peer)
    peerMemo[key] = peer
    set.formUnion(peer)
  }

  private mutating func insert(
    podSelector: LabelSelector?, namespaces spaces: [Int], into set: inout ClassSet
  ) {
    if podSelector == nil && everySelectable && spaces.count == namespaceRanges.count {
      set.insert(range: 0..<classes.count)
      return
    }
    for ns in spaces {
      if let pods = podSelector {
        for index in classes(matching: pods, in: ns) { set.insert(index) }
      } else if everySelectable {
        set.insert(range: namespaceRanges[ns])
      } else {
        for index in namespaceRanges[ns] where !classes[index].isNodeTraffic { set.insert(index) }
      }
    }
  }

  /// The smallest posting list a selector's positive terms allow, restricted to a range;
  /// `nil` when the selector has no positive term (every object is a candidate).
  private static func candidates(
    _ selector: LabelSelector, postings: [String: [String: [Int]]], whole range: Range<Int>
  ) -> ArraySlice<Int>? {
    var best: ArraySlice<Int>?
    func consider(_ list: [Int]?) {
      let slice = Self.slice(list ?? [], to: range)
      if best == nil || slice.count < best!.count { best = slice }
    }
    for (key, value) in selector.matchLabels { consider(postings[key]?[value]) }
    for requirement in selector.matchExpressions
    where requirement.operator == "In" && requirement.values.count == 1 {
      consider(postings[requirement.key]?[requirement.values[0]])
    }
    return best
  }

  /// The part of an ascending list inside a range (binary search).
  private static func slice(_ list: [Int], to range: Range<Int>) -> ArraySlice<Int> {
    func lowerBound(_ value: Int) -> Int {
      var lo = 0
      var hi = list.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if list[mid] < value { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    return list[lowerBound(range.lowerBound)..<lowerBound(range.upperBound)]
  }
}
