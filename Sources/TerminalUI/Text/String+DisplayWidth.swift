extension String {
  /// The number of terminal columns the string occupies.
  ///
  /// - Complexity: O(*n*) in the length of the string.
  public var displayWidth: Int {
    // Printable ASCII is one column per byte; only other text needs per-character widths.
    if utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return utf8.count }
    return reduce(0) { $0 + CharacterWidth.of($1) }
  }

  /// The string cut to at most `width` columns; when it is cut, the last column shows
  /// `ellipsis` (which should be one column wide).
  ///
  /// - Complexity: O(*n*) in the length of the string.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    let room = width - ellipsis.displayWidth
    var out = ""
    var used = 0
    for character in self {
      let w = CharacterWidth.of(character)
      if used + w > room { break }
      out.append(character)
      used += w
    }
    return room >= 0 ? out + ellipsis : out
  }

  /// The string padded with spaces (or cut) to exactly `width` columns.
  ///
  /// - Complexity: O(*n*) in the length of the string.
  public func padded(toWidth width: Int, alignRight: Bool = false, ellipsis: String = "…")
    -> String
  {
    let cut = truncated(toWidth: width, ellipsis: ellipsis)
    let pad = String(repeating: " ", count: max(0, width - cut.displayWidth))
    return alignRight ? pad + cut : cut + pad
  }
}
