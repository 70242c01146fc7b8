import ArgumentParser
import KubeModel
import RBAC

/// `kbaseline can SUBJECT`: the effective permissions of a user, group or ServiceAccount.
struct CanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "can",
    abstract: "Show what a subject can do: its rules cluster-wide and per namespace.",
    discussion: "SUBJECT is user:NAME, group:NAME or sa:NAMESPACE/NAME.")

  @Argument(help: "user:alice, group:devs or sa:ns/name.") var subject: String
  @OptionGroup var input: InputOptions
  @OptionGroup var rbac: RBACOptions
  @Option(name: .long, help: "Output format: table or json.") var format: TableFormat = .table

  /// The JSON document of one identity's permissions.
  struct Report: Encodable {
    struct Grant: Encodable {
      var binding: String
      var role: String
      var via: SubjectJSON?
      var rule: PolicyRule
    }
    struct Namespace: Encodable {
      var namespace: String
      var grants: [Grant]
      var ineffective: [Grant]
    }
    struct Latent: Encodable {
      var binding: String
      var role: String
    }
    var subject: SubjectJSON
    var groups: [String]
    var privileged: Bool
    var clusterWide: [Grant]
    var namespaces: [Namespace]
    var latent: [Latent]

    init(_ permissions: EffectivePermissions) {
      func grant(_ g: RBAC.Grant) -> Grant {
        let via = g.subject.flatMap { $0 == permissions.identity ? nil : SubjectJSON($0) }
        return Grant(
          binding: g.binding.description, role: g.role.description, via: via, rule: g.rule)
      }
      subject = SubjectJSON(permissions.identity)
      groups = permissions.user.groups
      privileged = permissions.isPrivileged
      clusterWide = permissions.clusterWide.map(grant)
      namespaces = permissions.namespaces.map {
        Namespace(
          namespace: $0.namespace, grants: $0.grants.map(grant),
          ineffective: $0.ineffective.map(grant))
      }
      latent = permissions.latent.map {
        Latent(binding: $0.key.description, role: $0.roleKey.description)
      }
    }
  }

  func run() async throws {
    guard let identity = Identity(argument: subject) else {
      throw CLIError("invalid subject \(subject): use user:NAME, group:NAME or sa:NAMESPACE/NAME")
    }
    let policy = RBACPolicy(snapshot: try input.load(), membership: try rbac.membership())
    let permissions = policy.permissions(for: identity)
    switch format {
    case .json: CLIOutput.write(try CLIOutput.json(Report(permissions)))
    case .table: CLIOutput.write(Self.table(permissions))
    }
  }

  /// Rules grouped by scope, each with its binding and role.
  static func table(_ p: EffectivePermissions) -> String {
    var text = "\(p.identity) (groups: \(p.user.groups.joined(separator: ", ")))\n"
    if p.isPrivileged { text += "member of system:masters: every request is allowed\n" }
    func rows(_ grants: [RBAC.Grant], note: String = "") -> [[String]] {
      grants.map { g in
        let via = g.subject.flatMap { $0 == p.identity ? nil : " via \($0)" } ?? ""
        return [RuleText.summary(g.rule) + note, g.chain + via]
      }
    }
    text += "\nCluster-wide (and in every namespace):\n"
    text += TextTable.render(header: ["RULE", "GRANTED BY"], rows: rows(p.clusterWide))
    for ns in p.namespaces {
      text += "\nNamespace \(ns.namespace):\n"
      text += TextTable.render(
        header: ["RULE", "GRANTED BY"],
        rows: rows(ns.grants) + rows(ns.ineffective, note: " (ineffective: cluster-scoped)"))
    }
    for entry in p.latent { text += "\nlatent: \(entry.key) → \(entry.roleKey) (missing role)\n" }
    return text
  }
}
