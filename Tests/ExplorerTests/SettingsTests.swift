import Foundation
import TerminalUI
import Testing

@testable import Explorer

@Suite("Theme selection and config files")
struct SettingsTests {
  func temporaryConfig(_ config: String?) throws -> (ConfigLocation, URL) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kb-config-\(UUID().uuidString)")
    let location = ConfigLocation(environment: ["XDG_CONFIG_HOME": root.path])
    try FileManager.default.createDirectory(
      atPath: location.directory, withIntermediateDirectories: true)
    if let config {
      try config.write(toFile: location.configFile, atomically: true, encoding: .utf8)
    }
    return (location, root)
  }

  @Test("the config directory follows XDG_CONFIG_HOME, then HOME")
  func location() {
    #expect(
      ConfigLocation(environment: ["XDG_CONFIG_HOME": "/x"]).keysFile == "/x/kbaseline/keys.yaml")
    #expect(
      ConfigLocation(environment: ["HOME": "/home/a"]).configFile
        == "/home/a/.config/kbaseline/config.yaml")
  }

  @Test("--theme wins over KBASELINE_THEME, which wins over the config file, then default")
  func order() throws {
    let (location, root) = try temporaryConfig("theme: solarized-16\n")
    defer { try? FileManager.default.removeItem(at: root) }
    let env = ["KBASELINE_THEME": "light"]
    #expect(
      try ThemeSelection.resolve(flag: "mono", environment: env, location: location).reference
        == "mono")
    #expect(
      try ThemeSelection.resolve(flag: nil, environment: env, location: location).reference
        == "light")
    let fromConfig = try ThemeSelection.resolve(flag: nil, environment: [:], location: location)
    #expect(fromConfig.reference == "solarized-16")
    #expect(fromConfig.origin == location.configFile)
    let (empty, emptyRoot) = try temporaryConfig(nil)
    defer { try? FileManager.default.removeItem(at: emptyRoot) }
    #expect(
      try ThemeSelection.resolve(flag: nil, environment: [:], location: empty).reference
        == "default")
  }

  @Test("a broken config file names the file, line and key")
  func brokenConfig() throws {
    let (location, root) = try temporaryConfig("theme: light\ncolour: red\n")
    defer { try? FileManager.default.removeItem(at: root) }
    do {
      _ = try ThemeSelection.resolve(flag: nil, environment: [:], location: location)
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == "\(location.configFile):2: colour: unknown setting (known: theme)")
    }
  }

  @Test("NO_COLOR (non-empty) or --no-color switch colour off")
  func noColor() {
    #expect(ThemeSelection.colorDisabled(noColorFlag: false, environment: ["NO_COLOR": "1"]))
    #expect(!ThemeSelection.colorDisabled(noColorFlag: false, environment: ["NO_COLOR": ""]))
    #expect(ThemeSelection.colorDisabled(noColorFlag: true, environment: [:]))
    #expect(!ThemeSelection.colorDisabled(noColorFlag: false, environment: [:]))
  }
}
