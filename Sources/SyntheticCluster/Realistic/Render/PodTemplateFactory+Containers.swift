extension PodTemplateFactory {
  /// The init containers, in order.
  var initParts: [ContainerPart] {
    var parts: [ContainerPart] = []
    if recipe.mesh { parts.append(.istioInit) }
    if recipe.vaultInit { parts.append(.vaultAgent) }
    if recipe.profile == .application && recipe.perPodClaim {
      parts.append(.waitForDependencies)
    }
    return parts
  }

  /// The containers, main first.
  var mainParts: [ContainerPart] {
    var parts: [ContainerPart] = [.main]
    if recipe.mesh { parts.append(.istioProxy) }
    if recipe.logShipper { parts.append(.logShipper) }
    return parts
  }

  /// The name, image and image digest of a part (for container statuses).
  func line(_ part: ContainerPart) -> ContainerLine {
    let (name, image): (String, String) =
      switch part {
      case .main: (containerName, "\(recipe.image):\(recipe.version)")
      case .istioProxy: ("istio-proxy", "docker.io/istio/proxyv2:1.24.2")
      case .istioInit: ("istio-init", "docker.io/istio/proxyv2:1.24.2")
      case .logShipper: ("log-shipper", "cr.fluentbit.io/fluent/fluent-bit:3.2.4")
      case .vaultAgent: ("vault-agent-init", "hashicorp/vault:1.18.3")
      case .waitForDependencies: ("wait-for-deps", "busybox:1.37")
      }
    let repository = image.split(separator: ":").first.map(String.init) ?? image
    return ContainerLine(
      name: name, image: image, imageID: "\(repository)@sha256:\(Self.digest(image))")
  }

  /// Writes one container object.
  func writeContainer(_ part: ContainerPart, into w: inout JSONTextWriter) {
    let line = line(part)
    w.object { w in
      w.field("name", line.name)
      w.field("image", line.image)
      switch part {
      case .main: writeMain(into: &w)
      case .istioProxy: writeIstioProxy(into: &w)
      case .istioInit: writeIstioInit(into: &w)
      case .logShipper: writeLogShipper(into: &w)
      case .vaultAgent: writeVaultAgent(into: &w)
      case .waitForDependencies: writeWaitForDependencies(into: &w)
      }
      w.field("terminationMessagePath", "/dev/termination-log")
      w.field("terminationMessagePolicy", "File")
      w.field("imagePullPolicy", "IfNotPresent")
    }
  }

  // MARK: Main container

  private func writeMain(into w: inout JSONTextWriter) {
    let r = recipe
    switch r.profile {
    case .kubeProxy:
      w.strings(
        "command", ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf"])
    case .cni:
      w.strings("command", ["start_runit"])
    case .nodeExporter:
      w.strings(
        "args", ["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--path.rootfs=/host/root"])
    case .logAgent:
      w.strings(
        "args", ["--workdir=/fluent-bit/etc", "--config=/fluent-bit/etc/conf/fluent-bit.conf"])
    case .addOn:
      w.strings(
        "args", ["--v=2", "--leader-elect=true", "--metrics-bind-address=:\(r.port + 1010)"])
    case .application:
      break
    }
    w.array("ports") { w in
      w.object { w in
        w.field("name", r.port == 8443 ? "https" : "http")
        w.field("containerPort", r.port)
        w.field("protocol", "TCP")
      }
    }
    if r.profile == .application {
      writeApplicationEnvironment(into: &w)
    } else {
      writeFieldEnvironment(into: &w, [("NODE_NAME", "spec.nodeName"), ("POD_IP", "status.podIP")])
    }
    writeResources(into: &w, cpu: r.tier == "data" ? "500m" : "100m", memory: "256Mi")
    writeMainMounts(into: &w)
    writeProbes(into: &w)
    writeContainerSecurityContext(into: &w)
  }

  private func writeApplicationEnvironment(into w: inout JSONTextWriter) {
    let r = recipe
    w.array("envFrom") { w in
      if let config = r.configMapName {
        w.object { w in w.object("configMapRef") { w in w.field("name", config) } }
      }
      if r.tier == "backend", let secret = r.secretName {
        w.object { w in
          w.field("prefix", "DB_")
          w.object("secretRef") { w in w.field("name", secret) }
        }
      }
    }
    w.array("env") { w in
      for (name, value) in [
        ("APP_ENV", r.environment), ("LOG_LEVEL", r.environment == "prod" ? "info" : "debug"),
        ("PORT", "\(r.port)"),
      ] {
        w.object { w in
          w.field("name", name)
          w.field("value", value)
        }
      }
      if let secret = r.secretName {
        for (name, key) in [("DATABASE_PASSWORD", "password"), ("API_TOKEN", "api-token")] {
          w.object { w in
            w.field("name", name)
            w.object("valueFrom") { w in
              w.object("secretKeyRef") { w in
                w.field("name", secret)
                w.field("key", key)
              }
            }
          }
        }
      }
      if let config = r.configMapName {
        w.object { w in
          w.field("name", "FEATURE_FLAGS")
          w.object("valueFrom") { w in
            w.object("configMapKeyRef") { w in
              w.field("name", config)
              w.field("key", "feature-flags")
              w.field("optional", true)
            }
          }
        }
      }
      for (name, path) in [
        ("POD_NAME", "metadata.name"), ("POD_NAMESPACE", "metadata.namespace"),
        ("POD_IP", "status.podIP"),
      ] {
        fieldEnv(&w, name, path)
      }
      w.object { w in
        w.field("name", "GOMEMLIMIT")
        w.object("valueFrom") { w in
          w.object("resourceFieldRef") { w in
            w.field("containerName", containerName)
            w.field("resource", "limits.memory")
            w.field("divisor", "0")
          }
        }
      }
    }
  }

  private func writeFieldEnvironment(into w: inout JSONTextWriter, _ pairs: [(String, String)]) {
    w.array("env") { w in for (name, path) in pairs { fieldEnv(&w, name, path) } }
  }

  private func fieldEnv(_ w: inout JSONTextWriter, _ name: String, _ path: String) {
    w.object { w in
      w.field("name", name)
      w.object("valueFrom") { w in
        w.object("fieldRef") { w in
          w.field("apiVersion", "v1")
          w.field("fieldPath", path)
        }
      }
    }
  }

  private func writeResources(into w: inout JSONTextWriter, cpu: String, memory: String) {
    w.object("resources") { w in
      w.object("limits") { w in w.field("memory", memory == "256Mi" ? "512Mi" : "256Mi") }
      w.object("requests") { w in
        w.field("cpu", cpu)
        w.field("memory", memory)
      }
    }
  }

  private func writeMainMounts(into w: inout JSONTextWriter) {
    let r = recipe
    var mounts: [(String, String, Bool)] = []
    switch r.profile {
    case .kubeProxy:
      mounts = [
        ("kube-proxy", "/var/lib/kube-proxy", false), ("xtables-lock", "/run/xtables.lock", false),
        ("lib-modules", "/lib/modules", true),
      ]
    case .cni:
      mounts = [
        ("lib-modules", "/lib/modules", true), ("var-run-calico", "/var/run/calico", false),
        ("var-lib-calico", "/var/lib/calico", false), ("policysync", "/var/run/nodeagent", false),
      ]
    case .nodeExporter:
      mounts = [
        ("proc", "/host/proc", true), ("sys", "/host/sys", true), ("root", "/host/root", true),
      ]
    case .logAgent:
      mounts = [
        ("varlog", "/var/log", true),
        ("varlibdockercontainers", "/var/lib/docker/containers", true),
        ("config", "/fluent-bit/etc/conf", false),
      ]
    case .addOn:
      mounts = [("config", "/etc/\(r.app)", true), ("tmp", "/tmp", false)]
    case .application:
      if r.configMapName != nil { mounts.append(("config", "/etc/app", true)) }
      if r.secretName != nil { mounts.append(("credentials", "/etc/secrets", true)) }
      mounts.append(("tmp", "/tmp", false))
      if r.perPodClaim { mounts.append(("data", "/var/lib/\(r.appName)", false)) }
      if r.sharedClaim { mounts.append(("shared", "/shared", false)) }
      if r.posture == .risky { mounts.append(("docker-sock", "/var/run/docker.sock", false)) }
      if r.logShipper { mounts.append(("app-logs", "/var/log/app", false)) }
      if r.vaultInit { mounts.append(("vault-secrets", "/vault/secrets", true)) }
    }
    mounts.append((Self.tokenVolume, "/var/run/secrets/kubernetes.io/serviceaccount", true))
    writeMounts(into: &w, mounts)
  }

  private func writeMounts(into w: inout JSONTextWriter, _ mounts: [(String, String, Bool)]) {
    w.array("volumeMounts") { w in
      for (name, path, readOnly) in mounts {
        w.object { w in
          w.field("name", name)
          if readOnly { w.field("readOnly", true) }
          w.field("mountPath", path)
        }
      }
    }
  }

  private func writeProbes(into w: inout JSONTextWriter) {
    guard recipe.tier != "batch" else { return }
    for (key, path, delay) in [
      ("livenessProbe", "/healthz", 15), ("readinessProbe", "/readyz", 5),
    ] {
      w.object(key) { w in
        w.object("httpGet") { w in
          w.field("path", path)
          w.field("port", recipe.port)
          w.field("scheme", recipe.port == 8443 ? "HTTPS" : "HTTP")
        }
        w.field("initialDelaySeconds", delay)
        w.field("periodSeconds", 10)
      }
    }
  }

  private func writeContainerSecurityContext(into w: inout JSONTextWriter) {
    switch recipe.posture {
    case .hardened:
      w.object("securityContext") { w in
        w.object("capabilities") { w in w.strings("drop", ["ALL"]) }
        w.field("runAsNonRoot", true)
        w.field("readOnlyRootFilesystem", true)
        w.field("allowPrivilegeEscalation", false)
        w.object("seccompProfile") { w in w.field("type", "RuntimeDefault") }
      }
    case .partial:
      w.object("securityContext") { w in w.field("runAsUser", 1_000) }
    case .missing:
      break
    case .risky:
      w.object("securityContext") { w in
        w.object("capabilities") { w in w.strings("add", ["NET_ADMIN", "SYS_PTRACE"]) }
        w.field("runAsUser", 0)
        w.field("allowPrivilegeEscalation", true)
      }
    case .privileged:
      w.object("securityContext") { w in
        if recipe.profile == .nodeExporter {
          w.field("readOnlyRootFilesystem", true)
          w.field("runAsNonRoot", true)
          w.field("runAsUser", 65_534)
        } else {
          w.field("privileged", true)
        }
      }
    }
  }

  // MARK: Sidecars and init containers

  private func writeIstioProxy(into w: inout JSONTextWriter) {
    w.strings(
      "args",
      [
        "proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local",
        "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error",
        "--log_output_level=default:info",
      ])
    w.array("ports") { w in
      w.object { w in
        w.field("name", "http-envoy-prom")
        w.field("containerPort", 15_090)
        w.field("protocol", "TCP")
      }
    }
    w.array("env") { w in
      for (name, value) in [
        ("PILOT_CERT_PROVIDER", "istiod"), ("CA_ADDR", "istiod.istio-system.svc:15012"),
        ("ISTIO_META_CLUSTER_ID", "Kubernetes"), ("ISTIO_META_MESH_ID", "cluster.local"),
        ("TRUST_DOMAIN", "cluster.local"), ("ISTIO_META_WORKLOAD_NAME", workload),
        ("ISTIO_META_OWNER", "kubernetes://apis/apps/v1/namespaces/ns/deployments/\(workload)"),
        ("ISTIO_META_APP_CONTAINERS", containerName),
        ("ISTIO_META_INTERCEPTION_MODE", "REDIRECT"),
      ] {
        w.object { w in
          w.field("name", name)
          w.field("value", value)
        }
      }
      for (name, path) in [
        ("POD_NAME", "metadata.name"), ("POD_NAMESPACE", "metadata.namespace"),
        ("INSTANCE_IP", "status.podIP"), ("SERVICE_ACCOUNT", "spec.serviceAccountName"),
        ("HOST_IP", "status.hostIP"),
      ] {
        fieldEnv(&w, name, path)
      }
    }
    writeResources(into: &w, cpu: "100m", memory: "128Mi")
    writeMounts(
      into: &w,
      [
        ("workload-socket", "/var/run/secrets/workload-spiffe-uds", false),
        ("credential-socket", "/var/run/secrets/credential-uds", false),
        ("workload-certs", "/var/run/secrets/workload-spiffe-credentials", false),
        ("istiod-ca-cert", "/var/run/secrets/istio", false),
        ("istio-data", "/var/lib/istio/data", false), ("istio-envoy", "/etc/istio/proxy", false),
        ("istio-token", "/var/run/secrets/tokens", false),
        ("istio-podinfo", "/etc/istio/pod", false),
        (Self.tokenVolume, "/var/run/secrets/kubernetes.io/serviceaccount", true),
      ])
    w.object("readinessProbe") { w in
      w.object("httpGet") { w in
        w.field("path", "/healthz/ready")
        w.field("port", 15_021)
        w.field("scheme", "HTTP")
      }
      w.field("periodSeconds", 15)
      w.field("failureThreshold", 4)
    }
    w.object("securityContext") { w in
      w.object("capabilities") { w in w.strings("drop", ["ALL"]) }
      w.field("privileged", false)
      w.field("runAsUser", 1_337)
      w.field("runAsGroup", 1_337)
      w.field("runAsNonRoot", true)
      w.field("readOnlyRootFilesystem", true)
      w.field("allowPrivilegeEscalation", false)
    }
  }

  private func writeIstioInit(into w: inout JSONTextWriter) {
    w.strings(
      "args",
      [
        "istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT", "-i", "*",
        "-x", "", "-b", "*", "-d", "15090,15021,15020", "--log_output_level=default:info",
      ])
    writeResources(into: &w, cpu: "10m", memory: "40Mi")
    w.object("securityContext") { w in
      w.object("capabilities") { w in
        w.strings("add", ["NET_ADMIN", "NET_RAW"])
        w.strings("drop", ["ALL"])
      }
      w.field("privileged", false)
      w.field("runAsUser", 0)
      w.field("runAsGroup", 0)
      w.field("runAsNonRoot", false)
      w.field("readOnlyRootFilesystem", false)
      w.field("allowPrivilegeEscalation", false)
    }
  }

  private func writeLogShipper(into w: inout JSONTextWriter) {
    w.strings("args", ["--config=/fluent-bit/etc/fluent-bit.conf"])
    writeResources(into: &w, cpu: "20m", memory: "64Mi")
    writeMounts(
      into: &w,
      [
        ("app-logs", "/var/log/app", true), ("fluent-bit-config", "/fluent-bit/etc", true),
        (Self.tokenVolume, "/var/run/secrets/kubernetes.io/serviceaccount", true),
      ])
    w.object("securityContext") { w in
      w.field("runAsNonRoot", true)
      w.field("readOnlyRootFilesystem", true)
    }
  }

  private func writeVaultAgent(into w: inout JSONTextWriter) {
    w.strings("command", ["/bin/sh", "-ec"])
    w.strings(
      "args", ["echo ${VAULT_CONFIG?} | base64 -d > /home/vault/config.json && vault agent"])
    w.array("env") { w in
      for (name, value) in [
        ("VAULT_ADDR", "https://vault.vault.svc:8200"), ("VAULT_LOG_LEVEL", "info"),
        ("VAULT_LOG_FORMAT", "standard"),
      ] {
        w.object { w in
          w.field("name", name)
          w.field("value", value)
        }
      }
    }
    writeResources(into: &w, cpu: "250m", memory: "64Mi")
    writeMounts(
      into: &w,
      [
        ("vault-secrets", "/vault/secrets", false),
        (Self.tokenVolume, "/var/run/secrets/kubernetes.io/serviceaccount", true),
      ])
    w.object("securityContext") { w in
      w.field("runAsUser", 100)
      w.field("runAsGroup", 1_000)
      w.field("runAsNonRoot", true)
      w.field("allowPrivilegeEscalation", false)
    }
  }

  private func writeWaitForDependencies(into w: inout JSONTextWriter) {
    w.strings(
      "command",
      ["sh", "-c", "until nc -z \(recipe.app)-db 5432; do echo waiting for db; sleep 2; done"])
    writeResources(into: &w, cpu: "10m", memory: "16Mi")
  }
}
