import ArgumentParser
import Baseline
import KubeModel

/// `kbaseline check`: a CI gate; fails when findings that count (open, or under an expired
/// exception) reach a severity.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Exit 1 when open findings reach a severity (a CI gate); exceptions apply.",
    discussion: """
      Exit status: 0 when no finding at or above --fail-on counts (open, or matched only by an \
      expired exception), 1 when some do (listed on stdout, one per line: severity, rule, \
      target, message), 2 on bad input, an invalid exceptions file or an invalid option. \
      Expired, expiring, stale, invalid and broad exceptions are reported on stderr.
      """)

  /// The severities `--fail-on` accepts.
  enum Threshold: String, ExpressibleByArgument, CaseIterable {
    case critical, high, medium, low

    /// The severity.
    var severity: Severity {
      switch self {
      case .critical: .critical
      case .high: .high
      case .medium: .medium
      case .low: .low
      }
    }
  }

  @OptionGroup var input: InputOptions

  @OptionGroup var exceptions: ExceptionOptions

  @Option(name: .long, help: "Lowest severity that fails: critical, high, medium or low.")
  var failOn: Threshold = .high

  func run() async throws {
    let file = try exceptions.load()
    let today = try exceptions.day()
    let report = BaselineReport(
      snapshot: try input.load(), statuses: ExceptionStatuses(file: file, today: today))
    ExceptionOptions.warn(about: ExceptionOptions.audits(file, report: report, today: today))
    let gate = CheckGate(report, failOn: failOn.severity)
    var lines = gate.lines
    let excepted = gate.excepted == 0 ? "" : " (\(gate.excepted) excepted)"
    if gate.passed {
      lines.append("check passed: no open finding at \(failOn.rawValue) or above\(excepted)")
    } else {
      let expired = gate.failing.filter { $0.status == .expired }.count
      let note = expired == 0 ? "" : ", \(expired) with expired exceptions"
      lines.append(
        "check failed: \(ExceptionAuditText.findings(gate.failing.count)) at "
          + "\(failOn.rawValue) or above\(note)\(excepted)")
    }
    CLIOutput.write(lines.joined(separator: "\n") + "\n")
    if !gate.passed { throw ExitCode(1) }
  }
}
