extension PodTemplateFactory {
  /// Writes `"status": {…}`: phase, conditions, IPs and one status per container, with holes
  /// for the per-pod values (IPs, times, container ids).
  func writeStatus(into w: inout JSONTextWriter, succeeded: Bool) {
    let time = PodHole.time.marker
    w.object("status") { w in
      w.field("phase", succeeded ? "Succeeded" : "Running")
      w.array("conditions") { w in
        for type in [
          "PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled",
        ] {
          w.object { w in
            w.field("type", type)
            let done = !succeeded || type == "Initialized" || type == "PodScheduled"
            w.field("status", done ? "True" : "False")
            w.field("lastTransitionTime", time)
            if !done { w.field("reason", "PodCompleted") }
          }
        }
      }
      w.field("hostIP", PodHole.hostIP.marker)
      w.array("hostIPs") { w in w.object { w in w.field("ip", PodHole.hostIP.marker) } }
      w.field("podIP", PodHole.podIP.marker)
      w.array("podIPs") { w in w.object { w in w.field("ip", PodHole.podIP.marker) } }
      w.field("startTime", time)
      if !initParts.isEmpty {
        w.array("initContainerStatuses") { w in
          for part in initParts { writeContainerStatus(line(part), terminated: true, into: &w) }
        }
      }
      w.array("containerStatuses") { w in
        for part in mainParts { writeContainerStatus(line(part), terminated: succeeded, into: &w) }
      }
      w.field("qosClass", "Burstable")
    }
  }

  private func writeContainerStatus(
    _ line: ContainerLine, terminated: Bool, into w: inout JSONTextWriter
  ) {
    let time = PodHole.time.marker
    w.object { w in
      w.field("name", line.name)
      w.object("state") { w in
        if terminated {
          w.object("terminated") { w in
            w.field("exitCode", 0)
            w.field("reason", "Completed")
            w.field("startedAt", time)
            w.field("finishedAt", time)
            w.field("containerID", "containerd://" + PodHole.containerID.marker)
          }
        } else {
          w.object("running") { w in w.field("startedAt", time) }
        }
      }
      w.object("lastState") { _ in }
      w.field("ready", !terminated)
      w.field("restartCount", 0)
      w.field("image", line.image)
      w.field("imageID", line.imageID)
      w.field("containerID", "containerd://" + PodHole.containerID.marker)
      w.field("started", !terminated)
    }
  }
}
