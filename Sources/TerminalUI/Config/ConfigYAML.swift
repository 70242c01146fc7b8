import Yams

/// A parsed configuration YAML file with line numbers, shared by themes and key bindings.
struct ConfigYAML {
  /// The file name used in errors.
  let file: String
  /// The root node.
  let root: Node

  /// Parses `text`; an empty document is an empty mapping.
  init(text: String, file: String) throws(ConfigFileError) {
    self.file = file
    do {
      root = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
    } catch let error as YamlError {
      throw ConfigFileError(file: file, message: "invalid YAML: \(Self.firstLine(error))")
    } catch {
      throw ConfigFileError(file: file, message: "invalid YAML: \(error)")
    }
  }

  /// The entries of a mapping node, in file order, with their lines.
  func entries(of node: Node, key: String?) throws(ConfigFileError) -> [(String, Node, Int?)] {
    guard let mapping = node.mapping else {
      throw error(node, key: key, "expected a mapping")
    }
    var out: [(String, Node, Int?)] = []
    for (k, v) in mapping {
      guard let name = k.scalar?.string else { throw error(k, key: key, "expected a plain key") }
      out.append((name, v, k.mark?.line))
    }
    return out
  }

  /// The strings of a scalar or a sequence of scalars.
  func strings(_ node: Node, key: String) throws(ConfigFileError) -> [String] {
    if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
    guard let sequence = node.sequence else {
      throw error(node, key: key, "expected a list")
    }
    var out: [String] = []
    for item in sequence {
      guard let s = item.scalar?.string else {
        throw error(item, key: key, "expected a list of names")
      }
      out.append(s)
    }
    return out
  }

  /// An error at a node.
  func error(_ node: Node, key: String?, _ message: String) -> ConfigFileError {
    ConfigFileError(file: file, line: node.mark?.line, key: key, message: message)
  }

  private static func firstLine(_ error: YamlError) -> String {
    String(describing: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
  }
}
