extension ClusterWriter {
  /// Writes the Deployments, StatefulSets, DaemonSets or CronJobs of the plan.
  func writeControllers(_ kind: WorkloadPlan.Kind) throws {
    for ns in plan.namespaces {
      for w in ns.workloads where w.kind == kind {
        let factory = PodTemplateFactory(recipe: w.recipe, workload: w.name)
        let spec = factory.templateSpec()
        switch kind {
        case .deployment: try writeDeployment(w, factory, spec)
        case .statefulSet: try writeStatefulSet(w, factory, spec)
        case .daemonSet: try writeDaemonSet(w, factory, spec)
        case .cronJob: try writeCronJob(w, factory, spec)
        case .pod: break
        }
      }
    }
  }

  /// Writes every Deployment's current ReplicaSet and its superseded ones (at 0 replicas).
  func writeReplicaSets() throws {
    for ns in plan.namespaces {
      for w in ns.workloads where w.kind == .deployment {
        for revision in 1...(w.oldRevisions + 1) {
          try writeReplicaSet(w, revision: revision)
        }
      }
    }
  }

  /// Writes the kept Jobs of every CronJob.
  func writeJobs() throws {
    for ns in plan.namespaces {
      for w in ns.workloads where w.kind == .cronJob {
        let factory = PodTemplateFactory(recipe: w.recipe, workload: w.name)
        let spec = factory.templateSpec()
        for (k, job) in Self.jobNames(w).enumerated() {
          let uid = Self.uid("job/\(w.namespace)/\(job)")
          let labels = Self.jobLabels(job, uid: uid)
          let age = (w.pods - k) * 3_600
          try item(
            "batch/v1", "Job", name: job, namespace: w.namespace, uid: uid, age: age,
            labels: labels, owner: ("batch/v1", "CronJob", w.name, w.uid)
          ) { o in
            o.object("spec") { o in
              o.field("parallelism", 1)
              o.field("completions", 1)
              o.field("backoffLimit", 2)
              o.object("selector") { o in
                o.stringMap("matchLabels", [("batch.kubernetes.io/controller-uid", uid)])
              }
              writeTemplate(into: &o, factory, labels: factory.labels(extra: labels), spec: spec)
            }
            o.object("status") { o in
              o.field("startTime", Timestamps.before(age))
              o.field("completionTime", Timestamps.before(age - 42))
              o.field("succeeded", 1)
              o.field("ready", 0)
            }
          }
        }
      }
    }
  }

  // MARK: Kinds

