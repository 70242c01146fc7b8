import Foundation

/// Where the explorer's user files live: `$XDG_CONFIG_HOME/kbaseline` or
/// `~/.config/kbaseline` (`config.yaml`, `keys.yaml`).
public struct ConfigLocation: Hashable, Sendable {
  /// The directory.
  public var directory: String

  /// The directory for an environment.
  public init(environment: [String: String]) {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
      directory = xdg + "/kbaseline"
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      directory = home + "/.config/kbaseline"
    }
  }

  /// `config.yaml`.
  public var configFile: String { directory + "/config.yaml" }
  /// `keys.yaml`.
  public var keysFile: String { directory + "/keys.yaml" }

  /// The contents of a file, nil when it does not exist.
  static func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }
}
