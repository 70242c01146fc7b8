import ArgumentParser

/// `kbaseline bench`: benchmarks on generated clusters (hidden from normal help).
///
/// Each engine adds its own subcommand; each prints a table of figures. Build with
/// `-c release` before trusting the numbers.
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmarks on generated clusters (use a release build).",
    shouldDisplay: false,
    subcommands: [
      GenerateBenchCommand.self, RBACBenchCommand.self, ReachBenchCommand.self,
      FindingsBenchCommand.self, LoadBenchCommand.self,
      ScaleBenchCommand.self, MeasureBenchCommand.self,
    ]
  )
}
