/// Escaping of untrusted text (names, messages, justifications) for CommonMark/GFM output.
public enum MarkdownText {
  private static let punctuation: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "{", "}",
  ]

  /// Inline text: every character Markdown could interpret is escaped, `<`, `>` and an `&`
  /// that could start an entity become entities, line breaks become spaces (safe in table cells
  /// and headings).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    var rest = text[...]
    while let character = rest.popFirst() {
      switch character {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&":
        // Only an `&` that could start an entity (`&amp;`, `&#60;`) needs escaping.
        let next = rest.first
        out += next.map { $0.isLetter || $0.isNumber || $0 == "#" } == true ? "&amp;" : "&"
      case "\n", "\r", "\r\n", "\t": out += " "
      default:
        if punctuation.contains(character) { out.append("\\") }
        out.append(character)
      }
    }
    return out
  }

  /// A code span when the text can be one (no backtick, pipe or line break), else escaped text.
  public static func code(_ text: String) -> String {
    if text.isEmpty || text.contains(where: { "`|\n\r".contains($0) }) { return escape(text) }
    return "`\(text)`"
  }

  /// A block quote of multi-line text, each line escaped (leading list or heading markers too).
  public static func quote(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingTrailingWhitespace() }
    let trimmed = lines.reversed().drop { $0.isEmpty }.reversed()
    return trimmed.map { line in
      line.isEmpty ? ">" : "> " + blockSafe(escape(line))
    }.joined(separator: "\n")
  }

  /// A table row of already escaped cells.
  static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }

  /// Escapes a line start that would make a list, heading rule or ordered list.
  private static func blockSafe(_ line: String) -> String {
    guard let first = line.first else { return line }
    if "-+=".contains(first) { return "\\" + line }
    let digits = line.prefix { $0.isNumber }
    if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
      return digits + "\\" + line.dropFirst(digits.count)
    }
    return line
  }
}

extension Substring {
  fileprivate func trimmingTrailingWhitespace() -> String {
    var end = endIndex
    while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
    return String(self[startIndex..<end])
  }
}
