/// The order of deployment environments: dev < test < acc/staging < prod.
enum EnvironmentRank {
  /// The rank of an environment label value; `nil` when it is not a known stage.
  static func rank(_ value: String) -> Int? {
    switch value.lowercased() {
    case "dev", "develop", "development", "sandbox": 0
    case "test", "testing", "tst", "qa", "int", "integration": 1
    case "acc", "acceptance", "staging", "stage", "stg", "uat", "preprod", "pre-prod": 2
    case "prod", "production", "prd", "live": 3
    default: nil
    }
  }
}
