import RBAC

/// A `:who` or `:can` command line, parsed.
enum AccessQuery: Hashable, Sendable {
  /// `:who VERB RESOURCE[/SUB] [-n NS]`: who can make the request.
  case who(AccessRequest)
  /// `:can SUBJECT`: what an identity may do.
  case can(Identity)

  /// Parses the arguments of `:who` or `:can`.
  ///
  /// A resource may carry its group as `deployments.apps`; without one, the group of
  /// well-known resources is assumed (`ResourceScope.defaultGroup(of:)`). A path starting
  /// with `/` asks about a non-resource URL.
  static func parse(_ command: String, _ argument: String) -> Result<AccessQuery, AccessQueryError>
  {
    let words = argument.split(separator: " ").map(String.init)
    if command == "can" {
      guard words.count == 1, let identity = Identity(argument: words[0]) else {
        return .failure(AccessQueryError(usage: "can SUBJECT (user:NAME, group:NAME, sa:NS/NAME)"))
      }
      return .success(.can(identity))
    }
    var positional: [String] = []
    var namespace = ""
    var i = 0
    while i < words.count {
      if words[i] == "-n" || words[i] == "--namespace" {
        guard i + 1 < words.count else { return .failure(.who) }
        namespace = words[i + 1]
        i += 2
      } else {
        positional.append(words[i])
        i += 1
      }
    }
    guard positional.count == 2 else { return .failure(.who) }
    let verb = positional[0]
    let target = positional[1]
    if target.hasPrefix("/") { return .success(.who(AccessRequest(verb: verb, path: target))) }
    let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
    var resource = parts[0]
    var group = ResourceScope.defaultGroup(of: resource)
    if let dot = resource.firstIndex(of: ".") {
      group = String(resource[resource.index(after: dot)...])
      resource = String(resource[..<dot])
    }
    let combined = parts.count > 1 ? resource + "/" + parts[1] : resource
    return .success(
      .who(
        AccessRequest(verb: verb, apiGroup: group, combinedResource: combined, namespace: namespace)
      ))
  }
}
