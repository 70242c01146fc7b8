/// A container image reference split into repository, tag and digest.
///
/// `registry:5000/team/app:1.2@sha256:…` → repository `registry:5000/team/app`, tag `1.2`,
/// digest `sha256:…`. A port in the registry host is not mistaken for a tag.
public struct ImageReference: Sendable, Hashable {
  /// The repository, including the registry host when given.
  public var repository: String
  /// The tag, when given.
  public var tag: String?
  /// The digest (`sha256:…`), when given.
  public var digest: String?

  /// Parses a reference.
  public init(_ text: String) {
    var rest = Substring(text)
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = rest[..<at]
    }
    let lastSlash = rest.lastIndex(of: "/")
    if let colon = rest.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
      tag = String(rest[rest.index(after: colon)...])
      rest = rest[..<colon]
    }
    repository = String(rest)
  }

  /// Whether the image is pinned by a `sha256` digest.
  public var isPinnedByDigest: Bool { digest?.hasPrefix("sha256:") == true }

  /// Whether the tag is absent or `latest` (and no digest pins the image).
  public var floats: Bool { !isPinnedByDigest && (tag == nil || tag == "latest") }
}
