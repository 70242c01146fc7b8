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

  /// Parses a reference (on its UTF-8 bytes: the separators are ASCII).
  ///
  /// - Complexity: O(*n*) in the reference's length.
  public init(_ text: String) {
    let bytes = text.utf8
    var end = bytes.endIndex
    if let at = bytes.firstIndex(of: UInt8(ascii: "@")) {
      digest = String(text[bytes.index(after: at)...])
      end = at
    }
    let head = bytes[..<end]
    let lastSlash = head.lastIndex(of: UInt8(ascii: "/"))
    if let colon = head.lastIndex(of: UInt8(ascii: ":")), lastSlash.map({ colon > $0 }) ?? true {
      tag = String(text[bytes.index(after: colon)..<end])
      end = colon
    }
    repository = String(text[..<end])
  }

  /// Whether the image is pinned by a `sha256` digest.
  public var isPinnedByDigest: Bool { digest?.hasPrefix("sha256:") == true }

  /// Whether the tag is absent or `latest` (and no digest pins the image).
  public var floats: Bool { !isPinnedByDigest && (tag == nil || tag == "latest") }
}
