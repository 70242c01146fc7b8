import Foundation

/// Turns JSON decoding errors into ``LoadError``s with a line number where one can be found.
enum JSONErrorLocator {
  /// A load error for a JSON decoding failure.
  ///
  /// `JSONDecoder` does not say where JSON is malformed; `JSONSerialization` does (as a
  /// character offset), so a syntax error is re-parsed with it to find the line.
  static func loadError(_ error: DecodingError, data: Data, file: String) -> LoadError {
    guard case .dataCorrupted(let context) = error, context.codingPath.isEmpty else {
      return LoadError(file: file, message: error.readable)
    }
    var detail = "malformed JSON"
    var line: Int?
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
      if !text.isEmpty { detail = text.hasSuffix(".") ? String(text.dropLast()) : text }
      line = self.line(in: data, detail: text)
    }
    return LoadError(file: file, line: line, message: "invalid JSON: \(detail)")
  }

  /// The line of the offset Foundation reports ("… around character 7."), or the last line
  /// for an unexpected end of file.
  private static func line(in data: Data, detail: String) -> Int? {
    let offset: Int
    if let range = detail.range(of: "character ") {
      guard let value = Int(detail[range.upperBound...].prefix { $0.isNumber }) else { return nil }
      offset = value
    } else if detail.contains("end of file") {
      offset = data.count
    } else {
      return nil
    }
    let newlines = data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    return newlines + 1 - (offset == data.count && data.last == 0x0A ? 1 : 0)
  }
}
