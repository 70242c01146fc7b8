import Foundation

/// Reads the `X-data` / `X` pairs of a kubeconfig: base64 data wins over the file; relative
/// files resolve against the directory of the kubeconfig that defined the stanza.
enum PEMSource {
  /// The bytes of `data` (base64) or `file`, nil when neither is set.
  static func bytes(data: String?, file: String?, base: String, what: String)
    throws(ConfigurationError) -> [UInt8]?
  {
    if let data, !data.isEmpty {
      guard let decoded = Data(base64Encoded: data, options: .ignoreUnknownCharacters) else {
        throw ConfigurationError("\(what): the -data value is not valid base64")
      }
      return [UInt8](decoded)
    }
    guard let file, !file.isEmpty else { return nil }
    let path = resolve(file, base: base)
    guard let contents = FileManager.default.contents(atPath: path) else {
      throw ConfigurationError("unable to read \(what) from \(path): no such file or not readable")
    }
    return [UInt8](contents)
  }

  /// `path` made absolute against the directory of the kubeconfig file `base` (no `~`
  /// expansion, as in client-go).
  static func resolve(_ path: String, base: String) -> String {
    if path.isEmpty || path.hasPrefix("/") { return path }
    let directory = (base as NSString).deletingLastPathComponent
    let absoluteDirectory =
      directory.hasPrefix("/")
      ? directory
      : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(directory)
    return ((absoluteDirectory as NSString).appendingPathComponent(path) as NSString)
      .standardizingPath
  }
}
