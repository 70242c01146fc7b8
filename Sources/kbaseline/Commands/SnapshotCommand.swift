import ArgumentParser
import Foundation
import LiveCluster

/// `kbaseline snapshot`: captures a live cluster into a redacted snapshot file.
struct SnapshotCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Capture a live cluster into a snapshot file (.json or .json.gz).",
    discussion: """
      Reads the kubeconfig as kubectl does (--kubeconfig alone, else KUBECONFIG, else \
      ~/.kube/config, else the in-cluster service account). Lists that are forbidden or \
      incomplete are recorded in the file, not fatal. Secrets are captured as metadata only; \
      env values are replaced by <redacted> unless --keep-env-values.
      """)

  @Option(name: .long, help: "The kubeconfig file to use (no merging).")
  var kubeconfig: String?

  @Option(name: .long, help: "The kubeconfig context to use (default: current-context).")
  var context: String?

  @Flag(name: .long, help: "Keep literal env values of pods and pod templates.")
  var keepEnvValues = false

  @Option(name: .long, help: "Seconds one API request may take.")
  var requestTimeout: Double = 60

  @Option(name: .shortAndLong, help: "The snapshot file to write (.json or .json.gz).")
  var output: String

  func validate() throws {
    let lower = output.lowercased()
    guard lower.hasSuffix(".json") || lower.hasSuffix(".json.gz") else {
      throw ValidationError("the output file must end in .json or .json.gz: \(output)")
    }
    guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be positive") }
  }

  func run() async throws {
    let connection: ClusterConnection
    do {
      connection = try KubeconfigLoader().connection(kubeconfig: kubeconfig, context: context)
    } catch {
      throw CLIError("\(error)")
    }
    for warning in connection.warnings { CLIOutput.warn("warning: \(warning)") }
    let display = SnapshotProgress(interactive: isatty(STDERR_FILENO) == 1)
    let captured: CapturedCluster
    do {
      captured = try await ClusterCapture.capture(
        connection: connection,
        options: CaptureOptions(
          keepEnvValues: keepEnvValues, tool: ("kbaseline", KBaselineVersion.current)),
        clientOptions: ClientOptions(
          requestTimeout: requestTimeout, userAgent: "kbaseline/\(KBaselineVersion.current)"),
        progress: display.handle)
    } catch {
      display.clearLine()
      throw CLIError("\(error)")
    }
    do {
      try SnapshotWriter().write(captured, to: output)
    } catch {
      throw CLIError("cannot write \(output): \(error.localizedDescription)")
    }
    display.summary(captured, path: output)
  }
}
