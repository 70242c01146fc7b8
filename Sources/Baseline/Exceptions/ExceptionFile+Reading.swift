import Yams

extension ExceptionFile {
  /// Parses the text of an exceptions file.
  ///
  /// - Throws: ``ExceptionFileError`` (`invalid`) naming the file and line.
  public static func parse(_ text: String, file: String) throws(ExceptionFileError) -> ExceptionFile
  {
    let root: Yams.Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw invalid(file, Self.line(of: error), "invalid YAML: \(Self.problem(of: error))")
    } catch {
      throw invalid(file, nil, "invalid YAML: \(error)")
    }
    guard let root else { return ExceptionFile() }
    guard let top = root.mapping else { throw invalid(file, root.mark?.line, "expected a mapping") }
    var result = ExceptionFile()
    for (keyNode, value) in top {
      let key = keyNode.string ?? ""
      switch key {
      case "apiVersion":
        guard value.string == apiVersion else {
          throw invalid(file, value.mark?.line, "apiVersion must be \(apiVersion)")
        }
      case "kind":
        guard value.string == kind else {
          throw invalid(file, value.mark?.line, "kind must be \(kind)")
        }
      case "exceptions":
        if let scalar = value.string, ["", "~", "null"].contains(scalar) { continue }
        guard let list = value.sequence else {
          throw invalid(file, value.mark?.line, "exceptions must be a list")
        }
        for item in list {
          let entry = try ExceptionEntryReader(file: file).entry(from: item)
          if let line = result.lineOfEntry[entry.id] {
            throw invalid(file, item.mark?.line, "duplicate id \(entry.id) (first at line \(line))")
          }
          result.lineOfEntry[entry.id] = item.mark?.line
          result.entries.append(entry)
        }
      default:
        result.unknownFields.append(PreservedField(key: key, node: value))
      }
    }
    guard top.contains(where: { $0.key.string == "apiVersion" }) else {
      throw invalid(file, 1, "missing apiVersion: \(apiVersion)")
    }
    return result
  }

  private static func invalid(_ file: String, _ line: Int?, _ message: String) -> ExceptionFileError
  {
    ExceptionFileError(.invalid, file: file, line: line, message: message)
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      mark.line
    default: nil
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      problem
    default: "\(error)"
    }
  }
}

/// Reads one entry of an exceptions file, with line-accurate errors.
struct ExceptionEntryReader {
  let file: String

  private static let known: Set<String> = [
    "id", "rule", "target", "value", "justification", "owner", "requestedBy", "approvedBy",
    "ticket", "created", "expires",
  ]

  func entry(from node: Yams.Node) throws(ExceptionFileError) -> ExceptionEntry {
    guard let map = node.mapping else { throw fail(node, "each exception must be a mapping") }
    let id = try required("id", in: map, at: node)
    let unknown = map.filter { !Self.known.contains($0.key.string ?? "") }.map {
      PreservedField(key: $0.key.string ?? "", node: $0.value)
    }
    guard let targetNode = map["target"] else {
      throw fail(node, "\(id): missing required field target")
    }
    return ExceptionEntry(
      id: id, rule: try required("rule", in: map, at: node), target: try target(targetNode, id: id),
      value: try map["value"].map { node throws(ExceptionFileError) in try binding(node, id: id) },
      justification: try required("justification", in: map, at: node),
      owner: try required("owner", in: map, at: node),
      requestedBy: try optional("requestedBy", in: map),
      approvedBy: try optional("approvedBy", in: map),
      ticket: try optional("ticket", in: map), created: try optional("created", in: map),
      expires: try required("expires", in: map, at: node), unknownFields: unknown)
  }

  private func target(_ node: Yams.Node, id: String) throws(ExceptionFileError) -> ExceptionTarget {
    guard let map = node.mapping else { throw fail(node, "\(id): target must be a mapping") }
    let allowed: Set<String> = ["kind", "namespace", "name", "container", "match"]
    for (key, _) in map where !allowed.contains(key.string ?? "") {
      throw fail(
        key, "\(id): unknown field target.\(key.string ?? "?") (it would change what is covered)")
    }
    var match = NameMatch.exact
    if let text = try optional("match", in: map) {
      guard let mode = NameMatch(rawValue: text) else {
        throw fail(map["match"]!, "\(id): target.match must be exact, prefix or glob")
      }
      match = mode
    }
    return ExceptionTarget(
      kind: try required("kind", in: map, at: node, prefix: "target."),
      namespace: try optional("namespace", in: map),
      name: try required("name", in: map, at: node, prefix: "target."),
      container: try optional("container", in: map), match: match)
  }

  private func binding(_ node: Yams.Node, id: String) throws(ExceptionFileError) -> ValueBinding {
    guard let map = node.mapping else { throw fail(node, "\(id): value must be a mapping") }
    let path = try optional("path", in: map)
    if let equals = map["equals"] {
      guard let text = equals.string else {
        throw fail(equals, "\(id): value.equals must be a scalar")
      }
      return ValueBinding(path: path, constraint: .equals(text))
    }
    for key in ["oneOf", "subsetOf"] {
      guard let list = map[key] else { continue }
      guard let items = list.sequence?.map({ $0.string }), !items.contains(nil) else {
        throw fail(list, "\(id): value.\(key) must be a list of scalars")
      }
      let values = items.compactMap { $0 }
      return ValueBinding(
        path: path, constraint: key == "oneOf" ? .oneOf(values) : .subsetOf(values))
    }
    throw fail(node, "\(id): value needs equals, oneOf or subsetOf")
  }

  private func required(
    _ key: String, in map: Yams.Node.Mapping, at node: Yams.Node, prefix: String = ""
  ) throws(ExceptionFileError) -> String {
    guard let value = try optional(key, in: map), !value.isEmpty else {
      let id = map["id"]?.string.map { "\($0): " } ?? ""
      throw fail(node, "\(id)missing required field \(prefix)\(key)")
    }
    return value
  }

  private func optional(_ key: String, in map: Yams.Node.Mapping) throws(ExceptionFileError)
    -> String?
  {
    guard let value = map[key] else { return nil }
    guard let text = value.string else { throw fail(value, "\(key) must be a scalar") }
    return text
  }

  private func fail(_ node: Yams.Node, _ message: String) -> ExceptionFileError {
    ExceptionFileError(.invalid, file: file, line: node.mark?.line, message: message)
  }
}
