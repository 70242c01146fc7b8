/// Renders pod templates and pods from a ``PodRecipe``: metadata labels and annotations, the
/// spec (containers, sidecars, init containers, env, probes, volumes, security contexts,
/// tolerations, affinity) and, for pods, a status, shaped like `kubectl get pods -o json`.
///
/// A pod is rendered once per ReplicaSet, StatefulSet, DaemonSet or Job as a ``ByteTemplate``
/// whose holes (``PodHole``) take each pod's name, uid, node and IPs.
struct PodTemplateFactory {
  let recipe: PodRecipe
  /// The owning workload's name (for affinity and selectors).
  let workload: String

  /// The pod labels (template metadata), `pod-template-hash`-like extras appended.
  func labels(extra: [(String, String)]) -> [(String, String)] {
    let r = recipe
    var labels: [(String, String)] = [("app", r.app)]
    if r.profile == .application {
      labels += [
        ("app.kubernetes.io/name", r.appName), ("app.kubernetes.io/instance", r.app),
        ("app.kubernetes.io/component", r.tier), ("app.kubernetes.io/part-of", r.team),
        ("app.kubernetes.io/version", r.version), ("app.kubernetes.io/managed-by", "Helm"),
        ("team", r.team), ("tier", r.tier), ("environment", r.environment),
      ]
    } else {
      labels += [("app.kubernetes.io/name", r.appName), ("k8s-app", r.app)]
    }
    if r.mesh {
      labels += [
        ("security.istio.io/tlsMode", "istio"), ("service.istio.io/canonical-name", r.app),
        ("service.istio.io/canonical-revision", r.version),
      ]
    }
    return labels + extra
  }

  /// The pod annotations.
  func annotations() -> [(String, String)] {
    var notes: [(String, String)] = [
      ("prometheus.io/scrape", "true"), ("prometheus.io/port", "\(recipe.port + 1010)"),
      ("kubectl.kubernetes.io/default-container", containerName),
      ("checksum/config", Self.digest("\(recipe.app)/\(recipe.version)/config")),
    ]
    if recipe.mesh {
      notes.append(("sidecar.istio.io/status", Self.istioStatus))
      notes.append(("istio.io/rev", "default"))
    }
    if recipe.vaultInit {
      notes.append(("vault.hashicorp.com/agent-inject", "true"))
      notes.append(("vault.hashicorp.com/role", recipe.app))
    }
    return notes
  }

  /// The main container's name.
  var containerName: String { recipe.profile == .application ? recipe.appName : recipe.app }

  /// Writes `"spec": {…}` of a pod (with `nodeName` and claim holes) or of a template.
  func writeSpec(into w: inout JSONTextWriter, forPod: Bool) {
    w.key("spec")
    writeSpecValue(into: &w, forPod: forPod)
  }

  /// The spec of the pod template (no holes), rendered once for every controller sharing it.
  func templateSpec() -> [UInt8] {
    var w = JSONTextWriter(capacity: 8_192)
    writeSpecValue(into: &w, forPod: false)
    return w.bytes
  }

  /// Writes `{ … }`, the value of a pod's or template's `spec`.
  func writeSpecValue(into w: inout JSONTextWriter, forPod: Bool) {
    w.object { w in
      w.array("volumes") { w in writeVolumes(into: &w, forPod: forPod) }
      if !initParts.isEmpty {
        w.array("initContainers") { w in for part in initParts { writeContainer(part, into: &w) } }
      }
      w.array("containers") { w in for part in mainParts { writeContainer(part, into: &w) } }
      w.field("restartPolicy", recipe.tier == "batch" ? "OnFailure" : "Always")
      w.field("terminationGracePeriodSeconds", 30)
      w.field("dnsPolicy", hostNetwork ? "ClusterFirstWithHostNet" : "ClusterFirst")
      w.field("serviceAccountName", recipe.serviceAccount)
      w.field("serviceAccount", recipe.serviceAccount)
      if forPod { w.field("nodeName", PodHole.node.marker) }
      if hostNetwork { w.field("hostNetwork", true) }
      if recipe.profile == .nodeExporter { w.field("hostPID", true) }
      writePodSecurityContext(into: &w)
      if recipe.profile == .application && recipe.environment == "prod" {
        writeAffinity(into: &w)
      }
      w.field("schedulerName", "default-scheduler")
      writeTolerations(into: &w)
      if let priority = recipe.priorityClassName {
        w.field("priorityClassName", priority)
        w.field("priority", priority.hasPrefix("system") ? 2_000_001_000 : 1_000_000)
      }
      w.field("enableServiceLinks", true)
      w.field("preemptionPolicy", "PreemptLowerPriority")
    }
  }

