import Foundation

/// Escaping of untrusted text for HTML element content and attribute values.
public enum HTMLText {
  /// Replaces `&`, `<`, `>`, `"` and `'` with entities.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Escaped multi-line text as paragraphs (blank lines separate them, line breaks kept).
  public static func paragraphs(_ text: String) -> String {
    let blocks = text.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
    return blocks.map {
      "<p>" + escape($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>"
    }.joined()
  }
}
