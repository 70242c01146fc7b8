import Foundation
import Testing

@Suite("kbaseline explore --exceptions")
struct ExploreExceptionsTests {
  /// A temporary directory with an invalid exceptions file (a rule without a target, line 5).
  static func invalidFile() throws -> (directory: URL, path: String, text: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kbaseline-explore-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("kbaseline-exceptions.yaml").path
    let text = """
      apiVersion: kbaseline.dev/v1
      kind: ExceptionList
      exceptions:
        - id: EXC-0001
          rule: workload.privileged
          justification: no target
          owner: me
          expires: 2027-01-01

      """
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (directory, path, text)
  }

  @Test("an invalid --exceptions file fails before the terminal is taken: file:line, exit 2")
  func invalidExplicitFile() throws {
    let (directory, path, text) = try Self.invalidFile()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try KBaselineProcess.run([
      "explore", KBaselineProcess.path("snapshots/demo.json"), "--exceptions", path,
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("error: \(path):4: ") == true)
    #expect(lines.first?.contains("target") == true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }

  @Test("without --exceptions the default file in the current directory is read")
  func invalidDefaultFile() throws {
    let (directory, path, text) = try Self.invalidFile()
    defer { try? FileManager.default.removeItem(at: directory) }
    let process = Process()
    process.executableURL = KBaselineProcess.binary
    process.arguments = [KBaselineProcess.path("snapshots/demo.json")]
    process.currentDirectoryURL = directory
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(stderr.hasPrefix("error: kbaseline-exceptions.yaml:4: "))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }
}