  /// Renders a whole pod as a template: metadata with `ownerReferences` to `owner`, spec and
  /// status, holes where per-pod values go.
  func renderPod(
    namespace: String, generateName: String?, labels: [(String, String)],
    owner: (apiVersion: String, kind: String, name: String, uid: String)?, succeeded: Bool
  ) -> ByteTemplate {
    var w = JSONTextWriter(capacity: 8_192)
    w.object { w in
      w.field("apiVersion", "v1")
      w.field("kind", "Pod")
      w.object("metadata") { w in
        w.field("name", PodHole.name.marker)
        if let generateName { w.field("generateName", generateName) }
        w.field("namespace", namespace)
        w.field("uid", PodHole.uid.marker)
        w.field("resourceVersion", "\(Self.number(recipe.app + namespace) % 900_000_000 + 1)")
        w.field("creationTimestamp", PodHole.time.marker)
        w.stringMap("labels", labels)
        w.stringMap("annotations", annotations())
        if let owner {
          w.array("ownerReferences") { w in
            w.object { w in
              w.field("apiVersion", owner.apiVersion)
              w.field("kind", owner.kind)
              w.field("name", owner.name)
              w.field("uid", owner.uid)
              w.field("controller", true)
              w.field("blockOwnerDeletion", true)
            }
          }
        }
      }
      writeSpec(into: &w, forPod: true)
      writeStatus(into: &w, succeeded: succeeded)
    }
    return ByteTemplate(rendered: w.bytes)
  }

  /// Whether the pod shares the node's network namespace.
  var hostNetwork: Bool {
    switch recipe.profile {
    case .kubeProxy, .cni, .nodeExporter: true
    default: false
    }
  }

  // MARK: Pod-level parts

  private func writePodSecurityContext(into w: inout JSONTextWriter) {
    w.object("securityContext") { w in
      switch recipe.posture {
      case .hardened:
        w.field("runAsNonRoot", true)
        w.field("runAsUser", 10_001)
        w.field("runAsGroup", 10_001)
        w.field("fsGroup", 10_001)
        w.object("seccompProfile") { w in w.field("type", "RuntimeDefault") }
      case .partial:
        w.field("runAsNonRoot", true)
        w.field("fsGroup", 2_000)
      case .missing, .risky, .privileged:
        break
      }
    }
  }

  private func writeAffinity(into w: inout JSONTextWriter) {
    w.object("affinity") { w in
      w.object("podAntiAffinity") { w in
        w.array("preferredDuringSchedulingIgnoredDuringExecution") { w in
          w.object { w in
            w.field("weight", 100)
            w.object("podAffinityTerm") { w in
              w.object("labelSelector") { w in w.stringMap("matchLabels", [("app", recipe.app)]) }
              w.field("topologyKey", "kubernetes.io/hostname")
            }
          }
        }
      }
      w.object("nodeAffinity") { w in
        w.object("requiredDuringSchedulingIgnoredDuringExecution") { w in
          w.array("nodeSelectorTerms") { w in
            w.object { w in
              w.array("matchExpressions") { w in
                w.object { w in
                  w.field("key", "kubernetes.io/os")
                  w.field("operator", "In")
                  w.strings("values", ["linux"])
                }
              }
            }
          }
        }
      }
    }
  }

