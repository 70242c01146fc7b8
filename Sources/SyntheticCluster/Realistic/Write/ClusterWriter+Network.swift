extension ClusterWriter {
  /// Writes one Ingress per namespace that exposes a frontend (see ``ingressTarget(_:)``).
  func writeIngresses() throws {
    for ns in plan.namespaces {
      guard let w = ingressTarget(ns) else { continue }
      let host = "\(w.name).\(ns.name).example.com"
      try item(
        "networking.k8s.io/v1", "Ingress", name: w.name, namespace: ns.name,
        uid: Self.uid("ing/\(ns.name)/\(w.name)"), age: w.age,
        annotations: [("cert-manager.io/cluster-issuer", "letsencrypt-prod")]
      ) { o in
        o.object("spec") { o in
          o.field("ingressClassName", "nginx")
          o.array("tls") { o in
            o.object { o in
              o.strings("hosts", [host])
              o.field("secretName", "\(ns.name)-tls")
            }
          }
          o.array("rules") { o in
            o.object { o in
              o.field("host", host)
              o.object("http") { o in
                o.array("paths") { o in
                  o.object { o in
                    o.field("path", "/")
                    o.field("pathType", "Prefix")
                    o.object("backend") { o in
                      o.object("service") { o in
                        o.field("name", w.name)
                        o.object("port") { o in o.field("number", w.recipe.port == 8443 ? 443 : 80)
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Writes each namespace's NetworkPolicy quota: a default deny first, then allows that
  /// select the namespace's workloads by `app`, `tier` or `team` labels.
  func writeNetworkPolicies() throws {
    for ns in plan.namespaces where ns.networkPolicies > 0 {
      for index in 0..<ns.networkPolicies { try writePolicy(index, in: ns) }
    }
  }

  private func writePolicy(_ index: Int, in ns: NamespacePlan) throws {
    let serving = ns.workloads.filter { $0.pods > 0 }
    let kind = serving.isEmpty ? 0 : index % 5
    let target = serving.isEmpty ? nil : serving[(index / 5 + index) % serving.count]
    let round = index / 5 > 0 ? "-\(index / 5 + 1)" : ""
    let name: String
    let selector: [(String, String)]
    var from: [(namespace: [(String, String)]?, pod: [(String, String)]?)] = []
    var port: Int? = target?.recipe.port
    switch (kind, target) {
    case (1, let w?):
      name = "allow-ingress-nginx-to-\(w.name)"
      selector = [("app", w.name)]
      from = [(namespace: [("kubernetes.io/metadata.name", "ingress-nginx")], pod: nil)]
    case (2, let w?):
      name = "allow-monitoring-scrape"
      selector = [("tier", w.recipe.tier)]
      from = [
        (namespace: [("kubernetes.io/metadata.name", "monitoring")], pod: [("app", "prometheus")])
      ]
      port = w.recipe.port + 1010
    case (3, let w?):
      name = "allow-frontend-to-\(w.name)"
      selector = [("app", w.name)]
      from = [(namespace: nil, pod: [("tier", "frontend")])]
    case (4, let w?):
      name = "allow-team-to-\(w.name)"
      selector = [("app", w.name)]
      from = [(namespace: [("team", ns.team)], pod: nil)]
    default:
      name = "default-deny-ingress"
      selector = []
      port = nil
    }
    try item(
      "networking.k8s.io/v1", "NetworkPolicy", name: name + round, namespace: ns.name,
      uid: Self.uid("np/\(ns.name)/\(name)\(round)"), age: ns.age
    ) { o in
      o.object("spec") { o in
        o.object("podSelector") { o in
          if !selector.isEmpty { o.stringMap("matchLabels", selector) }
        }
        o.strings("policyTypes", ["Ingress"])
        guard !from.isEmpty else { return }
        o.array("ingress") { o in
          o.object { o in
            o.array("from") { o in
              for peer in from {
                o.object { o in
                  if let namespace = peer.namespace {
                    o.object("namespaceSelector") { o in o.stringMap("matchLabels", namespace) }
                  }
                  if let pod = peer.pod {
                    o.object("podSelector") { o in o.stringMap("matchLabels", pod) }
                  }
                }
              }
            }
            if let port {
              o.array("ports") { o in
                o.object { o in
                  o.field("protocol", "TCP")
                  o.field("port", port)
                }
              }
            }
          }
        }
      }
    }
  }

  /// Writes the admission webhook configurations of the add-ons.
  func writeWebhooks(mutating: Bool) throws {
    let hooks: [(name: String, namespace: String, service: String, resources: [String])] =
      mutating
      ? [
        ("istio-sidecar-injector", "istio-system", "istiod", ["pods"]),
        ("cert-manager-webhook", "cert-manager", "cert-manager-webhook", ["certificates"]),
        ("pod-identity-webhook", "kube-system", "pod-identity-webhook", ["pods"]),
      ]
      : [
        ("cert-manager-webhook", "cert-manager", "cert-manager-webhook", ["certificates"]),
        (
          "ingress-nginx-admission", "ingress-nginx", "ingress-nginx-controller-admission",
          ["ingresses"]
        ),
        ("istio-validator-istio-system", "istio-system", "istiod", ["*"]),
        (
          "gatekeeper-validating-webhook-configuration", "gatekeeper-system",
          "gatekeeper-webhook-service", ["*"]
        ),
      ]
    let kind = mutating ? "MutatingWebhookConfiguration" : "ValidatingWebhookConfiguration"
    for hook in hooks {
      try item(
        "admissionregistration.k8s.io/v1", kind, name: hook.name, namespace: nil,
        uid: Self.uid("\(kind)/\(hook.name)"), age: 200 * 86_400
      ) { o in
        o.array("webhooks") { o in
          o.object { o in
            o.field("name", "\(hook.service).\(hook.namespace).svc")
            o.object("clientConfig") { o in
              o.object("service") { o in
                o.field("namespace", hook.namespace)
                o.field("name", hook.service)
                o.field("path", mutating ? "/mutate" : "/validate")
                o.field("port", 443)
              }
            }
            o.array("rules") { o in
              o.object { o in
                o.strings("operations", ["CREATE", "UPDATE"])
                o.strings("apiGroups", ["*"])
                o.strings("apiVersions", ["*"])
                o.strings("resources", hook.resources)
                o.field("scope", "*")
              }
            }
            o.field("failurePolicy", hook.name.hasPrefix("gatekeeper") ? "Ignore" : "Fail")
            o.field("sideEffects", "None")
            o.strings("admissionReviewVersions", ["v1"])
            o.field("timeoutSeconds", 10)
            o.object("namespaceSelector") { o in
              o.array("matchExpressions") { o in
                o.object { o in
                  o.field("key", "kubernetes.io/metadata.name")
                  o.field("operator", "NotIn")
                  o.strings("values", ["kube-system", hook.namespace])
                }
              }
            }
          }
        }
      }
    }
  }
}
