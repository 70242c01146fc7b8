import Foundation
import Yams

/// Loads snapshots from files and folders into one ``Snapshot``.
///
/// Inputs: kbaseline snapshot files (`.json`, `.json.gz`), kubectl output (`kind: List`, typed lists) in JSON or YAML, multi-document YAML, and
/// directories read recursively. Several paths are merged into one ``Snapshot``.
///
/// A file named on the command line must parse; a file met inside a directory that parses
/// but is not Kubernetes is skipped with a warning.
public struct SnapshotLoader: Sendable {
  /// File extensions read from directories.
  public static let extensions = [".yaml", ".yml", ".json", ".json.gz"]

  /// The deepest nesting accepted in a YAML file (deeper input is rejected, not recursed).
  static let maximumYAMLDepth = 256

  /// How JSON is decoded.
  public var jsonReader: SnapshotJSONReader

  /// Creates a loader reading JSON with `jsonReader` (by default the fast reader with
  /// Foundation as fallback).
  public init(jsonReader: SnapshotJSONReader = .automatic) {
    self.jsonReader = jsonReader
  }

  /// Loads and merges every path.
  ///
  /// - Throws: ``LoadError`` naming the file (and line when known) of the first bad input.
  public func load(paths: [String]) throws(LoadError) -> Snapshot {
    var accumulator = Accumulator()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw LoadError(file: path, message: "no such file or directory")
      }
      if isDirectory.boolValue {
        try loadDirectory(path, into: &accumulator)
      } else {
        try loadFile(path, explicit: true, into: &accumulator)
      }
    }
    let snapshot = accumulator.snapshot(sources: paths)
    MemoryRelease.returnFreedMemory()
    return snapshot
  }

  /// Loads one path (a file or a directory).
  public func load(path: String) throws(LoadError) -> Snapshot {
    try load(paths: [path])
  }

  /// Loads documents from in-memory text (YAML or JSON), as if read from `name`.
  public func load(text: String, name: String = "<input>") throws(LoadError) -> Snapshot {
    var accumulator = Accumulator()
    try add(data: Data(text.utf8), file: name, explicit: true, into: &accumulator)
    return accumulator.snapshot(sources: [name])
  }

  private func loadDirectory(_ root: String, into accumulator: inout Accumulator) throws(LoadError)
  {
    let files = Self.files(under: root)
    if files.isEmpty {
      accumulator.warnings.append(LoadWarning(file: root, message: "no YAML or JSON files found"))
    }
    for file in files { try loadFile(file, explicit: false, into: &accumulator) }
  }

  /// The YAML/JSON files below a directory, sorted by path; hidden entries are skipped.
  ///
  /// - Complexity: O(*n* log *n*) in the entries below the directory.
  public static func files(under root: String) -> [String] {
    let url = URL(fileURLWithPath: root)
    guard
      let walker = FileManager.default.enumerator(
        at: url, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    for case let item as URL in walker {
      let name = item.lastPathComponent.lowercased()
      guard extensions.contains(where: { name.hasSuffix($0) }) else { continue }
      guard (try? item.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
      else { continue }
      let relative = String(item.path.dropFirst(url.path.count)).drop { $0 == "/" }
      found.append((root as NSString).appendingPathComponent(String(relative)))
    }
    return found.sorted()
  }

  private func loadFile(_ path: String, explicit: Bool, into accumulator: inout Accumulator)
    throws(LoadError)
  {
    if let mapped = MappedFile.read(path) {
      return try add(data: mapped, file: path, explicit: explicit, mapped: true, into: &accumulator)
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw LoadError(file: path, message: "cannot read: \(error.localizedDescription)")
    }
    try add(data: data, file: path, explicit: explicit, into: &accumulator)
  }

  /// Adds a file's documents; `mapped` says the bytes are a private read-only file mapping.
  private func add(
    data raw: Data, file: String, explicit: Bool, mapped: Bool = false,
    into acc: inout Accumulator
  ) throws(LoadError) {
    var data = raw
    var releasable = mapped
    if Gzip.isCompressed(raw) {
      do { data = try Gzip.decompress(raw) } catch {
        throw LoadError(file: file, message: "\(error)")
      }
      releasable = false
    }
    let documents = try decode(data, file: file, releasable: releasable)
    var found = 0
    for (document, line) in documents {
      if let reason = document.notKubernetes {
        if explicit && documents.count == 1 {
          throw LoadError(file: file, line: line, message: reason)
        }
        acc.warnings.append(LoadWarning(file: file, line: line, message: "skipped: \(reason)"))
        continue
      }
      if document.itemsWithoutKind > 0 {
        acc.warnings.append(
          LoadWarning(
            file: file, line: line,
            message: "\(document.itemsWithoutKind) list item(s) without kind skipped"))
      }
      found += document.objects.count
      acc.add(document, file: file)
    }
    if found == 0 && documents.allSatisfy({ !$0.0.isSnapshotFile }) {
      let message = "no Kubernetes objects found"
      if explicit { throw LoadError(file: file, message: message) }
      acc.warnings.append(LoadWarning(file: file, message: "skipped: \(message)"))
    }
  }

  /// The documents of a file's bytes: JSON through the fast reader when it succeeds, else as
  /// text through Foundation or YAML.
  private func decode(_ data: Data, file: String, releasable: Bool) throws(LoadError)
    -> [(DecodedDocument, Int?)]
  {
    if case .fast(let threads) = jsonReader, FastJSONDecoder.looksLikeJSON(data),
      let document = try? FastJSONDecoder(threads: threads, releasesPagesBehind: releasable)
        .decode(DecodedDocument.self, from: data)
    {
      // The fast reader validated every byte as JSON: the text is UTF-8 without NUL.
      return [(document, nil)]
    }
    guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
      throw LoadError(file: file, message: "not a text file (binary content)")
    }
    return try Self.isJSON(text) ? [decodeJSON(data, file: file)] : decodeYAML(text, file: file)
  }

  private static func isJSON(_ text: String) -> Bool {
    let first = text.unicodeScalars.first { !CharacterSet.whitespacesAndNewlines.contains($0) }
    return first == "{" || first == "["
  }

  private func decodeJSON(_ data: Data, file: String) throws(LoadError) -> (DecodedDocument, Int?) {
    do {
      return (try JSONDecoder().decode(DecodedDocument.self, from: data), nil)
    } catch let error as DecodingError {
      throw JSONErrorLocator.loadError(error, data: data, file: file)
    } catch {
      throw LoadError(file: file, message: "invalid JSON: \(error)")
    }
  }

  private func decodeYAML(_ text: String, file: String) throws(LoadError)
    -> [(DecodedDocument, Int?)]
  {
    if let line = Self.lineExceedingDepth(text) {
      throw LoadError(
        file: file, line: line,
        message: "nesting deeper than \(Self.maximumYAMLDepth) levels is not supported")
    }
    var nodes: [Yams.Node] = []
    do {
      let parser = try Parser(yaml: text)
      while let node = try parser.nextRoot() { nodes.append(node) }
    } catch let error as YamlError {
      throw Self.loadError(error, file: file)
    } catch {
      throw LoadError(file: file, message: "invalid YAML: \(error)")
    }
    let decoder = YAMLDecoder()
    let fast = JSONDecoder()
    var out: [(DecodedDocument, Int?)] = []
    for node in nodes {
      let line = node.mark.map { $0.line }
      if let json = YAMLJSONBridge.json(node), let document = decodeBridged(json, with: fast) {
        out.append((document, line))
        continue
      }
      do {
        out.append((try decoder.decode(DecodedDocument.self, from: node), line))
      } catch let error as DecodingError {
        throw LoadError(
          file: file, line: YAMLLocator.line(of: error.path, in: node), message: error.readable)
      } catch {
        throw LoadError(file: file, line: line, message: "\(error)")
      }
    }
    return out
  }

  /// A YAML document's JSON form decoded, fast reader first, or `nil` when that fails.
  private func decodeBridged(_ json: Data, with foundation: JSONDecoder) -> DecodedDocument? {
    if case .fast = jsonReader,
      let document = try? FastJSONDecoder(threads: 1).decode(DecodedDocument.self, from: json)
    {
      return document
    }
    return try? foundation.decode(DecodedDocument.self, from: json)
  }

  /// The line where flow or block nesting first exceeds ``maximumYAMLDepth``, if it does.
  static func lineExceedingDepth(_ text: String) -> Int? {
    var depth = 0
    var line = 1
    var indentCounting = true
    var indent = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\n"):
        line += 1
        indentCounting = true
        indent = 0
      case UInt8(ascii: " ") where indentCounting:
        indent += 1
        if indent / 2 > maximumYAMLDepth * 2 { return line }
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        indentCounting = false
        depth += 1
        if depth > maximumYAMLDepth { return line }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        indentCounting = false
        depth = max(0, depth - 1)
      default:
        indentCounting = false
      }
    }
    return nil
  }

  private static func loadError(_ error: YamlError, file: String) -> LoadError {
    switch error {
    case .scanner(let context, let problem, let mark, _):
      LoadError(
        file: file, line: mark.line,
        message: "invalid YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
    case .parser(let context, let problem, let mark, _):
      LoadError(
        file: file, line: mark.line,
        message: "invalid YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
    case .composer(let context, let problem, let mark, _):
      LoadError(
        file: file, line: mark.line,
        message: "invalid YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
    case .reader(let problem, _, _, _):
      LoadError(file: file, message: "invalid YAML: \(problem)")
    default:
      LoadError(file: file, message: "invalid YAML: \(error)")
    }
  }
}
