/// The JSON document of `kbaseline findings --format json`: `{"findings":[…]}`.
public struct FindingsDocument: Encodable, Sendable {
  /// The findings in report order.
  public var findings: [BaselineFinding]

  /// Creates the document of a report.
  public init(_ report: BaselineReport) { findings = report.findings }
}
