/// Removes what must never reach a snapshot file: `metadata.managedFields`, the
/// `kubectl.kubernetes.io/last-applied-configuration` annotation, Secret values (`data`,
/// `stringData`; a server that ignored the metadata-only request still sends them), and
/// literal `env[].value`s of pods and pod templates unless asked to keep them.
public struct Redactor: Sendable {
  /// Whether env literal values are kept.
  public var keepEnvValues: Bool

  /// The replacement for a literal env value.
  public static let redactedValue = "<redacted>"
  /// The annotation dropped from every object.
  public static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"

  /// Creates a redactor.
  public init(keepEnvValues: Bool = false) { self.keepEnvValues = keepEnvValues }

  /// What was redacted, for the capture metadata.
  public var redactions: [String] {
    ["secrets: metadata only", "last-applied-configuration", "managedFields"]
      + (keepEnvValues ? [] : ["env[].value"])
  }

  /// The item without what must not be stored.
  ///
  /// - Complexity: O(*n*) in the size of the item.
  public func redact(_ item: JSONValue, kind: String) -> JSONValue {
    guard case .object(var object) = item else { return item }
    if case .object(var metadata)? = object["metadata"] {
      metadata["managedFields"] = nil
      if case .object(var annotations)? = metadata["annotations"] {
        annotations[Self.lastApplied] = nil
        metadata["annotations"] = annotations.isEmpty ? nil : .object(annotations)
      }
      object["metadata"] = .object(metadata)
    }
    if kind == "Secret" {
      object["data"] = nil
      object["stringData"] = nil
    }
    if !keepEnvValues, let path = Self.podSpecPath[kind] {
      object = Self.updating(object, at: path[...]) { redactEnv(in: $0) }
    }
    return .object(object)
  }

  /// Where the pod spec sits in each kind that has one.
  static let podSpecPath: [String: [String]] = {
    var paths: [String: [String]] = ["Pod": ["spec"], "PodTemplate": ["template", "spec"]]
    for kind in [
      "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job",
    ] {
      paths[kind] = ["spec", "template", "spec"]
    }
    paths["CronJob"] = ["spec", "jobTemplate", "spec", "template", "spec"]
    return paths
  }()

  private func redactEnv(in spec: [String: JSONValue]) -> [String: JSONValue] {
    var spec = spec
    for list in ["containers", "initContainers", "ephemeralContainers"] {
      guard case .array(let containers)? = spec[list] else { continue }
      spec[list] = .array(
        containers.map { container in
          guard case .object(var members) = container, case .array(let env)? = members["env"] else {
            return container
          }
          members["env"] = .array(
            env.map { variable in
              guard case .object(var entry) = variable, entry["value"] != nil else {
                return variable
              }
              entry["value"] = .string(Self.redactedValue)
              return .object(entry)
            })
          return .object(members)
        })
    }
    return spec
  }

  private static func updating(
    _ object: [String: JSONValue], at path: ArraySlice<String>,
    _ change: ([String: JSONValue]) -> [String: JSONValue]
  ) -> [String: JSONValue] {
    guard let key = path.first else { return change(object) }
    guard case .object(let child)? = object[key] else { return object }
    var copy = object
    copy[key] = .object(updating(child, at: path.dropFirst(), change))
    return copy
  }
}
