import ArgumentParser
import Baseline
import KubeModel

/// `kbaseline findings`: every finding of the baseline, as a table, JSON or SARIF.
struct FindingsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "findings",
    abstract: "List the baseline's findings (workload hardening, secrets, logging, …).",
    discussion: """
      Pod Security Standards findings carry the level (baseline/restricted) and control. \
      JSON: {"findings":[{"rule","domain","severity","target":{kind,namespace,name,container},\
      "message","pss":{level,control},"status","exception"}]}, sorted by severity, rule, target. \
      status is open, excepted (an active exception applies; exception is its id) or expired \
      (the matching exception has expired: the finding counts again).
      """)

  /// Output formats of `findings`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, sarif
  }

  @OptionGroup var input: InputOptions

  @OptionGroup var exceptions: ExceptionOptions

  @Option(name: .long, help: "Output format: table, json or sarif (SARIF 2.1.0).")
  var format: Format = .table

  func run() async throws {
    let file = try exceptions.load()
    let today = try exceptions.day()
    let snapshot = try input.load()
    let report = BaselineReport(
      snapshot: snapshot, statuses: ExceptionStatuses(file: file, today: today))
    if !input.quiet {
      ExceptionOptions.warn(about: ExceptionOptions.audits(file, report: report, today: today))
    }
    switch format {
    case .table: CLIOutput.write(FindingsText.render(report))
    case .json: CLIOutput.write(try CLIOutput.json(FindingsDocument(report)))
    case .sarif:
      let log = SARIFLog(
        report, toolVersion: KBaselineVersion.current, artifact: input.paths.first ?? "snapshot",
        exceptions: file)
      CLIOutput.write(try CLIOutput.json(log))
    }
  }
}
