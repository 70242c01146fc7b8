import ArgumentParser
import Baseline
import KubeModel

/// `kbaseline report`: the audit evidence, as Markdown or one self-contained HTML file.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the audit evidence (Markdown or self-contained, printable HTML).",
    discussion: """
      Per domain (identity & access, network, secrets & configuration, workload hardening, \
      logging & detection): the baseline statement, the controls checked, the current state \
      with figures, and every deviation with its justification, owner, approver, ticket and \
      expiry; then expired, expiring, stale, invalid and broad exceptions.
      """)

  /// Output formats of `report`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, html
  }

  @OptionGroup var input: InputOptions

  @OptionGroup var exceptions: ExceptionOptions

  @Option(name: .long, help: "Output format: markdown or html.")
  var format: Format = .markdown

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE (atomically).", valueName: "FILE"))
  var output: String?

  func run() async throws {
    let file = try exceptions.load()
    let today = try exceptions.day()
    let snapshot = try input.load()
    let context = BaselineContext(snapshot: snapshot)
    let report = BaselineReport(
      snapshot: snapshot, context: context, statuses: ExceptionStatuses(file: file, today: today))
    let audit = AuditReport(
      snapshot: snapshot, report: report, context: context, exceptions: file, today: today)
    let tool = "kbaseline \(KBaselineVersion.current)"
    let text =
      switch format {
      case .markdown: AuditMarkdown.render(audit, tool: tool)
      case .html: AuditHTML.render(audit, tool: tool)
      }
    guard let output, output != "-" else { return CLIOutput.write(text) }
    do { try ReportFile.write(text, to: output) } catch { throw CLIError(error.description) }
  }
}
