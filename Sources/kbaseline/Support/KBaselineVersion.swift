/// The version kbaseline reports and writes into snapshot files.
enum KBaselineVersion {
  /// The current version.
  static let current = "0.1.0"
}
