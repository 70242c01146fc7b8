import KubeModel

/// The figures of each domain's current state, from the snapshot, the shared analyses and the
/// report.
struct DomainFacts {
  let snapshot: Snapshot
  let report: BaselineReport
  let context: BaselineContext

  /// The figures of a domain.
  ///
  /// - Complexity: O(*n*) in the objects, workloads and findings involved.
  func figures(for domain: Domain) -> [AuditFigure] {
    let rules = report.catalogue.rules(in: domain)
    let failing = Set(report.findings.filter { $0.finding.domain == domain }.map(\.finding.rule))
    let common = [
      AuditFigure("Controls checked", rules.count),
      AuditFigure("Controls with findings", rules.filter { failing.contains($0.id) }.count),
    ]
    switch domain {
    case .rbac: return common + rbac
    case .network: return common + network
    case .secrets: return common + secrets
    case .workload: return common + workload
    case .logging: return common + logging
    }
  }

  private var rbac: [AuditFigure] {
    guard let admins = context.rbac?.admins else {
      return [AuditFigure("RBAC analysis", "not run")]
    }
    let direct = admins.admins.filter { $0.how == .direct }.count
    var figures = [
      AuditFigure("Effective cluster-admins", admins.admins.count),
      AuditFigure("— by their own grants", direct),
      AuditFigure("— through an escalation chain", admins.admins.count - direct),
    ]
    for (category, entries) in admins.grouped {
      figures.append(AuditFigure("— \(category.title)", entries.count))
    }
    figures.append(AuditFigure("Namespace-scoped admins", admins.namespaceAdmins.count))
    figures.append(AuditFigure("RoleBindings", snapshot.roleBindings.count))
    figures.append(AuditFigure("ClusterRoleBindings", snapshot.clusterRoleBindings.count))
    return figures
  }

  private var network: [AuditFigure] {
    guard let overview = context.network else {
      return [AuditFigure("Reachability analysis", "not run")]
    }
    let used = overview.matrix.coverage.filter { $0.pods > 0 }
    return [
      AuditFigure("Namespaces with workloads", used.count),
      AuditFigure(
        "— isolated for ingress (every pod)",
        used.filter { $0.ingressIsolatedPods == $0.pods }.count),
      AuditFigure(
        "— isolated for egress (every pod)",
        used.filter { $0.egressIsolatedPods == $0.pods }.count
      ),
      AuditFigure("— without any NetworkPolicy", used.filter { $0.policies == 0 }.count),
      AuditFigure(
        "Flat namespaces (reachable from every namespace)", overview.matrix.flatNamespaces.count),
      AuditFigure("Environment crossings allowed", overview.matrix.environmentCrossingCount),
      AuditFigure("NetworkPolicies analysed", overview.policyCount),
      AuditFigure("Workloads analysed", overview.workloadCount),
    ]
  }

  private var secrets: [AuditFigure] {
    let legacy = snapshot.secrets.filter { $0.type == Secret.serviceAccountTokenType }
    return [
      AuditFigure("Secrets", snapshot.secrets.count),
      AuditFigure("— legacy ServiceAccount token Secrets", legacy.count),
      AuditFigure("ConfigMaps", snapshot.configMaps.count),
      AuditFigure("Objects with findings in this domain", objectsWithFindings(in: .secrets)),
    ]
  }

  private var workload: [AuditFigure] {
    var figures = [AuditFigure("Workloads", report.workloads.count)]
    let labels: [(PSSLevel, String)] = [
      (.restricted, "— meeting PSS restricted"), (.baseline, "— meeting PSS baseline only"),
      (.privileged, "— meeting neither (privileged)"),
    ]
    for (level, label) in labels {
      figures.append(AuditFigure(label, report.workloads.filter { $0.level == level }.count))
    }
    let namespaces = report.namespaces.filter { !$0.isSynthesized }
    for level in PSSLevel.allCases.reversed() {
      let count = namespaces.filter { $0.enforced == level }.count
      figures.append(AuditFigure("Namespaces enforcing \(level.rawValue)", count))
    }
    figures.append(
      AuditFigure(
        "Namespaces without an enforce label", namespaces.filter { $0.enforced == nil }.count))
    figures.append(
      AuditFigure(
        "Workloads below their namespace's enforced level",
        namespaces.reduce(0) { $0 + $1.workloadsBelowEnforced.count }))
    return figures
  }

  private var logging: [AuditFigure] {
    let found = Set(report.findings.map(\.finding.rule))
    func detector(_ label: String, _ rule: String) -> AuditFigure {
      AuditFigure(label, found.contains(rule) ? "missing (\(rule))" : "not flagged")
    }
    return [
      detector("API server audit log", "logging.audit-log-missing"),
      detector("Log shipping off the nodes", "logging.no-log-shipping"),
      detector("Runtime detection on every node", "logging.no-runtime-detection"),
      AuditFigure("Workloads with findings in this domain", objectsWithFindings(in: .logging)),
    ]
  }

  /// Distinct targets (ignoring containers) with findings in a domain.
  private func objectsWithFindings(in domain: Domain) -> Int {
    Set(
      report.findings.filter { $0.finding.domain == domain }.map {
        ObjectKey(
          kind: $0.finding.target.kind, namespace: $0.finding.target.namespace,
          name: $0.finding.target.name)
      }
    ).count
  }
}
