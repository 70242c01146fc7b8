import Foundation

/// The parse floor: how long python's orjson takes merely to parse a JSON file into objects
/// (no analysis), when `python3` with orjson is installed.
enum ParseFloor {
  /// The script: read the file, then time `orjson.loads` alone (best of two).
  static let script = """
    import orjson, sys, time
    data = open(sys.argv[1], 'rb').read()
    best = None
    for _ in range(2):
        start = time.perf_counter()
        orjson.loads(data)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(best)
    """

  /// orjson's parse time of `file` in seconds; nil when python3 or orjson is missing.
  static func orjsonSeconds(_ file: String) -> Double? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, file]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(
      String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
