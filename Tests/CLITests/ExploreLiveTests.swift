import Foundation
import Testing

@Suite("kbaseline --live")
struct ExploreLiveTests {
  @Test("a kubeconfig that does not exist fails before the terminal is taken: one line, exit 2")
  func missingKubeconfig() throws {
    let result = try KBaselineProcess.run(["--live", "--kubeconfig", "/nonexistent"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("error: ") == true)
    #expect(lines.first?.contains("/nonexistent") == true)
  }

  @Test(
    "exactly one of PATH… or --live",
    arguments: [["--live", "snapshots/demo.json"], [], ["snapshots/demo.json", "--context", "x"]])
  func inputChoice(arguments: [String]) throws {
    let result = try KBaselineProcess.run(
      ["explore"] + arguments.map { $0.hasPrefix("snapshots/") ? KBaselineProcess.path($0) : $0 })
    #expect(result.status == 2)
    #expect(result.stderr.contains("--live"))
  }
}
