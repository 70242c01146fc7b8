import Foundation

/// Writing to stdout and stderr, and failing with status 2.
enum CLIOutput {
  /// Writes a line to standard error.
  static func warn(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Writes text to standard output as-is.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Prints one line on standard error and exits with status 2.
  static func fail(_ line: String) -> Never {
    warn(
      line.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? line)
    exit(2)
  }

  /// Encodes a value as pretty, key-sorted JSON followed by a newline.
  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
