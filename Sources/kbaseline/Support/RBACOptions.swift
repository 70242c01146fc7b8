import ArgumentParser
import RBAC

/// Options shared by the RBAC commands: the user → groups membership file.
struct RBACOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "YAML map of user name to groups (membership a snapshot cannot see).", valueName: "FILE"))
  var groups: String?

  /// The membership map, empty without `--groups`.
  func membership() throws -> GroupMembership {
    guard let groups else { return .empty }
    do {
      return try GroupMembership.load(path: groups)
    } catch {
      throw CLIError(error.description)
    }
  }
}