  private func writeTolerations(into w: inout JSONTextWriter) {
    w.array("tolerations") { w in
      if recipe.tier == "platform" && recipe.priorityClassName == "system-node-critical" {
        w.object { w in w.field("operator", "Exists") }
        return
      }
      for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"] {
        w.object { w in
          w.field("key", key)
          w.field("operator", "Exists")
          w.field("effect", "NoExecute")
          w.field("tolerationSeconds", 300)
        }
      }
    }
  }

  // MARK: Volumes

  private func writeVolumes(into w: inout JSONTextWriter, forPod: Bool) {
    let r = recipe
    switch r.profile {
    case .kubeProxy:
      hostPath(&w, "lib-modules", "/lib/modules", type: "")
      hostPath(&w, "xtables-lock", "/run/xtables.lock", type: "FileOrCreate")
      configMapVolume(&w, "kube-proxy", "kube-proxy")
    case .cni:
      for (name, path) in [
        ("lib-modules", "/lib/modules"), ("var-run-calico", "/var/run/calico"),
        ("var-lib-calico", "/var/lib/calico"), ("cni-bin-dir", "/opt/cni/bin"),
        ("cni-net-dir", "/etc/cni/net.d"), ("policysync", "/var/run/nodeagent"),
      ] {
        hostPath(&w, name, path, type: "")
      }
    case .nodeExporter:
      hostPath(&w, "proc", "/proc", type: "")
      hostPath(&w, "sys", "/sys", type: "")
      hostPath(&w, "root", "/", type: "")
    case .logAgent:
      hostPath(&w, "varlog", "/var/log", type: "")
      hostPath(&w, "varlibdockercontainers", "/var/lib/docker/containers", type: "")
      configMapVolume(&w, "config", "fluent-bit-config")
    case .addOn:
      configMapVolume(&w, "config", "\(r.app)-config")
      w.object { w in
        w.field("name", "tmp")
        w.object("emptyDir") { _ in }
      }
    case .application:
      writeApplicationVolumes(into: &w, forPod: forPod)
    }
    writeTokenVolume(into: &w)
  }

  private func writeApplicationVolumes(into w: inout JSONTextWriter, forPod: Bool) {
    let r = recipe
    if let config = r.configMapName { configMapVolume(&w, "config", config) }
    if let secret = r.secretName {
      w.object { w in
        w.field("name", "credentials")
        w.object("secret") { w in
          w.field("secretName", secret)
          w.field("defaultMode", 420)
        }
      }
    }
    w.object { w in
      w.field("name", "tmp")
      w.object("emptyDir") { w in w.field("sizeLimit", "1Gi") }
    }
    if r.perPodClaim && forPod {
      w.object { w in
        w.field("name", "data")
        w.object("persistentVolumeClaim") { w in w.field("claimName", PodHole.claim.marker) }
      }
    }
    if r.sharedClaim {
      w.object { w in
        w.field("name", "shared")
        w.object("persistentVolumeClaim") { w in w.field("claimName", "\(r.app)-shared") }
      }
    }
    if r.posture == .risky { hostPath(&w, "docker-sock", "/var/run/docker.sock", type: "Socket") }
    if r.logShipper {
      w.object { w in
        w.field("name", "app-logs")
        w.object("emptyDir") { _ in }
      }
      configMapVolume(&w, "fluent-bit-config", "fluent-bit-sidecar")
    }
    if r.vaultInit {
      w.object { w in
        w.field("name", "vault-secrets")
        w.object("emptyDir") { w in w.field("medium", "Memory") }
      }
    }
    if r.mesh { writeMeshVolumes(into: &w) }
  }

  private func writeMeshVolumes(into w: inout JSONTextWriter) {
    for name in ["workload-socket", "credential-socket", "workload-certs", "istio-data"] {
      w.object { w in
        w.field("name", name)
        w.object("emptyDir") { _ in }
      }
    }
    w.object { w in
      w.field("name", "istio-envoy")
      w.object("emptyDir") { w in w.field("medium", "Memory") }
    }
    w.object { w in
      w.field("name", "istio-podinfo")
      w.object("downwardAPI") { w in
        w.field("defaultMode", 420)
        w.array("items") { w in
          for (path, field) in [
            ("labels", "metadata.labels"), ("annotations", "metadata.annotations"),
          ] {
            w.object { w in
              w.object("fieldRef") { w in
                w.field("apiVersion", "v1")
                w.field("fieldPath", field)
              }
              w.field("path", path)
            }
          }
        }
      }
    }
    w.object { w in
      w.field("name", "istio-token")
      w.object("projected") { w in
        w.field("defaultMode", 420)
        w.array("sources") { w in
          w.object { w in
            w.object("serviceAccountToken") { w in
              w.field("audience", "istio-ca")
              w.field("expirationSeconds", 43_200)
              w.field("path", "istio-token")
            }
          }
        }
      }
    }
    configMapVolume(&w, "istiod-ca-cert", "istio-ca-root-cert")
  }

  private func writeTokenVolume(into w: inout JSONTextWriter) {
    w.object { w in
      w.field("name", Self.tokenVolume)
      w.object("projected") { w in
        w.field("defaultMode", 420)
        w.array("sources") { w in
          w.object { w in
            w.object("serviceAccountToken") { w in
              w.field("expirationSeconds", 3_607)
              w.field("path", "token")
            }
          }
          w.object { w in
            w.object("configMap") { w in
              w.field("name", "kube-root-ca.crt")
              w.array("items") { w in
                w.object { w in
                  w.field("key", "ca.crt")
                  w.field("path", "ca.crt")
                }
              }
            }
          }
          w.object { w in
            w.object("downwardAPI") { w in
              w.array("items") { w in
                w.object { w in
                  w.object("fieldRef") { w in
                    w.field("apiVersion", "v1")
                    w.field("fieldPath", "metadata.namespace")
                  }
                  w.field("path", "namespace")
                }
              }
            }
          }
        }
      }
    }
  }

  private func hostPath(_ w: inout JSONTextWriter, _ name: String, _ path: String, type: String) {
    w.object { w in
      w.field("name", name)
      w.object("hostPath") { w in
        w.field("path", path)
        w.field("type", type)
      }
    }
  }

  private func configMapVolume(_ w: inout JSONTextWriter, _ name: String, _ configMap: String) {
    w.object { w in
      w.field("name", name)
      w.object("configMap") { w in
        w.field("name", configMap)
        w.field("defaultMode", 420)
      }
    }
  }

  // MARK: Helpers

  /// The projected ServiceAccount token volume's name.
  static let tokenVolume = "kube-api-access"

  /// The value of Istio's `sidecar.istio.io/status` annotation (JSON inside a string).
  static let istioStatus =
    #"{"initContainers":["istio-init"],"containers":["istio-proxy"],"volumes":["#
    + #""workload-socket","credential-socket","workload-certs","istio-envoy","istio-data","#
    + #""istio-podinfo","istio-token","istiod-ca-cert"],"imagePullSecrets":null,"#
    + #""revision":"default"}"#

  /// A stable 64-hex-digit digest of `text` (SplitMix64 over FNV-1a; not cryptographic).
  static func digest(_ text: String) -> String {
    var state = UInt64(truncatingIfNeeded: number(text))
    var out = ""
    for _ in 0..<4 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      let hex = String(z, radix: 16)
      out += String(repeating: "0", count: 16 - hex.count) + hex
    }
    return out
  }

  /// A stable non-negative number for `text` (FNV-1a).
  static func number(_ text: String) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(hash >> 2)
  }
}
