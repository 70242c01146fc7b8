/// The order of deployment environments: dev < test < acc/staging < prod.
public enum EnvironmentRank {
  /// The rank of development environments (`dev`, `sandbox`, …).
  public static let development = 0
  /// The rank of production environments (`prod`, `production`, `live`, …).
  public static let production = 3

  /// The rank of an environment label value (0 dev … 3 prod); `nil` when it is not a known
  /// stage.
  public static func rank(_ value: String) -> Int? {
    switch value.lowercased() {
    case "dev", "develop", "development", "sandbox": 0
    case "test", "testing", "tst", "qa", "int", "integration": 1
    case "acc", "acceptance", "staging", "stage", "stg", "uat", "preprod", "pre-prod": 2
    case "prod", "production", "prd", "live": 3
    default: nil
    }
  }
}
