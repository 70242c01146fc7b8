import ArgumentParser
import KubeModel
import RBAC

/// `kbaseline admins`: the effective cluster-admins, with the chains that prove it.
struct AdminsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "admins",
    abstract: "List effective cluster-admins (direct and through escalation) with their paths.")

  @OptionGroup var input: InputOptions
  @OptionGroup var rbac: RBACOptions

  @Option(name: .long, help: "Output format: table or json.")
  var format: TableFormat = .table

  /// The JSON document: `{"admins":[{"subject","how","paths":[{"steps":[{"text"}]}]}]}`.
  struct Report: Encodable {
    struct Admin: Encodable {
      var subject: SubjectJSON
      var how: String
      var paths: [Path]
    }
    struct Path: Encodable { var steps: [Step] }
    struct Step: Encodable { var text: String }
    var admins: [Admin]

    init(_ result: EffectiveAdmins) {
      admins = result.admins.map { entry in
        Admin(
          subject: SubjectJSON(entry.identity), how: entry.how.rawValue,
          paths: entry.paths.map { Path(steps: $0.steps.map { Step(text: $0.text) }) })
      }
    }
  }

  func run() async throws {
    let snapshot = try input.load()
    let policy = RBACPolicy(snapshot: snapshot, membership: try rbac.membership())
    let result = EffectiveAdmins(policy: policy, snapshot: snapshot)
    switch format {
    case .json: CLIOutput.write(try CLIOutput.json(Report(result)))
    case .table: CLIOutput.write(Self.table(result))
    }
  }

  /// The table form: admins by group with their first path, namespace admins, latent grants.
  static func table(_ result: EffectiveAdmins) -> String {
    var lines = ["Effective cluster-admins (\(result.admins.count))"]
    for (category, admins) in result.grouped {
      lines.append("")
      lines.append("\(category.title) (\(admins.count))")
      for admin in admins {
        let paths = admin.pathCount == 1 ? "1 path" : "\(admin.pathCount) paths"
        lines.append("  \(admin.identity)  [\(admin.how.rawValue), \(paths)]")
        for (index, step) in (admin.paths.first?.steps ?? []).enumerated() {
          lines.append("      \(index + 1). \(step.text)")
        }
      }
    }
    if !result.namespaceAdmins.isEmpty {
      lines.append("")
      lines.append("Namespace admins, not cluster-admin (\(result.namespaceAdmins.count))")
      for entry in result.namespaceAdmins {
        lines.append("  \(entry.identity)  [\(entry.namespaces.joined(separator: ", "))]")
      }
    }
    if !result.latentBindings.isEmpty {
      lines.append("")
      lines.append("Latent grants: bindings to missing roles (\(result.latentBindings.count))")
      for entry in result.latentBindings {
        lines.append("  \(entry.key) → \(entry.roleKey)")
      }
    }
    lines.append("")
    lines.append("Assumptions: " + result.assumptions.descriptions.joined(separator: "; "))
    return lines.joined(separator: "\n") + "\n"
  }
}
