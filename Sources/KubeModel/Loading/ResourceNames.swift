/// Plural resource names for kinds, as the API server names its resources.
enum ResourceNames {
  /// The plural resource of a kind: `Pod` → `pods`, `Ingress` → `ingresses`,
  /// `NetworkPolicy` → `networkpolicies`.
  static func plural(of kind: String) -> String {
    let lower = kind.lowercased()
    if lower.hasSuffix("y") && !lower.hasSuffix("ey") { return lower.dropLast() + "ies" }
    if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") {
      return lower + "es"
    }
    return lower + "s"
  }
}
