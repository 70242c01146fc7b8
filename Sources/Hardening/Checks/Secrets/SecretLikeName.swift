/// Heuristics for names and values that look like credentials.
public enum SecretLikeName {
  /// Lower-cased fragments that mark a name as credential-like.
  static let fragments = [
    "secret", "passw", "pwd", "token", "apikey", "api_key", "api-key", "access_key",
    "accesskey", "private_key", "privatekey", "credential",
  ]

  /// Lower-cased suffixes that mark a name as holding a file path or reference instead.
  static let referenceSuffixes = ["_file", "_path", "_dir", "-file", "-path", ".file", ".path"]

  /// Whether a variable or key name looks like it holds a credential (`DB_PASSWORD`,
  /// `api-key`, `STRIPE_KEY`); names of files or paths (`PASSWORD_FILE`) do not.
  public static func matches(_ name: String) -> Bool {
    let lower = name.lowercased()
    if referenceSuffixes.contains(where: { lower.hasSuffix($0) }) { return false }
    if fragments.contains(where: { lower.contains($0) }) { return true }
    return lower == "key" || lower.hasSuffix("_key") || lower.hasSuffix("-key")
      || lower.hasSuffix(".key")
  }

  /// Whether a value looks like key material: an AWS access key id, a PEM block or a JWT.
  public static func looksLikeKey(_ value: String) -> Bool {
    if value.hasPrefix("-----BEGIN") { return true }
    if value.hasPrefix("AKIA") || value.hasPrefix("ASIA"),
      value.count == 20, value.allSatisfy({ $0.isUppercase || $0.isNumber })
    {
      return true
    }
    return value.hasPrefix("eyJ") && value.split(separator: ".").count == 3
  }
}
