import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that readers see either the old or the new content, never a mix.
enum AtomicFile {
  /// Writes `data` to a temporary file next to `path`, fsyncs it, renames it over `path`, and
  /// fsyncs the directory.
  static func write(_ data: Data, to path: String) throws(ExceptionFileError) {
    let directory = (path as NSString).deletingLastPathComponent
    let dir = directory.isEmpty ? "." : directory
    let temporary = (dir as NSString).appendingPathComponent(
      ".\((path as NSString).lastPathComponent).tmp-\(getpid())")
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw failure(path, "cannot create \(temporary)") }
    let written = data.withUnsafeBytes { buffer in
      buffer.baseAddress.map { Glibc.write(fd, $0, buffer.count) } ?? 0
    }
    let synced = fsync(fd) == 0
    close(fd)
    guard written == data.count, synced else {
      unlink(temporary)
      throw failure(path, "cannot write \(temporary)")
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw failure(path, "cannot replace the file")
    }
    let dirFD = open(dir, O_RDONLY)
    if dirFD >= 0 {
      fsync(dirFD)
      close(dirFD)
    }
  }

  private static func failure(_ path: String, _ what: String) -> ExceptionFileError {
    ExceptionFileError(.io, file: path, message: "\(what): \(String(cString: strerror(errno)))")
  }
}
