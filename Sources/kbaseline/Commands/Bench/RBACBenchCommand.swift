import ArgumentParser
import Foundation
import KubeModel
import RBAC
import SyntheticCluster

/// `kbaseline bench rbac`: effective admins and the who-can index on a generated cluster.
struct RBACBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rbac",
    abstract: "Benchmark RBAC: policy index, effective admins, who-can, findings.")

  @Option(name: .long, help: "Generator seed.") var seed: UInt64 = 42
  @Option(name: .long, help: "Bindings (the rest of the shape scales with it).")
  var bindings: Int = 20_000
  @Option(name: .long, help: "Who-can queries to time.") var queries: Int = 200

  func run() async throws {
    let scale = Double(bindings) / 20_000
    func scaled(_ n: Int) -> Int { max(1, Int(Double(n) * scale)) }
    let shape = RBACClusterShape(
      namespaces: scaled(1_000), serviceAccounts: scaled(10_000), roles: scaled(5_000),
      clusterRoles: scaled(500), bindings: bindings, clusterBindings: scaled(2_000),
      users: scaled(2_000), groups: scaled(200), nodes: max(4, scaled(100)), pods: scaled(5_000),
      tokenSecrets: scaled(1_000))
    var rows: [[String]] = []
    let (objects, tGen) = Self.time { shape.objects(seed: seed) }
    let (snapshot, tSnap) = Self.time { Snapshot(objects: objects) }
    let (policy, tIndex) = Self.time { RBACPolicy(snapshot: snapshot) }
    let (admins, tAdmins) = Self.time { EffectiveAdmins(policy: policy, snapshot: snapshot) }
    let requests = Self.requests(count: queries, snapshot: snapshot)
    let (answers, tWho) = Self.time { requests.map { policy.whoCan($0).subjects.count } }
    let (findings, tFind) = Self.time { RBACFindings.findings(policy: policy, admins: admins) }
    rows.append(["generate objects", "\(objects.count) objects", Self.ms(tGen), ""])
    rows.append(["build snapshot", "\(snapshot.bindings.count) bindings", Self.ms(tSnap), ""])
    rows.append([
      "policy + who-can index", "\(snapshot.roles.count + snapshot.clusterRoles.count) roles",
      Self.ms(tIndex), Self.rate(snapshot.bindings.count, tIndex, "bindings"),
    ])
    rows.append([
      "effective admins",
      "\(admins.admins.count) admins, \(admins.namespaceAdmins.count) ns admins",
      Self.ms(tAdmins),
      "graph \(admins.graphSize.nodes) nodes / \(admins.graphSize.edges) edges",
    ])
    rows.append([
      "who-can queries", "\(requests.count) queries, \(answers.reduce(0, +)) subjects",
      Self.ms(tWho), Self.rate(requests.count, tWho, "queries"),
    ])
    rows.append(["findings", "\(findings.count) findings", Self.ms(tFind), ""])
    rows.append([
      "index + effective admins", "target < 1000 ms",
      Self.ms((tIndex.wall + tAdmins.wall, tIndex.cpu + tAdmins.cpu)), "",
    ])
    CLIOutput.write(
      "RBAC benchmark (seed \(seed), \(snapshot.serviceAccounts.count) ServiceAccounts)\n"
        + TextTable.render(
          header: ["STEP", "SIZE", "TIME (WALL, CPU)", "THROUGHPUT (CPU)"], rows: rows))
  }

  /// Runs `body`, returning its value and (wall, CPU) seconds; CPU time is the thread's, so
  /// figures stay meaningful on a shared machine.
  static func time<T>(_ body: () -> T) -> (T, (wall: Double, cpu: Double)) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPU()
    let value = body()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (value, (wall, threadCPU() - cpuStart))
  }

  static func threadCPU() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  static func ms(_ t: (wall: Double, cpu: Double)) -> String {
    String(format: "%.1f ms (cpu %.1f)", t.wall * 1000, t.cpu * 1000)
  }

  static func rate(_ n: Int, _ t: (wall: Double, cpu: Double), _ unit: String) -> String {
    String(format: "%.0f %@/s", Double(n) / max(t.cpu, 1e-9), unit)
  }

  static func requests(count: Int, snapshot: Snapshot) -> [AccessRequest] {
    let verbs = ["get", "list", "create", "delete", "patch"]
    let resources = ["pods", "secrets", "deployments", "pods/exec", "configmaps", "nodes"]
    let namespaces = snapshot.namespaces.map(\.name)
    return (0..<count).map { i in
      let resource = resources[i % resources.count]
      return AccessRequest(
        verb: verbs[i % verbs.count], apiGroup: ResourceScope.defaultGroup(of: resource),
        combinedResource: resource, namespace: i % 4 == 0 ? "" : namespaces[i % namespaces.count])
    }
  }
}
