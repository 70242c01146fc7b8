import Foundation

/// Runs a benchmark's helper process (`kbaseline bench …` in a fresh process, or python3) and
/// returns its standard output.
enum ChildProcess {
  /// The standard output of `executable arguments`; a failure is an error naming it.
  ///
  /// Standard error passes through (progress lines) unless `quiet`.
  static func output(_ executable: String, _ arguments: [String], quiet: Bool = false) throws
    -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    if quiet { process.standardError = FileHandle.nullDevice }
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let name = ([URL(fileURLWithPath: executable).lastPathComponent] + arguments.prefix(2))
        .joined(separator: " ")
      throw CLIError("\(name) failed (status \(process.terminationStatus))")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// This executable's path, to run `kbaseline bench …` children.
  static var kbaseline: String { URL(fileURLWithPath: CommandLine.arguments[0]).path }
}
