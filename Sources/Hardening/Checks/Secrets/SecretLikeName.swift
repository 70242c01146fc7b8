/// Heuristics for names and values that look like credentials.
public enum SecretLikeName {
  /// Lower-cased fragments that mark a name as credential-like.
  static let fragments: [[UInt8]] = [
    "secret", "passw", "pwd", "token", "apikey", "api_key", "api-key", "access_key",
    "accesskey", "private_key", "privatekey", "credential",
  ].map { Array($0.utf8) }

  /// Lower-cased suffixes that mark a name as holding a file path or reference instead.
  static let referenceSuffixes = ["_file", "_path", "_dir", "-file", "-path", ".file", ".path"]

  /// Whether a variable or key name looks like it holds a credential (`DB_PASSWORD`,
  /// `api-key`, `STRIPE_KEY`); names of files or paths (`PASSWORD_FILE`) do not.
  ///
  /// - Complexity: O(*n* · *f*) for a name of *n* bytes and *f* fragments.
  public static func matches(_ name: String) -> Bool {
    let lower = name.lowercased()
    if referenceSuffixes.contains(where: { lower.hasSuffix($0) }) { return false }
    let bytes = Array(lower.utf8)
    if fragments.contains(where: { contains(bytes, $0) }) { return true }
    return lower == "key" || lower.hasSuffix("_key") || lower.hasSuffix("-key")
      || lower.hasSuffix(".key")
  }

  /// Whether a value looks like key material: an AWS access key id, a PEM block or a JWT.
  ///
  /// - Complexity: O(*n*) in the value's length.
  public static func looksLikeKey(_ value: String) -> Bool {
    if value.hasPrefix("-----BEGIN") { return true }
    if value.hasPrefix("AKIA") || value.hasPrefix("ASIA"), value.utf8.count == 20,
      value.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) })
    {
      return true
    }
    return value.hasPrefix("eyJ") && value.utf8.lazy.filter { $0 == 0x2E }.count == 2
  }

  /// Whether `haystack` contains `needle` as a contiguous byte sequence.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<start + needle.count].elementsEqual(needle)
    {
      return true
    }
    return false
  }
}
