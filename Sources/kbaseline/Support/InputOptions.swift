import ArgumentParser
import KubeModel

/// The snapshot inputs every analysis command takes.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Snapshot files, kubectl output or manifest directories (merged).", valueName: "PATH"))
  var paths: [String]

  @Flag(name: .long, help: "Do not print load warnings on standard error.")
  var quiet = false

  /// Loads the inputs, printing warnings on stderr unless `--quiet`.
  func load() throws -> Snapshot { try Self.load(paths: paths, quiet: quiet) }

  /// Loads `paths`, printing warnings on stderr unless `quiet`.
  static func load(paths: [String], quiet: Bool) throws -> Snapshot {
    let snapshot = try SnapshotLoader().load(paths: paths)
    if !quiet {
      for warning in snapshot.warnings { CLIOutput.warn("warning: \(warning)") }
    }
    return snapshot
  }
}
