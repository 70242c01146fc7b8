import Foundation
import KubeModel

/// A file written in chunks, optionally as concatenated gzip members, replaced atomically.
///
/// Bytes go to `<path>.partial` and the file is renamed into place by ``finish()``, so a
/// reader never sees half a snapshot. With gzip, each chunk becomes one gzip member (the
/// format allows concatenation and ``Gzip/decompress(_:)`` reads it), keeping memory bounded.
final class ChunkedFileOutput {
  private let path: String
  private let partialPath: String
  private let handle: FileHandle
  private let compresses: Bool
  /// Bytes handed to ``write(_:)`` (before compression).
  private(set) var uncompressedBytes = 0
  /// Bytes written to the file.
  private(set) var fileBytes = 0

  /// Creates (truncates) the partial file; gzip when `path` ends in `.gz`.
  init(path: String) throws {
    self.path = path
    partialPath = path + ".partial"
    compresses = path.hasSuffix(".gz")
    guard FileManager.default.createFile(atPath: partialPath, contents: nil) else {
      throw GeneratorError("cannot create \(partialPath)")
    }
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partialPath))
  }

  /// Appends a chunk.
  func write(_ bytes: [UInt8]) throws {
    guard !bytes.isEmpty else { return }
    uncompressedBytes += bytes.count
    if compresses {
      let data = try Gzip.compress(Data(bytes), level: 1)
      fileBytes += data.count
      try handle.write(contentsOf: data)
    } else {
      fileBytes += bytes.count
      try handle.write(contentsOf: bytes)
    }
  }

  /// Closes the file and moves it to its final path.
  func finish() throws {
    try handle.close()
    if FileManager.default.fileExists(atPath: path) {
      try FileManager.default.removeItem(atPath: path)
    }
    try FileManager.default.moveItem(atPath: partialPath, toPath: path)
  }

  /// Closes and removes the partial file after a failure.
  func abandon() {
    try? handle.close()
    try? FileManager.default.removeItem(atPath: partialPath)
  }
}
