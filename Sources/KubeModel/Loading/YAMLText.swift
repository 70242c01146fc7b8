import Foundation
import Yams

/// Decoding small YAML (or JSON) documents, such as option files, into `Decodable` values.
public enum YAMLText {
  /// Decodes one YAML document.
  ///
  /// - Throws: the decoding error when the text is not valid YAML of that shape.
  public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    try YAMLDecoder().decode(type, from: text)
  }
}
