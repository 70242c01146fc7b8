import Yams

extension ExceptionFile {
  /// The generated header that documents the format for reviewers.
  public static let header = """
    # kbaseline exceptions: deliberate, documented deviations from the security baseline.
    # Review changes to this file like code. It is written by kbaseline (TUI key `x`, or by
    # hand); entries are kept sorted by id so diffs stay small.
    #
    # Each entry under `exceptions:`
    #   id             stable identifier, EXC- and four digits; never reused.
    #   rule           the baseline rule excepted (see `kbaseline findings`), e.g. workload.privileged.
    #   target         what is excepted:
    #     kind           Deployment, StatefulSet, DaemonSet, CronJob, Job, Pod, Namespace,
    #                    ServiceAccount, User, Group, RoleBinding, ClusterRoleBinding, NetworkPolicy…
    #     namespace      the target's namespace (omit for cluster-scoped targets and users/groups).
    #     name           the exact name. A pattern needs `match: prefix` or `match: glob` and is
    #                    reported as broad.
    #     container      optional: only this container (omit to cover every container).
    #   value          optional binding to the finding's current value; when the value changes the
    #                  exception stops applying. One of {equals: X}, {oneOf: [..]} or
    #                  {subsetOf: [..]}, with an optional `path` (the finding's field path).
    #   justification  required: why the deviation is accepted (may span several lines).
    #   owner          required: the team or person accountable.
    #   requestedBy    who asked for it.      approvedBy   who approved it.
    #   ticket         the tracking ticket.   created      YYYY-MM-DD.
    #   expires        required, YYYY-MM-DD. After this day the finding counts again (status
    #                  "expired") and fails `kbaseline check`.
    #
    # Status of an exception: active, expiring (30 days or less left), expired, stale (matches no
    # finding in the snapshot), invalid (unknown rule, bad date). Unknown fields are kept.

    """

  /// The file's text: the header, then the YAML document.
  public func render() throws -> String {
    var top: [(Yams.Node, Yams.Node)] = [
      (Node("apiVersion"), Node(Self.apiVersion)), (Node("kind"), Node(Self.kind)),
    ]
    top += unknownFields.map { (Node($0.key), $0.node) }
    let items = sortedEntries.map(Self.node(for:))
    top.append((Node("exceptions"), Node(items)))
    let yaml = try Yams.serialize(node: Node(top), indent: 2, width: -1, allowUnicode: true)
    return Self.header + yaml
  }

  private static func node(for entry: ExceptionEntry) -> Yams.Node {
    var pairs: [(Yams.Node, Yams.Node)] = [
      (Node("id"), Node(entry.id)), (Node("rule"), Node(entry.rule)),
      (Node("target"), targetNode(entry.target)),
    ]
    if let value = entry.value { pairs.append((Node("value"), bindingNode(value))) }
    pairs.append((Node("justification"), text(entry.justification)))
    pairs.append((Node("owner"), Node(entry.owner)))
    let optionals: [(String, String?)] = [
      ("requestedBy", entry.requestedBy), ("approvedBy", entry.approvedBy),
      ("ticket", entry.ticket), ("created", entry.created),
    ]
    for case (let key, let value?) in optionals { pairs.append((Node(key), Node(value))) }
    pairs.append((Node("expires"), Node(entry.expires)))
    pairs += entry.unknownFields.map { (Node($0.key), $0.node) }
    return Node(pairs)
  }

  private static func targetNode(_ target: ExceptionTarget) -> Yams.Node {
    var pairs: [(Yams.Node, Yams.Node)] = [(Node("kind"), Node(target.kind))]
    if !target.namespace.isEmpty { pairs.append((Node("namespace"), Node(target.namespace))) }
    pairs.append((Node("name"), Node(target.name)))
    if let container = target.container { pairs.append((Node("container"), Node(container))) }
    if target.match != .exact { pairs.append((Node("match"), Node(target.match.rawValue))) }
    return Node(pairs)
  }

  private static func bindingNode(_ binding: ValueBinding) -> Yams.Node {
    var pairs: [(Yams.Node, Yams.Node)] = []
    if let path = binding.path { pairs.append((Node("path"), Node(path))) }
    switch binding.constraint {
    case .equals(let value): pairs.append((Node("equals"), Node(value)))
    case .oneOf(let values): pairs.append((Node("oneOf"), Node(values.map { Node($0) })))
    case .subsetOf(let values): pairs.append((Node("subsetOf"), Node(values.map { Node($0) })))
    }
    return Node(pairs)
  }

  /// A scalar, written as a literal block when it spans lines.
  private static func text(_ value: String) -> Yams.Node {
    guard value.contains("\n") else { return Node(value) }
    let body = value.hasSuffix("\n") ? value : value + "\n"
    return .scalar(.init(body, .implicit, .literal))
  }
}
