import ArgumentParser
import Baseline
import Foundation
import KubeModel

/// `--exceptions FILE` and the hidden `--today` of the commands that apply exceptions.
struct ExceptionOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Exceptions file (default: \(ExceptionFile.defaultPath) in the current directory, when "
        + "it exists).", valueName: "FILE"))
  var exceptions: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Judge expiry as of this day (YYYY-MM-DD) instead of today (UTC).", visibility: .hidden))
  var today: String?

  /// The exceptions file: the named one (which must exist), else the default file when it
  /// exists, else an empty list.
  ///
  /// - Throws: ``CLIError`` `file:line: …` for an invalid file or a named file that is missing.
  func load() throws -> ExceptionFile {
    let path = exceptions ?? ExceptionFile.defaultPath
    guard FileManager.default.fileExists(atPath: path) else {
      if exceptions != nil { throw CLIError("\(path): no such exceptions file") }
      return ExceptionFile()
    }
    do {
      return try ExceptionStore(path: path).file
    } catch {
      throw CLIError(error.description)
    }
  }

  /// The day expiry is judged against: `--today`, else the current UTC day.
  func day() throws -> CalendarDate {
    guard let today else { return .today() }
    guard let date = CalendarDate(today), today.count == 10 else {
      throw CLIError("--today must be a date YYYY-MM-DD, not \(today)")
    }
    return date
  }

  /// The audit of every exception against a report's findings.
  static func audits(_ file: ExceptionFile, report: BaselineReport, today: CalendarDate)
    -> [ExceptionEvaluation.Audit]
  {
    ExceptionEvaluation(
      file: file, findings: report.findings.map(\.finding),
      knownRules: Set(report.catalogue.rules.map(\.id)), today: today
    ).audits
  }

  /// Prints a `warning: exception …` line on stderr for every expired, expiring, stale,
  /// invalid or broad exception.
  static func warn(about audits: [ExceptionEvaluation.Audit]) {
    for note in audits.compactMap(ExceptionAuditText.note) {
      CLIOutput.warn("warning: exception \(note)")
    }
  }
}
