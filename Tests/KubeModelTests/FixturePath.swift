import Foundation

/// Paths of the test fixtures bundled with this target.
enum FixturePath {
  /// The bundled `Fixtures` directory.
  static let root: String = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

  /// The path of a fixture relative to `Fixtures/`.
  static func of(_ relative: String) -> String { root + "/" + relative }
}
