import Foundation

/// Writing a generated report to a file atomically (readers never see a partial report).
public enum ReportFile {
  /// Writes `text` to `path` through a temporary file, fsync and rename.
  ///
  /// - Throws: ``ExceptionFileError`` (`io`) naming the file when writing fails.
  public static func write(_ text: String, to path: String) throws(ExceptionFileError) {
    try AtomicFile.write(Data(text.utf8), to: path)
  }
}