  private func writeDeployment(_ w: WorkloadPlan, _ f: PodTemplateFactory, _ spec: [UInt8])
    throws
  {
    try item(
      "apps/v1", "Deployment", name: w.name, namespace: w.namespace, uid: w.uid, age: w.age,
      labels: controllerLabels(w), annotations: helmAnnotations(w, revision: w.oldRevisions + 1)
    ) { o in
      o.object("spec") { o in
        o.field("replicas", w.pods)
        writeSelector(into: &o, [("app", w.name)])
        writeTemplate(into: &o, f, labels: f.labels(extra: []), spec: spec)
        o.object("strategy") { o in
          o.field("type", "RollingUpdate")
          o.object("rollingUpdate") { o in
            o.field("maxUnavailable", "25%")
            o.field("maxSurge", "25%")
          }
        }
        o.field("revisionHistoryLimit", 10)
        o.field("progressDeadlineSeconds", 600)
      }
      o.object("status") { o in
        o.field("observedGeneration", w.oldRevisions + 1)
        for key in ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas"] {
          o.field(key, w.pods)
        }
      }
    }
  }

  private func writeReplicaSet(_ w: WorkloadPlan, revision: Int) throws {
    let current = revision == w.oldRevisions + 1
    let name = current ? Self.replicaSetName(w) : Self.oldReplicaSetName(w, revision)
    let hash = String(name.dropFirst(w.name.count + 1))
    var recipe = w.recipe
    if !current {
      recipe.version = Self.olderVersion(recipe.version, by: w.oldRevisions + 1 - revision)
    }
    let factory = PodTemplateFactory(recipe: recipe, workload: w.name)
    let labels = factory.labels(extra: [("pod-template-hash", hash)])
    let replicas = current ? w.pods : 0
    try item(
      "apps/v1", "ReplicaSet", name: name, namespace: w.namespace,
      uid: Self.uid("rs/\(w.namespace)/\(name)"),
      age: max(60, w.age / (w.oldRevisions + 2 - revision)),
      labels: labels,
      annotations: [
        ("deployment.kubernetes.io/desired-replicas", "\(w.pods)"),
        ("deployment.kubernetes.io/max-replicas", "\(w.pods + 1)"),
        ("deployment.kubernetes.io/revision", "\(revision)"),
      ], owner: ("apps/v1", "Deployment", w.name, w.uid)
    ) { o in
      o.object("spec") { o in
        o.field("replicas", replicas)
        writeSelector(into: &o, [("app", w.name), ("pod-template-hash", hash)])
        writeTemplate(into: &o, factory, labels: labels, spec: factory.templateSpec())
      }
      o.object("status") { o in
        o.field("replicas", replicas)
        o.field("fullyLabeledReplicas", replicas)
        o.field("readyReplicas", replicas)
        o.field("availableReplicas", replicas)
        o.field("observedGeneration", 1)
      }
    }
  }

  private func writeStatefulSet(_ w: WorkloadPlan, _ f: PodTemplateFactory, _ spec: [UInt8])
    throws
  {
    try item(
      "apps/v1", "StatefulSet", name: w.name, namespace: w.namespace, uid: w.uid, age: w.age,
      labels: controllerLabels(w), annotations: helmAnnotations(w, revision: 1)
    ) { o in
      o.object("spec") { o in
        o.field("replicas", w.pods)
        writeSelector(into: &o, [("app", w.name)])
        writeTemplate(into: &o, f, labels: f.labels(extra: []), spec: spec)
        o.field("serviceName", w.name)
        if w.recipe.perPodClaim {
          o.array("volumeClaimTemplates") { o in
            o.object { o in
              o.field("apiVersion", "v1")
              o.field("kind", "PersistentVolumeClaim")
              o.object("metadata") { o in o.field("name", "data") }
              o.object("spec") { o in
                o.strings("accessModes", ["ReadWriteOnce"])
                o.field("storageClassName", "gp3")
                o.object("resources") { o in
                  o.object("requests") { o in o.field("storage", "20Gi") }
                }
              }
            }
          }
        }
        o.field("podManagementPolicy", "OrderedReady")
        o.object("updateStrategy") { o in o.field("type", "RollingUpdate") }
      }
      o.object("status") { o in
        for key in ["replicas", "readyReplicas", "currentReplicas", "updatedReplicas"] {
          o.field(key, w.pods)
        }
        o.field("currentRevision", "\(w.name)-\(w.templateHash)")
      }
    }
  }

  private func writeDaemonSet(_ w: WorkloadPlan, _ f: PodTemplateFactory, _ spec: [UInt8])
    throws
  {
    try item(
      "apps/v1", "DaemonSet", name: w.name, namespace: w.namespace, uid: w.uid, age: w.age,
      labels: controllerLabels(w), annotations: [("deprecated.daemonset.template.generation", "1")]
    ) { o in
      o.object("spec") { o in
        writeSelector(into: &o, [("app", w.name)])
        writeTemplate(into: &o, f, labels: f.labels(extra: []), spec: spec)
        o.object("updateStrategy") { o in
          o.field("type", "RollingUpdate")
          o.object("rollingUpdate") { o in o.field("maxUnavailable", 1) }
        }
      }
      o.object("status") { o in
        for key in [
          "currentNumberScheduled", "desiredNumberScheduled", "numberReady", "numberAvailable",
          "updatedNumberScheduled",
        ] {
          o.field(key, w.pods)
        }
        o.field("numberMisscheduled", 0)
      }
    }
  }

  private func writeCronJob(_ w: WorkloadPlan, _ f: PodTemplateFactory, _ spec: [UInt8]) throws {
    try item(
      "batch/v1", "CronJob", name: w.name, namespace: w.namespace, uid: w.uid, age: w.age,
      labels: controllerLabels(w), annotations: helmAnnotations(w, revision: 1)
    ) { o in
      o.object("spec") { o in
        o.field("schedule", "0 * * * *")
        o.field("concurrencyPolicy", "Forbid")
        o.field("suspend", false)
        o.object("jobTemplate") { o in
          o.object("spec") { o in
            o.field("backoffLimit", 2)
            writeTemplate(into: &o, f, labels: f.labels(extra: []), spec: spec)
          }
        }
        o.field("successfulJobsHistoryLimit", 3)
        o.field("failedJobsHistoryLimit", 1)
      }
      o.object("status") { o in
        o.field("lastScheduleTime", Timestamps.before(3_600))
        o.field("lastSuccessfulTime", Timestamps.before(3_558))
      }
    }
  }

  // MARK: Shared parts

  private func writeTemplate(
    into o: inout JSONTextWriter, _ f: PodTemplateFactory, labels: [(String, String)],
    spec: [UInt8]
  ) {
    o.object("template") { o in
      o.object("metadata") { o in
        o.stringMap("labels", labels)
        o.stringMap("annotations", f.annotations())
      }
      o.key("spec")
      o.rawValue(spec)
    }
  }

  private func writeSelector(into o: inout JSONTextWriter, _ labels: [(String, String)]) {
    o.object("selector") { o in o.stringMap("matchLabels", labels) }
  }

  private func controllerLabels(_ w: WorkloadPlan) -> [(String, String)] {
    var labels: [(String, String)] = [
      ("app", w.name), ("app.kubernetes.io/name", w.recipe.appName),
    ]
    if w.recipe.profile == .application {
      labels += [
        ("app.kubernetes.io/instance", w.name), ("app.kubernetes.io/managed-by", "Helm"),
        ("helm.sh/chart", "\(w.recipe.appName)-\(w.recipe.version)"), ("team", w.recipe.team),
      ]
    }
    return labels
  }

  private func helmAnnotations(_ w: WorkloadPlan, revision: Int) -> [(String, String)] {
    var notes: [(String, String)] = []
    if w.kind == .deployment { notes.append(("deployment.kubernetes.io/revision", "\(revision)")) }
    notes += [
      ("meta.helm.sh/release-name", w.name), ("meta.helm.sh/release-namespace", w.namespace),
    ]
    return notes
  }

  /// An earlier version than `version` (`1.4.2` → `1.3.7` for one step back).
  static func olderVersion(_ version: String, by steps: Int) -> String {
    let parts = version.split(separator: ".").compactMap { Int($0) }
    guard parts.count == 3 else { return version + "-\(steps)" }
    return "\(parts[0]).\(max(0, parts[1] - steps)).\((parts[2] + 5 * steps) % 10)"
  }
}
