import Foundation
import KubeModel

/// A path the explorer opens, with its size on disk (listed on the loading screen; the total
/// decides whether a loading screen is worth showing).
public struct LoadingInput: Hashable, Sendable {
  /// The path as given on the command line.
  public var path: String
  /// Bytes on disk: the file's size, or the sum of the snapshot files below a directory.
  public var bytes: Int64

  /// Creates an input record.
  public init(path: String, bytes: Int64) {
    self.path = path
    self.bytes = bytes
  }

  /// Measures each path: a file's size, or the sum of the files below a directory that the
  /// loader reads (``SnapshotLoader/extensions``, hidden entries skipped).
  ///
  /// - Throws: ``LoadError`` "no such file or directory" naming the first missing path, as the
  ///   loader words it.
  /// - Complexity: O(*n*) in the number of entries below directories.
  public static func measure(_ paths: [String]) throws(LoadError) -> [LoadingInput] {
    try paths.map { path throws(LoadError) in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw LoadError(file: path, message: "no such file or directory")
      }
      let bytes = isDirectory.boolValue ? directoryBytes(path) : fileBytes(path)
      return LoadingInput(path: path, bytes: bytes)
    }
  }

  private static func fileBytes(_ path: String) -> Int64 {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
  }

  /// The sum of the files the loader reads below a directory.
  private static func directoryBytes(_ root: String) -> Int64 {
    SnapshotLoader.files(under: root).reduce(0) { $0 + fileBytes($1) }
  }
}
