import ArgumentParser

/// `--format table|json` of the RBAC commands.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}
