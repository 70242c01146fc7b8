import ArgumentParser
import Foundation

/// `kbaseline bench scale`: the whole program at several cluster sizes, up to Kubernetes'
/// limits (150,000 pods): load, each analysis step, first frame, peak RSS, keypress
/// latencies, and python orjson's parse time of the same file as the floor.
///
/// For each size it generates the cluster (once; files are kept in `--dir`), then runs
/// `bench measure` in a fresh process so each peak RSS is that size's own.
struct ScaleBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scale",
    abstract: "Whole-program figures at several cluster sizes (use a release build).")

  @Option(name: .long, parsing: .upToNextOption, help: "Pod counts.")
  var pods: [Int] = [10_000, 50_000, 150_000]

  @Option(name: .long, help: "Random seed of the generated clusters.")
  var seed: UInt64 = 42

  @Option(name: .long, help: "Where generated snapshots are kept between runs.")
  var dir = FileManager.default.temporaryDirectory.appendingPathComponent("kbaseline-scale").path

  @Option(help: "Keypresses timed per scenario.")
  var keys = 200

  func run() throws {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let executable = ChildProcess.kbaseline
    var rows: [(ScaleFigures, Double?)] = []
    for count in pods {
      let file = (dir as NSString).appendingPathComponent("cluster-\(count)-seed\(seed).json")
      if !FileManager.default.fileExists(atPath: file) {
        CLIOutput.warn("generating \(count) pods into \(file)")
        _ = try ChildProcess.output(
          executable, ["bench", "generate", "--pods", "\(count)", "--seed", "\(seed)", "-o", file])
      }
      CLIOutput.warn("measuring \(file)")
      let json = try ChildProcess.output(
        executable, ["bench", "measure", file, "--keys", "\(keys)"])
      let figures = try JSONDecoder().decode(ScaleFigures.self, from: Data(json.utf8))
      rows.append((figures, ParseFloor.orjson(file)?.wall))
    }
    print(ScaleTable(rows: rows).text)
  }
}
