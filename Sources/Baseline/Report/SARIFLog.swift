import Foundation
import KubeModel

/// A SARIF 2.1.0 log of a baseline report, for code-scanning tools.
///
/// One run, one rule per catalogue entry (with help text), one result per finding. Results
/// point at the first input path (objects carry no file positions) and name the Kubernetes
/// object as a logical location; `partialFingerprints` keep results stable across runs.
public struct SARIFLog: Encodable, Sendable {
  /// The SARIF schema URI.
  public var schema = "https://json.schemastore.org/sarif-2.1.0.json"
  /// `2.1.0`.
  public var version = "2.1.0"
  /// The single run.
  public var runs: [Run]

  private enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }

  /// Builds the log of a report.
  ///
  /// Excepted findings become results with an external suppression whose justification is the
  /// exception's (from `exceptions`, the file the statuses came from); findings of expired
  /// exceptions stay unsuppressed and name the exception in their properties.
  ///
  /// - Complexity: O(*r* + *f* + *e*) for rules, findings and exceptions.
  public init(
    _ report: BaselineReport, toolVersion: String, artifact: String,
    exceptions: ExceptionFile = ExceptionFile()
  ) {
    let entries = Dictionary(
      exceptions.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let rules = report.catalogue.rules
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    let results = report.findings.map { item -> Result in
      let f = item.finding
      return Result(
        ruleId: f.rule, ruleIndex: ruleIndex[f.rule] ?? 0, level: Self.level(f.severity),
        message: .init(text: f.message + (f.fieldPath.map { " (\($0))" } ?? "")),
        locations: [
          .init(
            physicalLocation: .init(
              artifactLocation: .init(uri: artifact), region: .init(startLine: 1)),
            logicalLocations: [.init(fullyQualifiedName: f.target.description, kind: "resource")])
        ],
        partialFingerprints: ["kbaselineFinding/v1": "\(f.rule)|\(f.target.description)"],
        suppressions: item.status.counts
          ? nil : [Self.suppression(item.exception, entry: item.exception.flatMap { entries[$0] })],
        properties: .init(
          severity: f.severity.rawValue, status: item.status.rawValue, exception: item.exception,
          pss: f.pss))
    }
    let driver = Driver(
      name: "kbaseline", version: toolVersion,
      informationUri: "https://github.com/kbaseline/kbaseline",
      rules: rules.map(Self.descriptor))
    runs = [Run(tool: .init(driver: driver), results: results)]
  }

  /// The suppression of an excepted result: the exception's id, justification and owner.
  static func suppression(_ id: String?, entry: ExceptionEntry?) -> Suppression {
    guard let entry else {
      return Suppression(
        kind: "external", status: "accepted", justification: "exception \(id ?? "")")
    }
    var text = "\(entry.id): \(entry.justification.trimmingCharacters(in: .whitespacesAndNewlines))"
    text += " (owner \(entry.owner)"
    if let approver = entry.approvedBy { text += ", approved by \(approver)" }
    if let ticket = entry.ticket { text += ", ticket \(ticket)" }
    text += ", expires \(entry.expires))"
    return Suppression(kind: "external", status: "accepted", justification: text)
  }

  /// The SARIF level of a severity.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .critical, .high: "error"
    case .medium: "warning"
    case .low, .info: "note"
    }
  }

  /// The `security-severity` score GitHub uses to rank results.
  static func score(_ severity: Severity) -> String {
    switch severity {
    case .critical: "9.5"
    case .high: "8.0"
    case .medium: "5.5"
    case .low: "3.0"
    case .info: "1.0"
    }
  }

  /// The reporting descriptor of a rule, with help text.
  static func descriptor(_ rule: Rule) -> RuleDescriptor {
    let refs = rule.references.map { "- \($0)" }.joined(separator: "\n")
    let text = "\(rule.summary)\n\nWhy: \(rule.rationale)\n\nFix: \(rule.remediation)"
    let markdown =
      "**\(rule.title)**\n\n\(rule.summary)\n\n**Why it matters.** \(rule.rationale)\n\n"
      + "**How to fix.** \(rule.remediation)"
      + (refs.isEmpty ? "" : "\n\n**References**\n\n\(refs)")
    var tags = ["security", "kubernetes", rule.domain.rawValue]
    if let pss = rule.pss { tags.append("pss-\(pss.level.rawValue)") }
    return RuleDescriptor(
      id: rule.id, name: rule.title, shortDescription: .init(text: rule.title),
      fullDescription: .init(text: rule.summary), help: .init(text: text, markdown: markdown),
      defaultConfiguration: .init(level: level(rule.severity)),
      properties: .init(tags: tags, securitySeverity: score(rule.severity)))
  }

  /// A run of one tool.
  public struct Run: Encodable, Sendable {
    /// The tool.
    var tool: Tool
    /// The results.
    var results: [Result]
  }

  /// The tool section.
  struct Tool: Encodable, Sendable { var driver: Driver }

  /// The tool's driver and its rules.
  struct Driver: Encodable, Sendable {
    var name: String
    var version: String
    var informationUri: String
    var rules: [RuleDescriptor]
  }

  /// A rule's metadata.
  struct RuleDescriptor: Encodable, Sendable {
    var id: String
    var name: String
    var shortDescription: Text
    var fullDescription: Text
    var help: Help
    var defaultConfiguration: Configuration
    var properties: RuleProperties
  }

  /// A plain text message.
  struct Text: Encodable, Sendable { var text: String }

  /// Help in text and Markdown.
  struct Help: Encodable, Sendable {
    var text: String
    var markdown: String
  }

  /// A default level.
  struct Configuration: Encodable, Sendable { var level: String }

  /// Rule tags and score.
  struct RuleProperties: Encodable, Sendable {
    var tags: [String]
    var securitySeverity: String

    enum CodingKeys: String, CodingKey {
      case tags
      case securitySeverity = "security-severity"
    }
  }

  /// One result.
  struct Result: Encodable, Sendable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Text
    var locations: [Location]
    var partialFingerprints: [String: String]
    var suppressions: [Suppression]?
    var properties: ResultProperties
  }

  /// Where a result is.
  struct Location: Encodable, Sendable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]
  }

  /// The input file.
  struct PhysicalLocation: Encodable, Sendable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  /// A file URI.
  struct ArtifactLocation: Encodable, Sendable { var uri: String }

  /// A line region.
  struct Region: Encodable, Sendable { var startLine: Int }

  /// The Kubernetes object.
  struct LogicalLocation: Encodable, Sendable {
    var fullyQualifiedName: String
    var kind: String
  }

  /// An exception that suppresses a result.
  struct Suppression: Encodable, Sendable {
    var kind: String
    var status: String
    var justification: String
  }

  /// kbaseline's own properties of a result.
  struct ResultProperties: Encodable, Sendable {
    var severity: String
    var status: String
    var exception: String?
    var pss: PSSControl?
  }
}
