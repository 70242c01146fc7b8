import Foundation
import Testing

@testable import TerminalUI

@Suite("Themes")
struct ThemeTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test("the embedded themes are identical to themes/*.yaml")
  func embeddedCopiesMatchFiles() throws {
    let directory = Self.repository.appendingPathComponent("themes")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files.map { String($0.dropLast(5)) } == BuiltinThemes.names)
    for file in files {
      let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      let embedded = try #require(BuiltinThemes.sources[String(file.dropLast(5))])
      #expect(
        embedded + "\n" == text, "\(file) differs from its embedded copy; run themes/embed.sh")
    }
  }

  @Test("the shipped themes are at least default, light, high-contrast, solarized-16, mono")
  func shippedThemes() throws {
    for name in ["default", "light", "high-contrast", "solarized-16", "mono"] {
      let theme = try #require(try BuiltinThemes.theme(named: name))
      #expect(theme.name == name)
    }
  }

  @Test("default and mono define every role themselves")
  func completeThemes() throws {
    for name in ["default", "mono"] {
      let text = try #require(BuiltinThemes.sources[name])
      let theme = try ThemeParser().parse(text, file: name)
      #expect(Set(theme.paints.keys) == Set(StyleRole.allCases), "\(name) misses roles")
    }
  }

  @Test("mono uses attributes only and solarized-16 only the 16 ANSI colours")
  func paletteRestrictions() throws {
    let mono = try #require(try BuiltinThemes.theme(named: "mono"))
    #expect(mono.isMonochrome)
    #expect(mono.paint(for: .tableCursor).attributes.contains(.reverse))
    #expect(mono.paint(for: .severityCritical).attributes == [.bold, .underline])
    let solarized = try #require(try BuiltinThemes.theme(named: "solarized-16"))
    for paint in solarized.paints.values {
      for color in [paint.foreground, paint.background] {
        if case .indexed(let n) = color { #expect(n < 16) } else { #expect(color == .default) }
      }
    }
  }

  @Test("colours parse as names, bright names, indices, #rrggbb and default")
  func colorParsing() {
    #expect(Color(parsing: "red") == .indexed(1))
    #expect(Color(parsing: "bright-black") == .indexed(8))
    #expect(Color(parsing: "208") == .indexed(208))
    #expect(Color(parsing: "#FF8700") == .rgb(255, 135, 0))
    #expect(Color(parsing: "default") == .default)
    #expect(Color(parsing: "256") == nil)
    #expect(Color(parsing: "#12345") == nil)
    #expect(Color(parsing: "purple") == nil)
  }

  @Test("a partial theme inherits the roles it leaves out")
  func inheritance() throws {
    let text =
      "name: mine\nroles:\n  header: {fg: white, bg: \"#005f87\", attrs: [bold, underline]}\n"
    let theme = try ThemeParser().parse(text, file: "mine.yaml", base: BuiltinThemes.defaultTheme)
    #expect(theme.name == "mine")
    #expect(
      theme.paint(for: .header)
        == Paint(
          foreground: .indexed(7), background: .rgb(0, 95, 135), attributes: [.bold, .underline]))
    #expect(theme.paint(for: .error) == BuiltinThemes.defaultTheme.paint(for: .error))
  }

  @Test(
    "a broken theme names the file, line and key",
    arguments: [
      ("roles:\n  header: {fg: blu}\n", "mine.yaml:2: roles.header.fg: unknown colour 'blu'"),
      ("roles:\n  headr: {fg: red}\n", "mine.yaml:2: roles.headr: unknown role"),
      (
        "roles:\n  body: {attrs: [blink]}\n",
        "mine.yaml:2: roles.body.attrs: unknown attribute 'blink'"
      ),
      ("name: x\ncolours: {}\n", "mine.yaml:2: colours: unknown key"),
      ("roles:\n  body: {fg: red, colour: blue}\n", "mine.yaml:2: roles.body.colour: unknown key"),
      ("roles: [\n", "mine.yaml: invalid YAML"),
    ])
  func brokenTheme(text: String, expected: String) {
    do {
      _ = try ThemeParser().parse(text, file: "mine.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix(expected), "\(error.description)")
    }
  }

  @Test("the catalogue loads names and files and explains unknown names")
  func catalogue() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kb-theme-\(getpid()).yaml")
    try "roles:\n  title: {fg: magenta}\n".write(to: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: path) }
    let fromFile = try ThemeCatalog().load(path.path)
    #expect(fromFile.paint(for: .title).foreground == .indexed(5))
    #expect(try ThemeCatalog().load("light").name == "light")
    #expect(throws: ConfigFileError.self) { try ThemeCatalog().load("nord") }
    do { _ = try ThemeCatalog().load("nord") } catch {
      #expect(
        error.description.contains("built-in: default, high-contrast, light, mono, solarized-16"))
    }
    #expect(throws: ConfigFileError.self) { try ThemeCatalog().load("/nonexistent/theme.yaml") }
  }
}
