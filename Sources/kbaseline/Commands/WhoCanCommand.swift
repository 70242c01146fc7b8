import ArgumentParser
import KubeModel
import RBAC

/// `kbaseline who-can VERB RESOURCE[/SUB]`: every subject allowed, with the granting bindings.
struct WhoCanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "who-can",
    abstract: "List who can perform an action, with the bindings and roles that grant it.",
    discussion: """
      Without -n only ClusterRoleBindings count (the request is cluster-wide). Without \
      --api-group the group is taken from the built-in table (deployments → apps), else core.
      """)

  @Argument(help: "The verb, e.g. get, create, escalate.") var verb: String
  @Argument(help: "The resource (pods, pods/exec) or a non-resource URL (/healthz).")
  var resource: String
  @OptionGroup var input: InputOptions

  @Option(name: [.customShort("n"), .customLong("namespace")], help: "The namespace.")
  var namespace: String = ""
  @Option(name: .long, help: "The object name.") var name: String = ""
  @Option(name: .customLong("api-group"), help: "The API group (core is \"\").") var apiGroup:
    String?
  @Option(name: .long, help: "Output format: table or json.") var format: TableFormat = .table

  /// The JSON document: `{"subjects":[{"kind","name","namespace","via":[{"binding","role"}]}]}`.
  struct Report: Encodable {
    struct Subject: Encodable {
      var kind: String
      var name: String
      var namespace: String?
      var via: [Via]
    }
    struct Via: Encodable, Hashable {
      var binding: String
      var role: String
    }
    var subjects: [Subject]

    init(_ result: WhoCanResult) {
      subjects = result.subjects.map { subject in
        let json = SubjectJSON(subject.identity)
        var via: [Via] = []
        for grant in subject.via {
          let entry = Via(binding: grant.binding.description, role: grant.role.description)
          if !via.contains(entry) { via.append(entry) }
        }
        return Subject(kind: json.kind, name: json.name, namespace: json.namespace, via: via)
      }
    }
  }

  /// The request the arguments describe.
  static func request(
    verb: String, resource: String, apiGroup: String?, namespace: String, name: String
  ) -> AccessRequest {
    if resource.hasPrefix("/") { return AccessRequest(verb: verb, path: resource) }
    let base = String(resource.split(separator: "/").first ?? "")
    return AccessRequest(
      verb: verb, apiGroup: apiGroup ?? ResourceScope.defaultGroup(of: base),
      combinedResource: resource, name: name, namespace: namespace)
  }

  func run() async throws {
    let policy = RBACPolicy(snapshot: try input.load())
    let request = Self.request(
      verb: verb, resource: resource, apiGroup: apiGroup, namespace: namespace, name: name)
    let result = policy.whoCan(request)
    switch format {
    case .json: CLIOutput.write(try CLIOutput.json(Report(result)))
    case .table:
      if let note = result.note { CLIOutput.warn("note: \(note)") }
      CLIOutput.write(Self.table(result))
    }
  }

  /// One row per subject and granting binding.
  static func table(_ result: WhoCanResult) -> String {
    var rows: [[String]] = []
    for subject in result.subjects {
      let id = subject.identity
      let via = subject.via.isEmpty ? ["(allowed before RBAC)"] : subject.via.map(\.chain)
      for (index, chain) in via.enumerated() {
        rows.append(
          index == 0 ? [id.kind.rawValue, id.namespace, id.name, chain] : ["", "", "", chain])
      }
    }
    var text = "Who can \(result.request):\n"
    text += TextTable.render(header: ["KIND", "NAMESPACE", "NAME", "VIA"], rows: rows)
    for entry in result.unresolved {
      text += "latent: \(entry.key) → \(entry.roleKey) (\(entry.problem ?? "missing role"))\n"
    }
    return text
  }
}
