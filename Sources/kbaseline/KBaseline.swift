import ArgumentParser
import Foundation
import KubeModel

/// The `kbaseline` command: explore and check the security baseline of a Kubernetes cluster.
@main
struct KBaseline: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kbaseline",
    abstract: "Explore and check the security baseline of a Kubernetes cluster.",
    discussion: """
      Inputs (PATH): kbaseline snapshot files (.json, .json.gz), kubectl output \
      (kind: List, JSON or YAML), multi-document YAML, or directories of them.
      """,
    version: KBaselineVersion.current,
    subcommands: [
      ExploreCommand.self,
      SummaryCommand.self,
      AdminsCommand.self,
      WhoCanCommand.self,
      CanCommand.self,
      RBACGraphCommand.self,
      FindingsCommand.self,
      CheckCommand.self,
      ReportCommand.self,
      ReachCommand.self,
      SnapshotCommand.self,
      BenchCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )

  /// Runs the command; bad input and invalid options exit with status 2 and one line on stderr.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as LoadError {
      CLIOutput.fail("error: \(error)")
    } catch let error as CLIError {
      CLIOutput.fail("error: \(error)")
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        CLIOutput.fail(fullMessage(for: error))
      }
      exit(withError: error)
    }
  }
}
