#!/usr/bin/env python3
"""Generates kbaseline's demo inputs: snapshots/demo.json and snapshots/demo-list.yaml.

demo.json is a kbaseline snapshot (live.md §5.2) of "acme-prod-eu-1", the production cluster
of the fictional SaaS company Acme Cloud. It looks like what `kbaseline capture` would write
for a real kubeadm cluster: API defaults filled in, pods with status, ReplicaSets between
Deployments and Pods, the bootstrap RBAC policy, and a set of deliberate problems (listed in
snapshots/README.md) that every pane of the explorer should surface.

demo-list.yaml is a small namespace ("web") as `kubectl get ... -o yaml` prints it.

Standard library only, and deterministic: timestamps are fixed or derived from a hash of the
object's key, UIDs are uuid5 of the key. Rerunning produces byte-identical files.

    python3 snapshots/generate_demo.py
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import pathlib
import re
import uuid

HERE = pathlib.Path(__file__).resolve().parent

CLUSTER = "acme-prod-eu-1"
CAPTURED_AT = "2026-11-20T09:30:00Z"
K8S_VERSION = "v1.32.3"
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "demo.kbaseline.acme.example")

# Obviously fake values for the env literals the capture kept (--keep-env-values).
FAKE_PASSWORD = "changeme-demo-not-a-secret"
FAKE_TOKEN = "demo-token-not-a-real-token-0000"

# Time windows (start, end) for creationTimestamps, by what the object is.
CLUSTER_BIRTH = ("2025-06-02T07:14:31Z", "2025-06-02T07:16:00Z")
PLATFORM_ERA = ("2025-06-02T08:00:00Z", "2025-06-20T17:00:00Z")
APPS_ERA = ("2025-07-01T08:00:00Z", "2025-09-30T17:00:00Z")
CHANGES_ERA = ("2025-10-01T08:00:00Z", "2026-10-30T17:00:00Z")
NODE_REBOOT = ("2026-11-03T02:10:00Z", "2026-11-03T02:40:00Z")
ROLLOUTS = ("2026-11-04T08:00:00Z", "2026-11-19T17:00:00Z")


# ---------------------------------------------------------------------------------------------
# Deterministic values


def digest(*parts: object) -> str:
  """The sha256 hex digest of the parts joined by '/'."""
  return hashlib.sha256("/".join(str(p) for p in parts).encode()).hexdigest()


def make_uid(kind: str, namespace: str | None, name: str) -> str:
  """A stable UID for the object (uuid5 of its key)."""
  return str(uuid.uuid5(UID_NAMESPACE, f"{kind}/{namespace or ''}/{name}"))


def parse_time(text: str) -> dt.datetime:
  return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def format_time(moment: dt.datetime) -> str:
  return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def when(window: tuple[str, str], *key: object) -> str:
  """A timestamp inside the window, picked by hashing the key."""
  start, end = parse_time(window[0]), parse_time(window[1])
  span = int((end - start).total_seconds())
  return format_time(start + dt.timedelta(seconds=int(digest(*key)[:12], 16) % span))


def later(timestamp: str, seconds: int) -> str:
  return format_time(parse_time(timestamp) + dt.timedelta(seconds=seconds))


def resource_version(*key: object) -> str:
  """An object's resourceVersion: below every list's resourceVersion."""
  return str(38_000_000 + int(digest("rv", *key)[:8], 16) % 9_000_000)


# The alphabet Kubernetes uses for generated name suffixes and pod-template-hashes.
SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"


def name_suffix(*key: object, length: int = 5) -> str:
  value = int(digest("suffix", *key), 16)
  chars = []
  for _ in range(length):
    value, index = divmod(value, len(SUFFIX_ALPHABET))
    chars.append(SUFFIX_ALPHABET[index])
  return "".join(chars)


def image_digest(image: str) -> str:
  return "sha256:" + digest("image", image)


def pinned(image: str) -> str:
  """`repo:tag@sha256:…`, as a hardened workload references its image."""
  return f"{image}@{image_digest(image)}"


def repository(image: str) -> str:
  """The image reference without tag or digest."""
  image = image.split("@")[0]
  last = image.rsplit("/", 1)[-1]
  return image[: len(image) - len(last)] + last.split(":")[0]


# ---------------------------------------------------------------------------------------------
# The object store: every object goes into the list of its resource.

# kind → (group, version, resource, namespaced)
RESOURCES = {
  "ConfigMap": ("", "v1", "configmaps", True),
  "Namespace": ("", "v1", "namespaces", False),
  "Node": ("", "v1", "nodes", False),
  "Pod": ("", "v1", "pods", True),
  "ReplicationController": ("", "v1", "replicationcontrollers", True),
  "Secret": ("", "v1", "secrets", True),
  "Service": ("", "v1", "services", True),
  "ServiceAccount": ("", "v1", "serviceaccounts", True),
  "MutatingWebhookConfiguration": (
    "admissionregistration.k8s.io", "v1", "mutatingwebhookconfigurations", False),
  "ValidatingAdmissionPolicy": (
    "admissionregistration.k8s.io", "v1", "validatingadmissionpolicies", False),
  "ValidatingWebhookConfiguration": (
    "admissionregistration.k8s.io", "v1", "validatingwebhookconfigurations", False),
  "DaemonSet": ("apps", "v1", "daemonsets", True),
  "Deployment": ("apps", "v1", "deployments", True),
  "ReplicaSet": ("apps", "v1", "replicasets", True),
  "StatefulSet": ("apps", "v1", "statefulsets", True),
  "Application": ("argoproj.io", "v1alpha1", "applications", True),
  "CronJob": ("batch", "v1", "cronjobs", True),
  "Job": ("batch", "v1", "jobs", True),
  "Certificate": ("cert-manager.io", "v1", "certificates", True),
  "ClusterIssuer": ("cert-manager.io", "v1", "clusterissuers", False),
  "ExternalSecret": ("external-secrets.io", "v1beta1", "externalsecrets", True),
  "ServiceMonitor": ("monitoring.coreos.com", "v1", "servicemonitors", True),
  "Ingress": ("networking.k8s.io", "v1", "ingresses", True),
  "NetworkPolicy": ("networking.k8s.io", "v1", "networkpolicies", True),
  "ClusterRole": ("rbac.authorization.k8s.io", "v1", "clusterroles", False),
  "ClusterRoleBinding": ("rbac.authorization.k8s.io", "v1", "clusterrolebindings", False),
  "Role": ("rbac.authorization.k8s.io", "v1", "roles", True),
  "RoleBinding": ("rbac.authorization.k8s.io", "v1", "rolebindings", True),
}

# Lists the auditor could not read: kind → (HTTP status, message).
FORBIDDEN = {
  "ValidatingAdmissionPolicy": (
    403,
    'validatingadmissionpolicies.admissionregistration.k8s.io is forbidden: User '
    '"auditor@acme.example" cannot list resource "validatingadmissionpolicies" in API group '
    '"admissionregistration.k8s.io" at the cluster scope'),
}


def api_version(kind: str) -> str:
  group, version, _, _ = RESOURCES[kind]
  return f"{group}/{version}" if group else version


class Store:
  """Collects objects by kind, plus the little cluster state generation needs."""

  def __init__(self) -> None:
    self.objects: dict[str, list[dict]] = {kind: [] for kind in RESOURCES}
    self.pod_ips: dict[str, int] = {}
    self.sa_automount: dict[tuple[str, str], bool] = {}

  def add(self, obj: dict) -> dict:
    self.objects[obj["kind"]].append(obj)
    return obj

  def find(self, kind: str, namespace: str | None, name: str) -> dict:
    for obj in self.objects[kind]:
      meta = obj["metadata"]
      if meta["name"] == name and meta.get("namespace") == namespace:
        return obj
    raise KeyError(f"{kind} {namespace}/{name}")

  def next_pod_ip(self, node: dict) -> str:
    cidr = node["spec"]["podCIDR"]
    prefix = cidr.rsplit(".", 1)[0]
    count = self.pod_ips.get(cidr, 0) + 1
    self.pod_ips[cidr] = count
    return f"{prefix}.{count + 10}"


def new_object(
  kind: str, name: str, namespace: str | None = None, *, labels: dict | None = None,
  annotations: dict | None = None, created: str, owner: dict | None = None,
  generation: int | None = None,
) -> dict:
  """An object with apiVersion, kind and the metadata a live API server returns."""
  metadata: dict = {
    "name": name,
    "uid": make_uid(kind, namespace, name),
    "resourceVersion": resource_version(kind, namespace, name),
    "creationTimestamp": created,
  }
  if namespace is not None:
    metadata["namespace"] = namespace
  if labels:
    metadata["labels"] = dict(labels)
  if annotations:
    metadata["annotations"] = dict(annotations)
  if owner is not None:
    metadata["ownerReferences"] = [owner_reference(owner)]
  if generation is not None:
    metadata["generation"] = generation
  return {"apiVersion": api_version(kind), "kind": kind, "metadata": metadata}


def owner_reference(owner: dict) -> dict:
  return {
    "apiVersion": owner["apiVersion"],
    "blockOwnerDeletion": True,
    "controller": True,
    "kind": owner["kind"],
    "name": owner["metadata"]["name"],
    "uid": owner["metadata"]["uid"],
  }


# ---------------------------------------------------------------------------------------------
# Nodes and namespaces

# name → (internal IP, pod CIDR, zone, control plane)
NODES = {
  "cp-1": ("10.20.1.10", "10.244.0.0/24", "eu-1a", True),
  "worker-1": ("10.20.1.21", "10.244.1.0/24", "eu-1b", False),
  "worker-2": ("10.20.1.22", "10.244.2.0/24", "eu-1c", False),
}
WORKERS = ["worker-1", "worker-2"]
CONTROL_PLANE_TAINT = {"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"}


def add_node(store: Store, name: str) -> None:
  ip, cidr, zone, control_plane = NODES[name]
  labels = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": name,
    "kubernetes.io/os": "linux",
    "topology.kubernetes.io/region": "eu-1",
    "topology.kubernetes.io/zone": zone,
  }
  if control_plane:
    labels["node-role.kubernetes.io/control-plane"] = ""
    labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
  node = new_object(
    "Node", name, labels=labels, created=when(CLUSTER_BIRTH, "node", name),
    annotations={
      "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
      "node.alpha.kubernetes.io/ttl": "0",
      "projectcalico.org/IPv4Address": f"{ip}/24",
      "volumes.kubernetes.io/controller-managed-attach-detach": "true",
    })
  node["spec"] = {"podCIDR": cidr, "podCIDRs": [cidr]}
  if control_plane:
    node["spec"]["taints"] = [CONTROL_PLANE_TAINT]
  ready_since = when(NODE_REBOOT, "node-ready", name)
  node["status"] = {
    "addresses": [{"address": ip, "type": "InternalIP"}, {"address": name, "type": "Hostname"}],
    "allocatable": {"cpu": "4", "ephemeral-storage": "95491281146", "memory": "16164624Ki",
                    "pods": "110"},
    "capacity": {"cpu": "4", "ephemeral-storage": "103615464Ki", "memory": "16267024Ki",
                 "pods": "110"},
    "conditions": [
      node_condition("MemoryPressure", "False", "KubeletHasSufficientMemory", ready_since),
      node_condition("DiskPressure", "False", "KubeletHasNoDiskPressure", ready_since),
      node_condition("PIDPressure", "False", "KubeletHasSufficientPID", ready_since),
      node_condition("Ready", "True", "KubeletReady", ready_since),
    ],
    "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
    "nodeInfo": {
      "architecture": "amd64",
      "bootID": make_uid("boot", None, name),
      "containerRuntimeVersion": "containerd://1.7.24",
      "kernelVersion": "6.8.0-49-generic",
      "kubeProxyVersion": K8S_VERSION,
      "kubeletVersion": K8S_VERSION,
      "machineID": digest("machine", name)[:32],
      "operatingSystem": "linux",
      "osImage": "Ubuntu 24.04.1 LTS",
      "systemUUID": make_uid("system", None, name),
    },
  }
  store.add(node)


def node_condition(kind: str, status: str, reason: str, since: str) -> dict:
  return {"lastHeartbeatTime": later(CAPTURED_AT, -41), "lastTransitionTime": since,
          "message": f"kubelet condition {reason}", "reason": reason, "status": status,
          "type": kind}


def node_ip(store: Store, node_name: str) -> str:
  return store.find("Node", None, node_name)["status"]["addresses"][0]["address"]


# Pod Security Admission labels.
def pss(enforce: str | None, warn: str | None = None, audit: str | None = None) -> dict:
  labels = {}
  for mode, level in (("enforce", enforce), ("warn", warn), ("audit", audit)):
    if level:
      labels[f"pod-security.kubernetes.io/{mode}"] = level
      labels[f"pod-security.kubernetes.io/{mode}-version"] = "latest"
  return labels


APPS = ("shop", "billing")
ENVIRONMENTS = ("dev", "test", "acc", "prod")

# Platform namespaces: name → labels (besides kubernetes.io/metadata.name).
PLATFORM_NAMESPACES = {
  "argocd": {"app.kubernetes.io/part-of": "argocd"},
  "cert-manager": {**pss("restricted"), "app.kubernetes.io/part-of": "cert-manager"},
  "ci": {"app.kubernetes.io/part-of": "ci"},
  "default": {},
  "ingress-nginx": {**pss("baseline", warn="restricted"),
                    "app.kubernetes.io/name": "ingress-nginx"},
  "kube-node-lease": {},
  "kube-public": {},
  "kube-system": pss("privileged"),
  "logging": {**pss("privileged"), "app.kubernetes.io/part-of": "logging"},
  "monitoring": {**pss("privileged", warn="baseline"), "app.kubernetes.io/part-of": "monitoring"},
}


def app_namespace_labels(app: str, env: str) -> dict:
  labels = {"app.kubernetes.io/part-of": app, "environment": env, "team": f"{app}-team"}
  if env == "prod":
    # billing-prod was only moved to `baseline`: pdf-renderer needs SYS_ADMIN (a mismatch).
    level = "baseline" if app == "billing" else "restricted"
    labels.update(pss(level, warn="restricted", audit="restricted"))
  elif env == "acc":
    labels.update(pss("baseline", warn="restricted"))
  return labels


def add_namespace(store: Store, name: str, labels: dict, window: tuple[str, str]) -> None:
  ns = new_object(
    "Namespace", name, labels={**labels, "kubernetes.io/metadata.name": name},
    created=when(window, "ns", name))
  ns["spec"] = {"finalizers": ["kubernetes"]}
  ns["status"] = {"phase": "Active"}
  store.add(ns)


def add_namespaces(store: Store) -> None:
  for name, labels in PLATFORM_NAMESPACES.items():
    window = CLUSTER_BIRTH if name.startswith("kube-") or name == "default" else PLATFORM_ERA
    add_namespace(store, name, labels, window)
  for app in APPS:
    for env in ENVIRONMENTS:
      add_namespace(store, f"{app}-{env}", app_namespace_labels(app, env), APPS_ERA)


def all_namespaces(store: Store) -> list[str]:
  return [ns["metadata"]["name"] for ns in store.objects["Namespace"]]


# ---------------------------------------------------------------------------------------------
# Pod spec building blocks

# Container securityContext of a hardened workload (passes PSS restricted on its own).
HARDENED = {
  "allowPrivilegeEscalation": False,
  "capabilities": {"drop": ["ALL"]},
  "readOnlyRootFilesystem": True,
  "runAsNonRoot": True,
  "seccompProfile": {"type": "RuntimeDefault"},
}


def hardened_pod(uid: int = 10001) -> dict:
  """Pod securityContext of a hardened workload."""
  return {"fsGroup": uid, "runAsGroup": uid, "runAsNonRoot": True, "runAsUser": uid,
          "seccompProfile": {"type": "RuntimeDefault"}}


def port(name: str | None, number: int, protocol: str = "TCP", host: int | None = None) -> dict:
  entry = {"containerPort": number, "protocol": protocol}
  if name:
    entry["name"] = name
  if host is not None:
    entry["hostPort"] = host
  return entry


def env(name: str, value: str) -> dict:
  return {"name": name, "value": value}


def env_secret(name: str, secret: str, key: str) -> dict:
  return {"name": name, "valueFrom": {"secretKeyRef": {"key": key, "name": secret}}}


def env_field(name: str, path: str) -> dict:
  return {"name": name, "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": path}}}


def resources(cpu: str, memory: str, cpu_limit: str | None = None,
              memory_limit: str | None = None) -> dict:
  """Requests, and limits when given (memory limit defaults to the request)."""
  result = {"requests": {"cpu": cpu, "memory": memory}}
  limits = {}
  if cpu_limit:
    limits["cpu"] = cpu_limit
  limits["memory"] = memory_limit or memory
  result["limits"] = limits
  return result


def http_probes(port_name: str = "http", live: str = "/healthz", ready: str = "/readyz") -> dict:
  return {
    "livenessProbe": {"httpGet": {"path": live, "port": port_name}, "periodSeconds": 10},
    "readinessProbe": {"httpGet": {"path": ready, "port": port_name}, "periodSeconds": 5},
  }


def tcp_probes(port_name: str) -> dict:
  return {
    "livenessProbe": {"tcpSocket": {"port": port_name}, "initialDelaySeconds": 15},
    "readinessProbe": {"tcpSocket": {"port": port_name}, "initialDelaySeconds": 5},
  }


def container(
  name: str, image: str, *, ports: list | None = None, env_vars: list | None = None,
  env_from: list | None = None, res: dict | None = None, probes: dict | None = None,
  security: dict | None = None, mounts: list | None = None, args: list | None = None,
  command: list | None = None,
) -> dict:
  c: dict = {"name": name, "image": image}
  for key, value in (("command", command), ("args", args), ("ports", ports), ("env", env_vars),
                     ("envFrom", env_from), ("resources", res), ("securityContext", security),
                     ("volumeMounts", mounts)):
    if value is not None:
      c[key] = value
  c.update(probes or {})
  return c


def mount(name: str, path: str, read_only: bool = False) -> dict:
  m = {"mountPath": path, "name": name}
  if read_only:
    m["readOnly"] = True
  return m


def host_path(name: str, path: str, kind: str = "") -> dict:
  return {"hostPath": {"path": path, "type": kind}, "name": name}


def empty_dir(name: str, medium: str | None = None) -> dict:
  return {"emptyDir": {"medium": medium} if medium else {}, "name": name}


def config_map_volume(name: str, config_map: str) -> dict:
  return {"configMap": {"defaultMode": 420, "name": config_map}, "name": name}


def secret_volume(name: str, secret: str) -> dict:
  return {"name": name, "secret": {"defaultMode": 420, "secretName": secret}}


def pod_spec(containers: list, *, service_account: str | None = None,
             automount: bool | None = None, security: dict | None = None,
             volumes: list | None = None, init: list | None = None, **extra) -> dict:
  """A pod spec as written in a manifest (API defaults are added by `api_defaults`)."""
  spec: dict = {"containers": containers}
  if init:
    spec["initContainers"] = init
  if service_account:
    spec["serviceAccountName"] = service_account
  if automount is not None:
    spec["automountServiceAccountToken"] = automount
  if security is not None:
    spec["securityContext"] = security
  if volumes:
    spec["volumes"] = volumes
  spec.update(extra)
  return spec


def template(labels: dict, spec: dict, annotations: dict | None = None) -> dict:
  metadata: dict = {"labels": dict(labels)}
  if annotations:
    metadata["annotations"] = annotations
  return {"metadata": metadata, "spec": spec}


# ---------------------------------------------------------------------------------------------
# What the API server adds: defaults on every pod spec, admission on pods, and pod status

PRIORITY = {"system-node-critical": 2000001000, "system-cluster-critical": 2000000000}


def pull_policy(image: str) -> str:
  reference = image.split("@")[0]
  tagged = ":" in reference.rsplit("/", 1)[-1]
  return "Always" if not tagged or reference.endswith(":latest") else "IfNotPresent"


def default_probe(probe: dict) -> None:
  probe.setdefault("failureThreshold", 3)
  probe.setdefault("periodSeconds", 10)
  probe.setdefault("successThreshold", 1)
  probe.setdefault("timeoutSeconds", 1)
  if "httpGet" in probe:
    probe["httpGet"].setdefault("scheme", "HTTP")


def default_container(c: dict) -> None:
  c.setdefault("imagePullPolicy", pull_policy(c["image"]))
  c.setdefault("resources", {})
  c.setdefault("terminationMessagePath", "/dev/termination-log")
  c.setdefault("terminationMessagePolicy", "File")
  for entry in c.get("ports", []):
    entry.setdefault("protocol", "TCP")
  for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
    if probe in c:
      default_probe(c[probe])


def api_defaults(spec: dict, restart: str = "Always") -> dict:
  """The defaults the API server writes into a pod spec (pods and templates alike)."""
  spec = copy.deepcopy(spec)
  spec.setdefault("dnsPolicy", "ClusterFirstWithHostNet" if spec.get("hostNetwork")
                  else "ClusterFirst")
  spec.setdefault("restartPolicy", restart)
  spec.setdefault("schedulerName", "default-scheduler")
  spec.setdefault("securityContext", {})
  spec.setdefault("terminationGracePeriodSeconds", 30)
  if "serviceAccountName" in spec:
    spec["serviceAccount"] = spec["serviceAccountName"]
  for c in spec.get("initContainers", []) + spec["containers"]:
    default_container(c)
  for volume in spec.get("volumes", []):
    for source in ("configMap", "secret"):
      if source in volume:
        volume[source].setdefault("defaultMode", 420)
  return spec


DEFAULT_TOLERATIONS = [
  {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists",
   "tolerationSeconds": 300},
  {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists",
   "tolerationSeconds": 300},
]
DAEMON_TOLERATIONS = [
  {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists"},
  {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists"},
  {"effect": "NoSchedule", "key": "node.kubernetes.io/disk-pressure", "operator": "Exists"},
  {"effect": "NoSchedule", "key": "node.kubernetes.io/memory-pressure", "operator": "Exists"},
  {"effect": "NoSchedule", "key": "node.kubernetes.io/pid-pressure", "operator": "Exists"},
  {"effect": "NoSchedule", "key": "node.kubernetes.io/unschedulable", "operator": "Exists"},
]


def admit(store: Store, spec: dict, namespace: str, node: str, pod_name: str,
          daemon: bool = False) -> dict:
  """What admission adds to a pod: service account, token volume, tolerations, node."""
  spec = copy.deepcopy(spec)
  account = spec.setdefault("serviceAccountName", "default")
  spec["serviceAccount"] = account
  spec["nodeName"] = node
  spec["enableServiceLinks"] = spec.get("enableServiceLinks", True)
  spec["preemptionPolicy"] = "PreemptLowerPriority"
  spec["priority"] = PRIORITY.get(spec.get("priorityClassName", ""), 0)
  extra = DAEMON_TOLERATIONS if daemon else DEFAULT_TOLERATIONS
  if daemon and spec.get("hostNetwork"):
    extra = extra + [{"effect": "NoSchedule", "key": "node.kubernetes.io/network-unavailable",
                      "operator": "Exists"}]
  spec["tolerations"] = spec.get("tolerations", []) + [
    t for t in extra if t not in spec.get("tolerations", [])]
  automount = spec.get("automountServiceAccountToken",
                       store.sa_automount.get((namespace, account), True))
  if automount:
    add_token_volume(spec, name_suffix("kube-api-access", namespace, pod_name))
  return spec


def add_token_volume(spec: dict, suffix: str) -> None:
  """The projected service-account token volume the ServiceAccount admission plugin adds."""
  volume_name = f"kube-api-access-{suffix}"
  spec.setdefault("volumes", []).append({
    "name": volume_name,
    "projected": {"defaultMode": 420, "sources": [
      {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
      {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}],
                     "name": "kube-root-ca.crt"}},
      {"downwardAPI": {"items": [{"fieldRef": {"apiVersion": "v1",
                                               "fieldPath": "metadata.namespace"},
                                  "path": "namespace"}]}},
    ]},
  })
  for c in spec.get("initContainers", []) + spec["containers"]:
    c.setdefault("volumeMounts", []).append(
      mount(volume_name, "/var/run/secrets/kubernetes.io/serviceaccount", read_only=True))


def qos_class(spec: dict) -> str:
  containers = spec["containers"]
  if all(not c.get("resources") for c in containers):
    return "BestEffort"
  guaranteed = all(
    c.get("resources", {}).get("limits", {}).keys() >= {"cpu", "memory"}
    and c["resources"].get("requests", c["resources"]["limits"]) == c["resources"]["limits"]
    for c in containers)
  return "Guaranteed" if guaranteed else "Burstable"


def pod_status(store: Store, spec: dict, namespace: str, pod_name: str, started: str,
               phase: str = "Running") -> dict:
  host = node_ip(store, spec["nodeName"])
  ip = host if spec.get("hostNetwork") else store.next_pod_ip(
    store.find("Node", None, spec["nodeName"]))
  running = phase == "Running"
  ready = "True" if running else "False"
  conditions = [
    ("PodReadyToStartContainers", "True" if running else "False", 3),
    ("Initialized", "True", 4 if spec.get("initContainers") else 1),
    ("Ready", ready, 14), ("ContainersReady", ready, 14), ("PodScheduled", "True", 0),
  ]
  status = {
    "conditions": [
      {"lastProbeTime": None, "lastTransitionTime": later(started, offset), "status": value,
       "type": kind} | ({"reason": "PodCompleted"} if phase == "Succeeded" and value == "False"
                        else {})
      for kind, value, offset in conditions],
    "containerStatuses": [
      container_status(c, namespace, pod_name, started, phase) for c in spec["containers"]],
    "hostIP": host,
    "hostIPs": [{"ip": host}],
    "phase": phase,
    "podIP": ip,
    "podIPs": [{"ip": ip}],
    "qosClass": qos_class(spec),
    "startTime": started,
  }
  if spec.get("initContainers"):
    status["initContainerStatuses"] = [
      container_status(c, namespace, pod_name, started, "Succeeded")
      for c in spec["initContainers"]]
  return status


def container_status(c: dict, namespace: str, pod_name: str, started: str, phase: str) -> dict:
  image = c["image"].split("@")[0]
  if ":" not in image.rsplit("/", 1)[-1]:
    image += ":latest"
  if "/" not in image.split(":")[0]:
    image = "docker.io/library/" + image
  elif "." not in image.split("/")[0]:
    image = "docker.io/" + image
  if phase == "Running":
    state = {"running": {"startedAt": later(started, 9)}}
  else:
    state = {"terminated": {"containerID": "", "exitCode": 0,
                            "finishedAt": later(started, 96), "reason": "Completed",
                            "startedAt": later(started, 2)}}
  status = {
    "containerID": "containerd://" + digest("container", namespace, pod_name, c["name"]),
    "image": image,
    "imageID": f"{repository(image)}@{image_digest(c['image'].split('@')[0])}",
    "lastState": {},
    "name": c["name"],
    "ready": phase == "Running",
    "restartCount": int(digest("restarts", namespace, pod_name, c["name"])[:2], 16) % 3
    if phase == "Running" else 0,
    "started": phase == "Running",
    "state": state,
  }
  if "terminated" in state:
    state["terminated"]["containerID"] = status["containerID"]
  return status


# ---------------------------------------------------------------------------------------------
# Workload controllers and the objects a live cluster derives from them


def add_pod(store: Store, namespace: str, name: str, tmpl: dict, *, owner: dict | None,
            node: str, started: str, daemon: bool = False, phase: str = "Running",
            labels: dict | None = None, annotations: dict | None = None) -> dict:
  spec = admit(store, tmpl["spec"], namespace, node, name, daemon)
  if daemon:
    spec["affinity"] = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
      "nodeSelectorTerms": [{"matchFields": [
        {"key": "metadata.name", "operator": "In", "values": [node]}]}]}}}
  pod = new_object(
    "Pod", name, namespace, created=started, owner=owner,
    labels={**tmpl["metadata"].get("labels", {}), **(labels or {})},
    annotations={**tmpl["metadata"].get("annotations", {}), **(annotations or {})})
  pod["spec"] = spec
  pod["status"] = pod_status(store, spec, namespace, name, started, phase)
  return store.add(pod)


def worker_for(namespace: str, name: str, index: int) -> str:
  """Spreads replicas over the worker nodes."""
  return WORKERS[(int(digest("node", namespace, name)[:4], 16) + index) % len(WORKERS)]


def defaulted(tmpl: dict, restart: str = "Always") -> dict:
  return {"metadata": copy.deepcopy(tmpl["metadata"]),
          "spec": api_defaults(tmpl["spec"], restart)}


def add_deployment(store: Store, namespace: str, name: str, tmpl: dict, *, selector: dict,
                   labels: dict, replicas: int, window: tuple[str, str] = APPS_ERA,
                   revision: int = 1, annotations: dict | None = None) -> dict:
  """A Deployment, its current ReplicaSet with pods, and (revision > 1) one old ReplicaSet."""
  tmpl = defaulted(tmpl)
  rollout = when(ROLLOUTS, "rollout", namespace, name)
  if revision > 1:
    tmpl["metadata"].setdefault("annotations", {})["kubectl.kubernetes.io/restartedAt"] = rollout
  deploy = new_object(
    "Deployment", name, namespace, labels=labels, created=when(window, namespace, name),
    generation=revision,
    annotations={"deployment.kubernetes.io/revision": str(revision), **(annotations or {})})
  deploy["spec"] = {
    "progressDeadlineSeconds": 600, "replicas": replicas, "revisionHistoryLimit": 10,
    "selector": {"matchLabels": selector},
    "strategy": {"rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"},
                 "type": "RollingUpdate"},
    "template": tmpl,
  }
  deploy["status"] = {
    "availableReplicas": replicas, "observedGeneration": revision, "readyReplicas": replicas,
    "replicas": replicas, "updatedReplicas": replicas,
    "conditions": [
      {"lastTransitionTime": deploy["metadata"]["creationTimestamp"], "lastUpdateTime":
       deploy["metadata"]["creationTimestamp"], "message": "Deployment has minimum "
       "availability.", "reason": "MinimumReplicasAvailable", "status": "True",
       "type": "Available"},
    ],
  }
  store.add(deploy)
  if revision > 1:
    old = defaulted(tmpl)
    old["metadata"]["annotations"].pop("kubectl.kubernetes.io/restartedAt")
    if not old["metadata"]["annotations"]:
      del old["metadata"]["annotations"]
    add_replicaset(store, deploy, old, revision - 1, 0, deploy["metadata"]["creationTimestamp"])
  rs = add_replicaset(store, deploy, tmpl, revision, replicas,
                      rollout if revision > 1 else deploy["metadata"]["creationTimestamp"])
  for index in range(replicas):
    add_pod(store, namespace, f"{rs['metadata']['name']}-{name_suffix(namespace, name, index)}",
            rs["spec"]["template"], owner=rs, node=worker_for(namespace, name, index),
            started=later(rollout, 1 + 37 * index))
  return deploy


def add_replicaset(store: Store, deploy: dict, tmpl: dict, revision: int, replicas: int,
                   created: str) -> dict:
  namespace, name = deploy["metadata"]["namespace"], deploy["metadata"]["name"]
  pod_hash = name_suffix("pod-template-hash", namespace, name, revision, length=10)
  tmpl = copy.deepcopy(tmpl)
  tmpl["metadata"]["labels"]["pod-template-hash"] = pod_hash
  rs = new_object(
    "ReplicaSet", f"{name}-{pod_hash}", namespace, owner=deploy, created=created, generation=1,
    labels={**tmpl["metadata"]["labels"]},
    annotations={"deployment.kubernetes.io/desired-replicas": str(deploy["spec"]["replicas"]),
                 "deployment.kubernetes.io/max-replicas": str(deploy["spec"]["replicas"] + 1),
                 "deployment.kubernetes.io/revision": str(revision)})
  rs["spec"] = {
    "replicas": replicas,
    "selector": {"matchLabels": {**deploy["spec"]["selector"]["matchLabels"],
                                 "pod-template-hash": pod_hash}},
    "template": tmpl,
  }
  rs["status"] = {"observedGeneration": 1, "replicas": replicas}
  if replicas:
    rs["status"].update(availableReplicas=replicas, fullyLabeledReplicas=replicas,
                        readyReplicas=replicas)
  return store.add(rs)


def add_statefulset(store: Store, namespace: str, name: str, tmpl: dict, *, selector: dict,
                    labels: dict, replicas: int, service: str,
                    window: tuple[str, str] = APPS_ERA, claims: dict | None = None) -> dict:
  """A StatefulSet and its pods; `claims` maps volumeClaimTemplate names to sizes."""
  tmpl = defaulted(tmpl)
  sts = new_object("StatefulSet", name, namespace, labels=labels, generation=1,
                   created=when(window, namespace, name))
  revision = f"{name}-{name_suffix('revision', namespace, name, length=10)}"
  sts["spec"] = {
    "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
    "podManagementPolicy": "OrderedReady", "replicas": replicas, "revisionHistoryLimit": 10,
    "selector": {"matchLabels": selector}, "serviceName": service, "template": tmpl,
    "updateStrategy": {"rollingUpdate": {"partition": 0}, "type": "RollingUpdate"},
  }
  if claims:
    sts["spec"]["volumeClaimTemplates"] = [
      {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": claim},
       "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}},
                "storageClassName": "standard-rwo", "volumeMode": "Filesystem"},
       "status": {"phase": "Pending"}}
      for claim, size in claims.items()]
  sts["status"] = {"availableReplicas": replicas, "collisionCount": 0,
                   "currentReplicas": replicas, "currentRevision": revision,
                   "observedGeneration": 1, "readyReplicas": replicas, "replicas": replicas,
                   "updateRevision": revision, "updatedReplicas": replicas}
  store.add(sts)
  for index in range(replicas):
    pod_name = f"{name}-{index}"
    pod_tmpl = copy.deepcopy(tmpl)
    pod_tmpl["spec"]["hostname"] = pod_name
    pod_tmpl["spec"]["subdomain"] = service
    for claim in claims or {}:
      pod_tmpl["spec"].setdefault("volumes", []).insert(0, {
        "name": claim, "persistentVolumeClaim": {"claimName": f"{claim}-{pod_name}"}})
    add_pod(store, namespace, pod_name, pod_tmpl, owner=sts,
            node=worker_for(namespace, name, index),
            started=when(ROLLOUTS, "pod", namespace, name, index),
            labels={"apps.kubernetes.io/pod-index": str(index),
                    "controller-revision-hash": revision,
                    "statefulset.kubernetes.io/pod-name": pod_name})
  return sts


def add_daemonset(store: Store, namespace: str, name: str, tmpl: dict, *, selector: dict,
                  labels: dict, window: tuple[str, str] = PLATFORM_ERA,
                  control_plane: bool = True) -> dict:
  """A DaemonSet with one pod per node (control plane included unless told otherwise)."""
  tmpl = defaulted(tmpl)
  nodes = [n for n in NODES if control_plane or not NODES[n][3]]
  ds = new_object("DaemonSet", name, namespace, labels=labels, generation=1,
                  created=when(window, namespace, name),
                  annotations={"deprecated.daemonset.template.generation": "1"})
  ds["spec"] = {
    "revisionHistoryLimit": 10, "selector": {"matchLabels": selector}, "template": tmpl,
    "updateStrategy": {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1},
                       "type": "RollingUpdate"},
  }
  count = len(nodes)
  ds["status"] = {"currentNumberScheduled": count, "desiredNumberScheduled": count,
                  "numberAvailable": count, "numberMisscheduled": 0, "numberReady": count,
                  "observedGeneration": 1, "updatedNumberScheduled": count}
  store.add(ds)
  revision = name_suffix("revision", namespace, name, length=10)
  for node in nodes:
    add_pod(store, namespace, f"{name}-{name_suffix(namespace, name, node)}", tmpl, owner=ds,
            node=node, daemon=True, started=when(NODE_REBOOT, "pod", namespace, name, node),
            labels={"controller-revision-hash": revision, "pod-template-generation": "1"})
  return ds


def job_labels(job_uid: str, job_name: str) -> dict:
  return {"batch.kubernetes.io/controller-uid": job_uid, "batch.kubernetes.io/job-name": job_name,
          "controller-uid": job_uid, "job-name": job_name}


def add_job(store: Store, namespace: str, name: str, tmpl: dict, *, started: str,
            owner: dict | None = None, labels: dict | None = None,
            complete: bool = False) -> dict:
  """A Job and its one pod, running or (complete) succeeded."""
  uid = make_uid("Job", namespace, name)
  tmpl = defaulted(tmpl, restart=tmpl["spec"].get("restartPolicy", "Never"))
  tmpl["metadata"]["labels"].update(job_labels(uid, name))
  job = new_object("Job", name, namespace, owner=owner, created=started, generation=1,
                   labels={**(labels or {}), **job_labels(uid, name)})
  job["spec"] = {
    "backoffLimit": 3, "completionMode": "NonIndexed", "completions": 1,
    "manualSelector": False, "parallelism": 1, "podReplacementPolicy": "TerminatingOrFailed",
    "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": uid}},
    "suspend": False, "template": tmpl,
  }
  if complete:
    job["spec"]["ttlSecondsAfterFinished"] = 604800
    job["status"] = {"completionTime": later(started, 98), "ready": 0, "startTime": started,
                     "succeeded": 1, "terminating": 0, "uncountedTerminatedPods": {},
                     "conditions": [
                       {"lastProbeTime": later(started, 98), "lastTransitionTime":
                        later(started, 98), "message": "Reached expected number of "
                        "succeeded pods", "reason": "CompletionsReached", "status": "True",
                        "type": "SuccessCriteriaMet"},
                       {"lastProbeTime": later(started, 98), "lastTransitionTime":
                        later(started, 98), "message": "Reached expected number of "
                        "succeeded pods", "reason": "CompletionsReached", "status": "True",
                        "type": "Complete"}]}
  else:
    job["status"] = {"active": 1, "ready": 1, "startTime": started, "terminating": 0,
                     "uncountedTerminatedPods": {}}
  store.add(job)
  add_pod(store, namespace, f"{name}-{name_suffix(namespace, name)}", tmpl, owner=job,
          node=worker_for(namespace, name, 0), started=later(started, 1),
          phase="Succeeded" if complete else "Running")
  return job


def add_cronjob(store: Store, namespace: str, name: str, tmpl: dict, *, schedule: str,
                labels: dict, last_run: str) -> dict:
  """A CronJob with the Job of its last (still running) run and that Job's pod."""
  cron = new_object("CronJob", name, namespace, labels=labels, generation=1,
                    created=when(APPS_ERA, namespace, name))
  cron["spec"] = {
    "concurrencyPolicy": "Forbid", "failedJobsHistoryLimit": 1,
    "jobTemplate": {"metadata": {"labels": dict(labels)}, "spec": {
      "backoffLimit": 3, "template": defaulted(tmpl, restart="OnFailure")}},
    "schedule": schedule, "successfulJobsHistoryLimit": 3, "suspend": False,
    "timeZone": "Etc/UTC",
  }
  minutes = int(parse_time(last_run).timestamp()) // 60
  job = add_job(store, namespace, f"{name}-{minutes}", tmpl, started=last_run, owner=cron,
                labels=labels)
  cron["status"] = {
    "active": [{"apiVersion": "batch/v1", "kind": "Job", "name": job["metadata"]["name"],
                "namespace": namespace, "resourceVersion": job["metadata"]["resourceVersion"],
                "uid": job["metadata"]["uid"]}],
    "lastScheduleTime": last_run, "lastSuccessfulTime": later(last_run, -86400 + 1460),
  }
  return store.add(cron)


def add_static_pod(store: Store, name: str, tmpl: dict, node: str) -> dict:
  """A control-plane mirror pod: owned by its Node, no service account."""
  node_obj = store.find("Node", None, node)
  spec = api_defaults(tmpl["spec"])
  spec.update(nodeName=node, enableServiceLinks=True, preemptionPolicy="PreemptLowerPriority",
              priority=PRIORITY["system-node-critical"],
              tolerations=[{"effect": "NoExecute", "operator": "Exists"}])
  pod_name = f"{name}-{node}"
  config_hash = digest("static", name)[:32]
  started = when(NODE_REBOOT, "static", name)
  pod = new_object(
    "Pod", pod_name, "kube-system", created=started,
    labels=tmpl["metadata"]["labels"],
    annotations={**tmpl["metadata"].get("annotations", {}),
                 "kubernetes.io/config.hash": config_hash,
                 "kubernetes.io/config.mirror": config_hash,
                 "kubernetes.io/config.seen": started.replace("Z", ".118233081Z"),
                 "kubernetes.io/config.source": "file"})
  reference = owner_reference(node_obj)
  del reference["blockOwnerDeletion"]
  pod["metadata"]["ownerReferences"] = [reference]
  pod["spec"] = spec
  pod["status"] = pod_status(store, spec, "kube-system", pod_name, started)
  return store.add(pod)


def add_bare_pod(store: Store, namespace: str, name: str, tmpl: dict, node: str,
                 started: str) -> dict:
  return add_pod(store, namespace, name, defaulted(tmpl), owner=None, node=node,
                 started=started)


# ---------------------------------------------------------------------------------------------
# Service accounts, services, ingresses, config maps, secrets


def add_service_account(store: Store, namespace: str, name: str, *,
                        automount: bool | None = None, labels: dict | None = None,
                        window: tuple[str, str] = PLATFORM_ERA) -> dict:
  """A ServiceAccount (register before the pods that use it: admission reads automount)."""
  sa = new_object("ServiceAccount", name, namespace, labels=labels,
                  created=when(window, "sa", namespace, name))
  if automount is not None:
    sa["automountServiceAccountToken"] = automount
  store.sa_automount[(namespace, name)] = automount is not False
  return store.add(sa)


def cluster_ip(namespace: str, name: str) -> str:
  value = int(digest("clusterip", namespace, name)[:6], 16)
  return f"10.96.{value % 250 + 1}.{value // 250 % 250 + 2}"


def service_port(name: str, number: int, target: int | str, protocol: str = "TCP",
                 node_port: int | None = None) -> dict:
  entry = {"name": name, "port": number, "protocol": protocol, "targetPort": target}
  if node_port:
    entry["nodePort"] = node_port
  return entry


def add_service(store: Store, namespace: str, name: str, selector: dict | None, ports: list, *,
                labels: dict | None = None, kind: str = "ClusterIP", headless: bool = False,
                ip: str | None = None, window: tuple[str, str] = PLATFORM_ERA) -> dict:
  svc = new_object("Service", name, namespace, labels=labels,
                   created=when(window, "svc", namespace, name))
  address = "None" if headless else ip or cluster_ip(namespace, name)
  svc["spec"] = {
    "clusterIP": address, "clusterIPs": [address], "internalTrafficPolicy": "Cluster",
    "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "ports": ports,
    "sessionAffinity": "None", "type": kind,
  }
  if selector is not None:
    svc["spec"]["selector"] = selector
  svc["status"] = {"loadBalancer": {}}
  if kind == "LoadBalancer":
    svc["spec"].update(allocateLoadBalancerNodePorts=True, externalTrafficPolicy="Local",
                       healthCheckNodePort=32154)
    svc["status"] = {"loadBalancer": {"ingress": [{"ip": "203.0.113.10", "ipMode": "VIP"}]}}
  return store.add(svc)


def add_ingress(store: Store, namespace: str, name: str, host: str, service: str,
                service_port: str | int, *, tls_secret: str | None = None,
                window: tuple[str, str] = APPS_ERA) -> dict:
  annotations = {"nginx.ingress.kubernetes.io/ssl-redirect": "true"}
  if tls_secret:
    annotations["cert-manager.io/cluster-issuer"] = "letsencrypt-prod"
  ing = new_object("Ingress", name, namespace, annotations=annotations, generation=1,
                   created=when(window, "ing", namespace, name))
  backend_port = ({"name": service_port} if isinstance(service_port, str)
                  else {"number": service_port})
  ing["spec"] = {
    "ingressClassName": "nginx",
    "rules": [{"host": host, "http": {"paths": [
      {"backend": {"service": {"name": service, "port": backend_port}}, "path": "/",
       "pathType": "Prefix"}]}}],
  }
  if tls_secret:
    ing["spec"]["tls"] = [{"hosts": [host], "secretName": tls_secret}]
  ing["status"] = {"loadBalancer": {"ingress": [{"ip": "203.0.113.10"}]}}
  return store.add(ing)


def add_config_map(store: Store, namespace: str, name: str, data: dict, *,
                   labels: dict | None = None, window: tuple[str, str] = PLATFORM_ERA) -> dict:
  cm = new_object("ConfigMap", name, namespace, labels=labels,
                  created=when(window, "cm", namespace, name))
  cm["data"] = data
  return store.add(cm)


FAKE_CA = ("-----BEGIN CERTIFICATE-----\n"
           "MIIDBTCCAe2gAwIBAgIIDEMOxDEMOxAwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE\n"
           "(demo: not a real certificate)\n-----END CERTIFICATE-----\n")


def add_secret(store: Store, namespace: str, name: str, kind: str = "Opaque", *,
               labels: dict | None = None, annotations: dict | None = None,
               owner: dict | None = None, window: tuple[str, str] = APPS_ERA) -> dict:
  """A Secret as the capture stores it: metadata and type, never data."""
  secret = new_object("Secret", name, namespace, labels=labels, annotations=annotations,
                      owner=owner, created=when(window, "secret", namespace, name))
  secret["type"] = kind
  return store.add(secret)


def add_root_ca_config_maps(store: Store) -> None:
  """kube-root-ca.crt, published into every namespace by root-ca-cert-publisher."""
  for namespace in all_namespaces(store):
    ns = store.find("Namespace", None, namespace)
    cm = new_object("ConfigMap", "kube-root-ca.crt", namespace,
                    created=ns["metadata"]["creationTimestamp"],
                    annotations={"kubernetes.io/description": "Contains a CA bundle that can "
                                 "be used to verify the kube-apiserver when using internal "
                                 "endpoints such as the internal service IP or "
                                 "kubernetes.default.svc. No other usage is guaranteed across "
                                 "distributions of Kubernetes clusters."})
    cm["data"] = {"ca.crt": FAKE_CA}
    store.add(cm)


def add_default_service_accounts(store: Store) -> None:
  for namespace in all_namespaces(store):
    ns = store.find("Namespace", None, namespace)
    sa = new_object("ServiceAccount", "default", namespace,
                    created=ns["metadata"]["creationTimestamp"])
    store.sa_automount[(namespace, "default")] = True
    store.add(sa)


# ---------------------------------------------------------------------------------------------
# RBAC building blocks

READ = ["get", "list", "watch"]
WRITE = ["create", "delete", "deletecollection", "patch", "update"]
BOOTSTRAP_LABELS = {"kubernetes.io/bootstrapping": "rbac-defaults"}
BOOTSTRAP_ANNOTATIONS = {"rbac.authorization.kubernetes.io/autoupdate": "true"}
RBAC_GROUP = "rbac.authorization.k8s.io"

# admin/edit/view are stored with `rules: null`, as in the bootstrap policy and in manifests,
# so the demo exercises kbaseline's aggregation fixpoint. A live API server returns them
# filled in by the clusterrole-aggregation-controller: set this to True to store that instead.
STORE_AGGREGATED_RULES = False


def rule(groups: list, resources: list, verbs: list, names: list | None = None) -> dict:
  r = {"apiGroups": groups, "resources": resources, "verbs": verbs}
  if names:
    r["resourceNames"] = names
  return r


def url_rule(paths: list, verbs: list) -> dict:
  return {"nonResourceURLs": paths, "verbs": verbs}


def user(name: str) -> dict:
  return {"apiGroup": RBAC_GROUP, "kind": "User", "name": name}


def group(name: str) -> dict:
  return {"apiGroup": RBAC_GROUP, "kind": "Group", "name": name}


def service_account(namespace: str, name: str) -> dict:
  return {"kind": "ServiceAccount", "name": name, "namespace": namespace}


def rbac_meta(bootstrap: bool, labels: dict | None) -> dict:
  meta = {"labels": {**(BOOTSTRAP_LABELS if bootstrap else {}), **(labels or {})}}
  meta["annotations"] = BOOTSTRAP_ANNOTATIONS if bootstrap else None
  return meta


def add_cluster_role(store: Store, name: str, rules: list | None, *,
                     labels: dict | None = None, aggregate: list | None = None,
                     bootstrap: bool = False, window: tuple[str, str] = PLATFORM_ERA) -> dict:
  """A ClusterRole; `aggregate` lists label selectors (matchLabels) of an aggregationRule."""
  meta = rbac_meta(bootstrap, labels)
  role = new_object("ClusterRole", name, labels=meta["labels"],
                    annotations=meta["annotations"],
                    created=when(CLUSTER_BIRTH if bootstrap else window, "cr", name))
  if aggregate is not None:
    role["aggregationRule"] = {"clusterRoleSelectors": [{"matchLabels": s} for s in aggregate]}
  role["rules"] = rules
  return store.add(role)


def add_role(store: Store, namespace: str, name: str, rules: list, *, labels: dict | None = None,
             bootstrap: bool = False, window: tuple[str, str] = PLATFORM_ERA) -> dict:
  meta = rbac_meta(bootstrap, labels)
  role = new_object("Role", name, namespace, labels=meta["labels"],
                    annotations=meta["annotations"],
                    created=when(CLUSTER_BIRTH if bootstrap else window, "role", namespace, name))
  role["rules"] = rules
  return store.add(role)


def add_cluster_role_binding(store: Store, name: str, role: str, subjects: list | None, *,
                             bootstrap: bool = False, labels: dict | None = None,
                             window: tuple[str, str] = PLATFORM_ERA) -> dict:
  meta = rbac_meta(bootstrap, labels)
  binding = new_object("ClusterRoleBinding", name, labels=meta["labels"],
                       annotations=meta["annotations"],
                       created=when(CLUSTER_BIRTH if bootstrap else window, "crb", name))
  binding["roleRef"] = {"apiGroup": RBAC_GROUP, "kind": "ClusterRole", "name": role}
  if subjects is not None:
    binding["subjects"] = subjects
  return store.add(binding)


def add_role_binding(store: Store, namespace: str, name: str, role_kind: str, role: str,
                     subjects: list, *, bootstrap: bool = False, labels: dict | None = None,
                     window: tuple[str, str] = PLATFORM_ERA) -> dict:
  meta = rbac_meta(bootstrap, labels)
  binding = new_object("RoleBinding", name, namespace, labels=meta["labels"],
                       annotations=meta["annotations"],
                       created=when(CLUSTER_BIRTH if bootstrap else window, "rb", namespace,
                                    name))
  binding["roleRef"] = {"apiGroup": RBAC_GROUP, "kind": role_kind, "name": role}
  binding["subjects"] = subjects
  return store.add(binding)


def aggregate_cluster_roles(store: Store) -> None:
  """Fills aggregated ClusterRoles as the aggregation controller would (a least fixpoint)."""
  roles = store.objects["ClusterRole"]
  aggregated = [r for r in roles if "aggregationRule" in r]
  for role in aggregated:
    role["rules"] = []
  changed = True
  while changed:
    changed = False
    for role in aggregated:
      rules: list = []
      selectors = [s["matchLabels"] for s in role["aggregationRule"]["clusterRoleSelectors"]]
      for other in sorted(roles, key=lambda r: r["metadata"]["name"]):
        labels = other["metadata"].get("labels", {})
        if other is role or not any(labels.items() >= s.items() for s in selectors):
          continue
        for r in other["rules"] or []:
          if r not in rules:
            rules.append(r)
      if rules != role["rules"]:
        role["rules"], changed = rules, True


# ---------------------------------------------------------------------------------------------
# The default RBAC of a kubeadm cluster (bootstrap policy, abridged to the roles that matter)

AGGREGATE_TO_VIEW = [
  rule([""], ["configmaps", "endpoints", "persistentvolumeclaims",
              "persistentvolumeclaims/status", "pods", "replicationcontrollers",
              "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"],
       READ),
  rule([""], ["bindings", "events", "limitranges", "namespaces/status", "pods/log",
              "pods/status", "replicationcontrollers/status", "resourcequotas",
              "resourcequotas/status"], READ),
  rule([""], ["namespaces"], READ),
  rule(["discovery.k8s.io"], ["endpointslices"], READ),
  rule(["apps"], ["controllerrevisions", "daemonsets", "daemonsets/status", "deployments",
                  "deployments/scale", "deployments/status", "replicasets", "replicasets/scale",
                  "replicasets/status", "statefulsets", "statefulsets/scale",
                  "statefulsets/status"], READ),
  rule(["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], READ),
  rule(["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], READ),
  rule(["extensions"], ["daemonsets", "daemonsets/status", "deployments", "deployments/scale",
                        "deployments/status", "ingresses", "ingresses/status",
                        "networkpolicies", "replicasets", "replicasets/scale",
                        "replicasets/status", "replicationcontrollers/scale"], READ),
  rule(["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"], READ),
  rule(["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"], READ),
]

AGGREGATE_TO_EDIT = [
  rule([""], ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets",
              "services/proxy"], READ),
  rule([""], ["serviceaccounts"], ["impersonate"]),
  rule([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], WRITE),
  rule([""], ["pods/eviction"], ["create"]),
  rule([""], ["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers",
              "replicationcontrollers/scale", "secrets", "serviceaccounts", "services",
              "services/proxy"], WRITE),
  rule([""], ["serviceaccounts/token"], ["create"]),
  rule(["apps"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale",
                  "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"],
       WRITE),
  rule(["autoscaling"], ["horizontalpodautoscalers"], WRITE),
  rule(["batch"], ["cronjobs", "jobs"], WRITE),
  rule(["extensions"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale",
                        "ingresses", "networkpolicies", "replicasets", "replicasets/scale",
                        "replicationcontrollers/scale"], WRITE),
  rule(["policy"], ["poddisruptionbudgets"], WRITE),
  rule(["networking.k8s.io"], ["ingresses", "networkpolicies"], WRITE),
  rule(["coordination.k8s.io"], ["leases"], ["create", "delete", "deletecollection", "get",
                                             "list", "patch", "update", "watch"]),
]

AGGREGATE_TO_ADMIN = [
  rule(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]),
  rule([RBAC_GROUP], ["rolebindings", "roles"], ["create", "delete", "deletecollection", "get",
                                                 "list", "patch", "update", "watch"]),
]

EVENTS = rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"])

# system:controller:<name> → rules; each is bound to ServiceAccount kube-system/<name>.
CONTROLLER_ROLES = {
  "clusterrole-aggregation-controller": [
    rule([RBAC_GROUP], ["clusterroles"], ["escalate", "get", "list", "patch", "update",
                                          "watch"]),
  ],
  "cronjob-controller": [
    rule(["batch"], ["cronjobs"], ["get", "list", "update", "watch"]),
    rule(["batch"], ["jobs"], ["create", "delete", "get", "list", "patch", "update", "watch"]),
    rule(["batch"], ["cronjobs/status"], ["update"]),
    rule(["batch"], ["cronjobs/finalizers"], ["update"]),
    rule([""], ["pods"], ["delete", "list"]),
    EVENTS,
  ],
  "daemon-set-controller": [
    rule(["apps", "extensions"], ["daemonsets"], READ),
    rule(["apps", "extensions"], ["daemonsets/status"], ["update"]),
    rule(["apps", "extensions"], ["daemonsets/finalizers"], ["update"]),
    rule([""], ["nodes"], READ),
    rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"]),
    rule([""], ["pods/binding"], ["create"]),
    rule(["apps"], ["controllerrevisions"], ["create", "delete", "get", "list", "patch",
                                             "update", "watch"]),
    EVENTS,
  ],
  "deployment-controller": [
    rule(["apps", "extensions"], ["deployments"], ["get", "list", "update", "watch"]),
    rule(["apps", "extensions"], ["deployments/status"], ["update"]),
    rule(["apps", "extensions"], ["deployments/finalizers"], ["update"]),
    rule(["apps", "extensions"], ["replicasets"], ["create", "delete", "get", "list", "patch",
                                                   "update", "watch"]),
    rule([""], ["pods"], ["get", "list", "update", "watch"]),
    EVENTS,
  ],
  "generic-garbage-collector": [
    rule(["*"], ["*"], ["delete", "get", "list", "patch", "update", "watch"]),
    EVENTS,
  ],
  "job-controller": [
    rule(["batch"], ["jobs"], ["get", "list", "patch", "update", "watch"]),
    rule(["batch"], ["jobs/status"], ["update"]),
    rule(["batch"], ["jobs/finalizers"], ["patch", "update"]),
    rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"]),
    EVENTS,
  ],
  "namespace-controller": [
    rule([""], ["namespaces"], ["delete", "get", "list", "watch"]),
    rule([""], ["namespaces/finalize", "namespaces/status"], ["update"]),
    rule(["*"], ["*"], ["delete", "deletecollection", "get", "list"]),
  ],
  "replicaset-controller": [
    rule(["apps", "extensions"], ["replicasets"], ["get", "list", "update", "watch"]),
    rule(["apps", "extensions"], ["replicasets/status"], ["update"]),
    rule(["apps", "extensions"], ["replicasets/finalizers"], ["update"]),
    rule([""], ["pods"], ["create", "delete", "list", "patch", "watch"]),
    EVENTS,
  ],
  "statefulset-controller": [
    rule([""], ["pods"], ["list", "watch"]),
    rule([""], ["pods"], ["create", "delete", "get", "patch", "update"]),
    rule(["apps"], ["statefulsets"], READ),
    rule(["apps"], ["statefulsets/status"], ["update"]),
    rule(["apps"], ["statefulsets/finalizers"], ["update"]),
    rule([""], ["persistentvolumeclaims"], ["create", "get", "update"]),
    rule(["apps"], ["controllerrevisions"], ["create", "delete", "get", "list", "patch",
                                             "update", "watch"]),
    EVENTS,
  ],
}

SYSTEM_ROLES = {
  "system:basic-user": [
    rule(["authorization.k8s.io"], ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
         ["create"]),
    rule(["authentication.k8s.io"], ["selfsubjectreviews"], ["create"]),
  ],
  "system:discovery": [
    url_rule(["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi",
              "/openapi/*", "/readyz", "/version", "/version/"], ["get"]),
  ],
  "system:public-info-viewer": [
    url_rule(["/healthz", "/livez", "/readyz", "/version", "/version/"], ["get"]),
  ],
  "system:kube-controller-manager": [
    EVENTS,
    rule(["coordination.k8s.io"], ["leases"], ["create"]),
    rule(["coordination.k8s.io"], ["leases"], ["get", "update"], ["kube-controller-manager"]),
    rule([""], ["secrets", "serviceaccounts"], ["create"]),
    rule([""], ["secrets"], ["delete"]),
    rule([""], ["configmaps", "namespaces", "secrets", "serviceaccounts"], ["get"]),
    rule([""], ["secrets", "serviceaccounts"], ["update"]),
    rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
    rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
    rule(["*"], ["*"], ["list", "watch"]),
    rule([""], ["serviceaccounts/token"], ["create"]),
  ],
  "system:kube-scheduler": [
    EVENTS,
    rule(["coordination.k8s.io"], ["leases"], ["create"]),
    rule(["coordination.k8s.io"], ["leases"], ["get", "update"], ["kube-scheduler"]),
    rule([""], ["nodes"], READ),
    rule([""], ["pods"], ["delete", "get", "list", "watch"]),
    rule([""], ["bindings", "pods/binding"], ["create"]),
    rule([""], ["pods/status"], ["patch", "update"]),
    rule([""], ["replicationcontrollers", "services"], READ),
    rule(["apps", "extensions"], ["replicasets"], READ),
    rule(["apps"], ["statefulsets"], READ),
    rule(["policy"], ["poddisruptionbudgets"], READ),
    rule([""], ["persistentvolumeclaims", "persistentvolumes"], READ),
    rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
    rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"]),
    rule(["storage.k8s.io"], ["csinodes"], READ),
    rule([""], ["namespaces"], READ),
    rule(["storage.k8s.io"], ["csidrivers", "csistoragecapacities"], READ),
  ],
  "system:node": [
    rule(["authentication.k8s.io"], ["tokenreviews"], ["create"]),
    rule(["authorization.k8s.io"], ["localsubjectaccessreviews", "subjectaccessreviews"],
         ["create"]),
    rule([""], ["services"], READ),
    rule([""], ["nodes"], ["create", "get", "list", "watch"]),
    rule([""], ["nodes/status"], ["patch", "update"]),
    rule([""], ["nodes"], ["patch", "update"]),
    EVENTS,
    rule([""], ["pods"], READ),
    rule([""], ["pods"], ["create", "delete"]),
    rule([""], ["pods/status"], ["patch", "update"]),
    rule([""], ["pods/eviction"], ["create"]),
    rule([""], ["configmaps", "secrets"], READ),
    rule([""], ["persistentvolumeclaims", "persistentvolumes"], ["get"]),
    rule([""], ["endpoints"], ["get"]),
    rule(["certificates.k8s.io"], ["certificatesigningrequests"], ["create", "get", "list",
                                                                   "watch"]),
    rule(["coordination.k8s.io"], ["leases"], ["create", "delete", "get", "patch", "update"]),
    rule(["storage.k8s.io"], ["volumeattachments"], ["get"]),
    rule([""], ["serviceaccounts/token"], ["create"]),
    rule([""], ["persistentvolumeclaims/status"], ["get", "patch", "update"]),
    rule(["storage.k8s.io"], ["csidrivers"], READ),
    rule(["storage.k8s.io"], ["csinodes"], ["create", "delete", "get", "patch", "update"]),
    rule(["node.k8s.io"], ["runtimeclasses"], READ),
  ],
  "system:node-proxier": [
    rule([""], ["endpoints", "services"], ["list", "watch"]),
    rule([""], ["nodes"], READ),
    EVENTS,
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"]),
  ],
  "system:kubelet-api-admin": [
    rule([""], ["nodes"], ["get", "list", "watch", "proxy"]),
    rule([""], ["nodes/log", "nodes/metrics", "nodes/proxy", "nodes/stats"], ["*"]),
  ],
  "system:certificates.k8s.io:kube-apiserver-client-approver": [
    rule(["certificates.k8s.io"], ["signers"], ["approve"],
         ["kubernetes.io/kube-apiserver-client"]),
  ],
}


def add_default_rbac(store: Store) -> None:
  """The bootstrap roles and bindings every kubeadm cluster starts with."""
  add_cluster_role(store, "cluster-admin", [rule(["*"], ["*"], ["*"]), url_rule(["*"], ["*"])],
                   bootstrap=True)
  add_cluster_role_binding(store, "cluster-admin", "cluster-admin", [group("system:masters")],
                           bootstrap=True)
  # admin ← edit ← view, each also aggregating system:aggregate-to-<name>.
  for name, parents in (("admin", []), ("edit", ["admin"]), ("view", ["admin", "edit"])):
    add_cluster_role(
      store, name, None, bootstrap=True,
      aggregate=[{f"rbac.authorization.k8s.io/aggregate-to-{name}": "true"}],
      labels={f"rbac.authorization.k8s.io/aggregate-to-{p}": "true" for p in parents})
  for name, rules in (("admin", AGGREGATE_TO_ADMIN), ("edit", AGGREGATE_TO_EDIT),
                      ("view", AGGREGATE_TO_VIEW)):
    add_cluster_role(store, f"system:aggregate-to-{name}", rules, bootstrap=True,
                     labels={f"rbac.authorization.k8s.io/aggregate-to-{name}": "true"})
  for name, rules in SYSTEM_ROLES.items():
    add_cluster_role(store, name, rules, bootstrap=True)
  add_cluster_role_binding(store, "system:basic-user", "system:basic-user",
                           [group("system:authenticated")], bootstrap=True)
  add_cluster_role_binding(store, "system:discovery", "system:discovery",
                           [group("system:authenticated")], bootstrap=True)
  add_cluster_role_binding(store, "system:public-info-viewer", "system:public-info-viewer",
                           [group("system:authenticated"), group("system:unauthenticated")],
                           bootstrap=True)
  add_cluster_role_binding(store, "system:kube-controller-manager",
                           "system:kube-controller-manager",
                           [user("system:kube-controller-manager")], bootstrap=True)
  add_cluster_role_binding(store, "system:kube-scheduler", "system:kube-scheduler",
                           [user("system:kube-scheduler")], bootstrap=True)
  # Bound to nobody: kubelets are authorized by the Node authorizer.
  add_cluster_role_binding(store, "system:node", "system:node", None, bootstrap=True)
  for name, rules in CONTROLLER_ROLES.items():
    add_cluster_role(store, f"system:controller:{name}", rules, bootstrap=True)
    add_cluster_role_binding(store, f"system:controller:{name}", f"system:controller:{name}",
                             [service_account("kube-system", name)], bootstrap=True)
    add_service_account(store, "kube-system", name, window=CLUSTER_BIRTH)
  add_kubeadm_rbac(store)


def add_kubeadm_rbac(store: Store) -> None:
  """What `kubeadm init` adds on top of the bootstrap policy."""
  add_cluster_role_binding(store, "kubeadm:cluster-admins", "cluster-admin",
                           [group("kubeadm:cluster-admins")], window=CLUSTER_BIRTH)
  add_cluster_role_binding(store, "kubeadm:get-nodes", "kubeadm:get-nodes",
                           [group("system:bootstrappers:kubeadm:default-node-token")],
                           window=CLUSTER_BIRTH)
  add_cluster_role(store, "kubeadm:get-nodes", [rule([""], ["nodes"], ["get"])],
                   window=CLUSTER_BIRTH)
  add_cluster_role_binding(store, "kubeadm:kubelet-bootstrap",
                           "system:node-bootstrapper",
                           [group("system:bootstrappers:kubeadm:default-node-token")],
                           window=CLUSTER_BIRTH)
  add_cluster_role(store, "system:node-bootstrapper", [
    rule(["certificates.k8s.io"], ["certificatesigningrequests"], ["create", "get", "list",
                                                                   "watch"])],
    bootstrap=True)
  add_cluster_role_binding(store, "kubeadm:node-proxier", "system:node-proxier",
                           [service_account("kube-system", "kube-proxy")], window=CLUSTER_BIRTH)
  add_role(store, "kube-system", "kube-proxy",
           [rule([""], ["configmaps"], ["get"], ["kube-proxy"])], window=CLUSTER_BIRTH)
  add_role_binding(store, "kube-system", "kube-proxy", "Role", "kube-proxy",
                   [group("system:bootstrappers:kubeadm:default-node-token")],
                   window=CLUSTER_BIRTH)
  add_role(store, "kube-system", "extension-apiserver-authentication-reader",
           [rule([""], ["configmaps"], READ, ["extension-apiserver-authentication"])],
           bootstrap=True)
  add_role(store, "kube-public", "kubeadm:bootstrap-signer-clusterinfo",
           [rule([""], ["configmaps"], ["get"], ["cluster-info"])], window=CLUSTER_BIRTH)
  add_role_binding(store, "kube-public", "kubeadm:bootstrap-signer-clusterinfo", "Role",
                   "kubeadm:bootstrap-signer-clusterinfo", [user("system:anonymous")],
                   window=CLUSTER_BIRTH)
  add_role(store, "kube-public", "system:controller:bootstrap-signer", [
    rule([""], ["configmaps"], READ),
    rule([""], ["configmaps"], ["update"], ["cluster-info"]), EVENTS], bootstrap=True)
  add_role_binding(store, "kube-public", "system:controller:bootstrap-signer", "Role",
                   "system:controller:bootstrap-signer",
                   [service_account("kube-system", "bootstrap-signer")], bootstrap=True)
  add_service_account(store, "kube-system", "bootstrap-signer", window=CLUSTER_BIRTH)
  add_secret(store, "kube-system", "bootstrap-token-8f3k2a", "bootstrap.kubernetes.io/token",
             window=CHANGES_ERA)


# ---------------------------------------------------------------------------------------------
# Platform: kube-system (control plane, DNS, kube-proxy, Calico)

KUBE = "registry.k8s.io"
CALICO_VERSION = "v3.29.1"
EVERYWHERE = [{"operator": "Exists"}]
LINUX = {"kubernetes.io/os": "linux"}


def control_plane_pod(component: str, image: str, command: list, host_dirs: list,
                      probe_port: int, probe_path: str = "/healthz", scheme: str = "HTTPS",
                      host: str = "127.0.0.1", cpu: str = "100m") -> dict:
  """A kubeadm static pod manifest (note the probe `host`: a PSS 1.34 baseline violation).

  `host_dirs` are (volume name, host path, hostPath type, read-only) tuples.
  """
  probe = {"failureThreshold": 8, "httpGet": {"host": host, "path": probe_path,
                                              "port": probe_port, "scheme": scheme},
           "initialDelaySeconds": 10, "periodSeconds": 10, "timeoutSeconds": 15}
  main = container(
    component, f"{KUBE}/{image}", command=command, res={"requests": {"cpu": cpu}},
    mounts=[mount(name, path, read_only) for name, path, _, read_only in host_dirs])
  main.update(livenessProbe=probe, startupProbe=dict(probe, failureThreshold=24))
  annotations = ({"kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint":
                  "10.20.1.10:6443"} if component == "kube-apiserver" else {})
  return template(
    {"component": component, "tier": "control-plane"},
    pod_spec([main], volumes=[host_path(name, path, kind) for name, path, kind, _ in host_dirs],
             hostNetwork=True, priorityClassName="system-node-critical",
             security={"seccompProfile": {"type": "RuntimeDefault"}}),
    annotations=annotations)


def host_volume(name: str, path: str, kind: str = "DirectoryOrCreate",
                read_only: bool = True) -> tuple:
  return (name, path, kind, read_only)


def add_control_plane(store: Store) -> None:
  pki = host_volume("k8s-certs", "/etc/kubernetes/pki")
  certs = [host_volume("ca-certs", "/etc/ssl/certs"),
           host_volume("etc-ca-certificates", "/etc/ca-certificates")]
  pods = {
    "kube-apiserver": control_plane_pod(
      "kube-apiserver", f"kube-apiserver:{K8S_VERSION}",
      ["kube-apiserver", "--advertise-address=10.20.1.10", "--allow-privileged=true",
       "--authorization-mode=Node,RBAC", "--client-ca-file=/etc/kubernetes/pki/ca.crt",
       "--enable-admission-plugins=NodeRestriction", "--enable-bootstrap-token-auth=true",
       "--etcd-servers=https://127.0.0.1:2379", "--secure-port=6443",
       "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
       "--service-cluster-ip-range=10.96.0.0/12",
       "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt"],
      certs + [pki], 6443, "/livez", host="10.20.1.10", cpu="250m"),
    "etcd": control_plane_pod(
      "etcd", "etcd:3.5.16-0",
      ["etcd", "--advertise-client-urls=https://10.20.1.10:2379",
       "--cert-file=/etc/kubernetes/pki/etcd/server.crt", "--client-cert-auth=true",
       "--data-dir=/var/lib/etcd", "--listen-metrics-urls=http://127.0.0.1:2381",
       "--name=cp-1"],
      [host_volume("etcd-certs", "/etc/kubernetes/pki/etcd", read_only=False),
       host_volume("etcd-data", "/var/lib/etcd", read_only=False)],
      2381, "/livez", scheme="HTTP"),
    "kube-controller-manager": control_plane_pod(
      "kube-controller-manager", f"kube-controller-manager:{K8S_VERSION}",
      ["kube-controller-manager", "--allocate-node-cidrs=true",
       "--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf",
       "--cluster-cidr=10.244.0.0/16", "--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt",
       "--controllers=*,bootstrapsigner,tokencleaner", "--leader-elect=true",
       "--use-service-account-credentials=true"],
      certs + [pki,
               host_volume("kubeconfig", "/etc/kubernetes/controller-manager.conf",
                           "FileOrCreate"),
               host_volume("flexvolume-dir",
                           "/usr/libexec/kubernetes/kubelet-plugins/volume/exec",
                           read_only=False)],
      10257, cpu="200m"),
    "kube-scheduler": control_plane_pod(
      "kube-scheduler", f"kube-scheduler:{K8S_VERSION}",
      ["kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf",
       "--bind-address=127.0.0.1", "--leader-elect=true"],
      [host_volume("kubeconfig", "/etc/kubernetes/scheduler.conf", "FileOrCreate")], 10259),
  }
  for name, tmpl in pods.items():
    add_static_pod(store, name, tmpl, "cp-1")


def add_kube_system(store: Store) -> None:
  add_control_plane(store)
  add_coredns(store)
  add_kube_proxy(store)
  add_calico(store)
  add_config_map(store, "kube-system", "kubeadm-config", {
    "ClusterConfiguration": "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n"
    f"kubernetesVersion: {K8S_VERSION}\nclusterName: {CLUSTER}\nnetworking:\n"
    "  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n"
    "controlPlaneEndpoint: 10.20.0.1:6443\n"}, window=CLUSTER_BIRTH)
  add_config_map(store, "kube-system", "kubelet-config", {
    "kubelet": "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
    "authentication:\n  anonymous:\n    enabled: false\n  webhook:\n    enabled: true\n"
    "authorization:\n  mode: Webhook\ncgroupDriver: systemd\n"}, window=CLUSTER_BIRTH)
  add_config_map(store, "kube-system", "extension-apiserver-authentication", {
    "client-ca-file": FAKE_CA, "requestheader-allowed-names": '["front-proxy-client"]',
    "requestheader-client-ca-file": FAKE_CA}, window=CLUSTER_BIRTH)
  add_config_map(store, "kube-public", "cluster-info", {
    "kubeconfig": "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: "
    "REVNTy1OT1QtQS1SRUFMLUNB\n    server: https://10.20.0.1:6443\n  name: \"\"\n"
    "kind: Config\n"}, window=CLUSTER_BIRTH)
  add_service(store, "default", "kubernetes", None,
              [service_port("https", 443, 6443)], ip="10.96.0.1", window=CLUSTER_BIRTH,
              labels={"component": "apiserver", "provider": "kubernetes"})


def add_coredns(store: Store) -> None:
  add_service_account(store, "kube-system", "coredns", window=CLUSTER_BIRTH)
  labels = {"k8s-app": "kube-dns"}
  dns = container(
    "coredns", f"{KUBE}/coredns/coredns:v1.11.3", args=["-conf", "/etc/coredns/Corefile"],
    ports=[port("dns", 53, "UDP"), port("dns-tcp", 53), port("metrics", 9153)],
    res=resources("100m", "70Mi", memory_limit="170Mi"),
    security={"allowPrivilegeEscalation": False,
              "capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]},
              "readOnlyRootFilesystem": True},
    mounts=[mount("config-volume", "/etc/coredns", read_only=True)],
    probes={"livenessProbe": {"httpGet": {"path": "/health", "port": 8080},
                              "initialDelaySeconds": 60, "timeoutSeconds": 5,
                              "failureThreshold": 5},
            "readinessProbe": {"httpGet": {"path": "/ready", "port": 8181}}})
  spec = pod_spec(
    [dns], service_account="coredns", nodeSelector=LINUX,
    priorityClassName="system-cluster-critical",
    tolerations=[{"key": "CriticalAddonsOnly", "operator": "Exists"}, CONTROL_PLANE_TAINT],
    volumes=[{"configMap": {"items": [{"key": "Corefile", "path": "Corefile"}],
                            "name": "coredns"}, "name": "config-volume"}])
  add_deployment(store, "kube-system", "coredns", template(labels, spec), selector=labels,
                 labels=labels, replicas=2, window=CLUSTER_BIRTH)
  add_service(store, "kube-system", "kube-dns", labels,
              [service_port("dns", 53, 53, "UDP"), service_port("dns-tcp", 53, 53),
               service_port("metrics", 9153, 9153)], ip="10.96.0.10", window=CLUSTER_BIRTH,
              labels={**labels, "kubernetes.io/cluster-service": "true",
                      "kubernetes.io/name": "CoreDNS"})
  add_config_map(store, "kube-system", "coredns", {
    "Corefile": ".:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n"
    "    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n"
    "       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n"
    "    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n"
    "    }\n    cache 30\n    loop\n    reload\n    loadbalance\n}\n"}, window=CLUSTER_BIRTH)
  add_cluster_role(store, "system:coredns", [
    rule([""], ["endpoints", "namespaces", "pods", "services"], ["list", "watch"]),
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"])], window=CLUSTER_BIRTH)
  add_cluster_role_binding(store, "system:coredns", "system:coredns",
                           [service_account("kube-system", "coredns")], window=CLUSTER_BIRTH)


def add_kube_proxy(store: Store) -> None:
  add_service_account(store, "kube-system", "kube-proxy", window=CLUSTER_BIRTH)
  labels = {"k8s-app": "kube-proxy"}
  proxy = container(
    "kube-proxy", f"{KUBE}/kube-proxy:{K8S_VERSION}",
    command=["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf",
             "--hostname-override=$(NODE_NAME)"],
    env_vars=[env_field("NODE_NAME", "spec.nodeName")], security={"privileged": True},
    mounts=[mount("kube-proxy", "/var/lib/kube-proxy"), mount("xtables-lock", "/run/xtables.lock"),
            mount("lib-modules", "/lib/modules", read_only=True)])
  spec = pod_spec(
    [proxy], service_account="kube-proxy", hostNetwork=True, nodeSelector=LINUX,
    priorityClassName="system-node-critical", tolerations=EVERYWHERE,
    volumes=[config_map_volume("kube-proxy", "kube-proxy"),
             host_path("xtables-lock", "/run/xtables.lock", "FileOrCreate"),
             host_path("lib-modules", "/lib/modules")])
  add_daemonset(store, "kube-system", "kube-proxy", template(labels, spec), selector=labels,
                labels=labels, window=CLUSTER_BIRTH)
  add_config_map(store, "kube-system", "kube-proxy", {
    "config.conf": "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: "
    "KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: iptables\n",
    "kubeconfig.conf": "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
    "    server: https://10.20.0.1:6443\n  name: default\n"},
    labels={"app": "kube-proxy"}, window=CLUSTER_BIRTH)


def add_calico(store: Store) -> None:
  for name in ("calico-node", "calico-kube-controllers", "calico-cni-plugin"):
    add_service_account(store, "kube-system", name)
  image = f"docker.io/calico/node:{CALICO_VERSION}"
  cni = container(
    "install-cni", f"docker.io/calico/cni:{CALICO_VERSION}", command=["/opt/cni/bin/install"],
    env_vars=[env("CNI_CONF_NAME", "10-calico.conflist"), env_field("KUBERNETES_NODE_NAME",
                                                                   "spec.nodeName")],
    security={"privileged": True},
    mounts=[mount("cni-bin-dir", "/host/opt/cni/bin"), mount("cni-net-dir", "/host/etc/cni/net.d")])
  bpffs = container(
    "mount-bpffs", image, command=["calico-node", "-init", "-best-effort"],
    security={"privileged": True},
    mounts=[mount("sys-fs", "/sys/fs"), mount("bpffs", "/sys/fs/bpf"),
            mount("nodeproc", "/nodeproc", read_only=True)])
  node = container(
    "calico-node", image, security={"privileged": True},
    env_vars=[env("DATASTORE_TYPE", "kubernetes"), env("WAIT_FOR_DATASTORE", "true"),
              env_field("NODENAME", "spec.nodeName"), env("CALICO_NETWORKING_BACKEND", "bird"),
              env("CLUSTER_TYPE", "k8s,bgp"), env("IP", "autodetect"),
              env("CALICO_IPV4POOL_IPIP", "Always"), env("CALICO_IPV4POOL_CIDR", "10.244.0.0/16"),
              env("FELIX_DEFAULTENDPOINTTOHOSTACTION", "ACCEPT"), env("FELIX_HEALTHENABLED",
                                                                      "true")],
    res={"requests": {"cpu": "250m"}},
    probes={"livenessProbe": {"exec": {"command": ["/bin/calico-node", "-felix-live",
                                                   "-bird-live"]},
                              "initialDelaySeconds": 10, "timeoutSeconds": 10,
                              "failureThreshold": 6},
            "readinessProbe": {"exec": {"command": ["/bin/calico-node", "-felix-ready",
                                                    "-bird-ready"]},
                               "timeoutSeconds": 10}},
    mounts=[mount("cni-net-dir", "/host/etc/cni/net.d"), mount("lib-modules", "/lib/modules",
                                                               read_only=True),
            mount("xtables-lock", "/run/xtables.lock"), mount("var-run-calico", "/var/run/calico"),
            mount("var-lib-calico", "/var/lib/calico"), mount("policysync", "/var/run/nodeagent"),
            mount("bpffs", "/sys/fs/bpf"), mount("cni-log-dir", "/var/log/calico/cni",
                                                 read_only=True)])
  volumes = [
    host_path("lib-modules", "/lib/modules"), host_path("var-run-calico", "/var/run/calico",
                                                        "DirectoryOrCreate"),
    host_path("var-lib-calico", "/var/lib/calico", "DirectoryOrCreate"),
    host_path("xtables-lock", "/run/xtables.lock", "FileOrCreate"),
    host_path("sys-fs", "/sys/fs/", "DirectoryOrCreate"), host_path("bpffs", "/sys/fs/bpf",
                                                                     "Directory"),
    host_path("nodeproc", "/proc"), host_path("cni-bin-dir", "/opt/cni/bin", "DirectoryOrCreate"),
    host_path("cni-net-dir", "/etc/cni/net.d"), host_path("cni-log-dir", "/var/log/calico/cni"),
    host_path("policysync", "/var/run/nodeagent", "DirectoryOrCreate"),
  ]
  labels = {"k8s-app": "calico-node"}
  spec = pod_spec([node], init=[cni, bpffs], service_account="calico-node", hostNetwork=True,
                  nodeSelector=LINUX, priorityClassName="system-node-critical",
                  tolerations=EVERYWHERE, volumes=volumes, terminationGracePeriodSeconds=0)
  add_daemonset(store, "kube-system", "calico-node", template(labels, spec), selector=labels,
                labels=labels)
  controllers = container(
    "calico-kube-controllers", f"docker.io/calico/kube-controllers:{CALICO_VERSION}",
    env_vars=[env("ENABLED_CONTROLLERS", "node,loadbalancer"), env("DATASTORE_TYPE",
                                                                   "kubernetes")],
    security={"runAsNonRoot": True},
    probes={"livenessProbe": {"exec": {"command": ["/usr/bin/check-status", "-l"]},
                              "initialDelaySeconds": 10, "timeoutSeconds": 10},
            "readinessProbe": {"exec": {"command": ["/usr/bin/check-status", "-r"]}}})
  labels = {"k8s-app": "calico-kube-controllers"}
  spec = pod_spec([controllers], service_account="calico-kube-controllers", nodeSelector=LINUX,
                  priorityClassName="system-cluster-critical",
                  tolerations=[{"key": "CriticalAddonsOnly", "operator": "Exists"},
                               CONTROL_PLANE_TAINT])
  add_deployment(store, "kube-system", "calico-kube-controllers", template(labels, spec),
                 selector=labels, labels=labels, replicas=1, window=PLATFORM_ERA)
  add_config_map(store, "kube-system", "calico-config", {
    "calico_backend": "bird", "cni_network_config": '{"name": "k8s-pod-network", '
    '"cniVersion": "0.3.1", "plugins": [{"type": "calico", "ipam": {"type": "calico-ipam"}}]}',
    "typha_service_name": "none", "veth_mtu": "0"})
  add_cluster_role(store, "calico-node", [
    rule([""], ["pods", "nodes", "namespaces"], ["get"]),
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"]),
    rule([""], ["endpoints", "services"], ["list", "watch", "get"]),
    rule([""], ["configmaps"], ["get"]),
    rule([""], ["nodes/status"], ["patch", "update"]),
    rule(["networking.k8s.io"], ["networkpolicies"], ["watch", "list"]),
    rule([""], ["pods", "namespaces", "serviceaccounts"], ["list", "watch"]),
    rule([""], ["pods/status"], ["patch"]),
    rule(["crd.projectcalico.org"], ["globalfelixconfigs", "felixconfigurations",
                                     "bgppeers", "globalbgpconfigs", "bgpconfigurations",
                                     "ippools", "ipamblocks", "globalnetworkpolicies",
                                     "globalnetworksets", "networkpolicies", "networksets",
                                     "clusterinformations", "hostendpoints", "blockaffinities",
                                     "caliconodestatuses"], READ),
    rule([""], ["serviceaccounts/token"], ["create"], ["calico-cni-plugin"]),
  ])
  add_cluster_role_binding(store, "calico-node", "calico-node",
                           [service_account("kube-system", "calico-node")])
  add_cluster_role(store, "calico-kube-controllers", [
    rule([""], ["nodes"], ["watch", "list", "get"]),
    rule([""], ["pods"], ["get", "list", "watch"]),
    rule(["crd.projectcalico.org"], ["ipreservations"], ["list"]),
    rule(["crd.projectcalico.org"], ["blockaffinities", "ipamblocks", "ipamhandles"],
         ["get", "list", "create", "update", "delete", "watch"]),
    rule(["crd.projectcalico.org"], ["clusterinformations"], ["get", "list", "create",
                                                              "update", "watch"]),
  ])
  add_cluster_role_binding(store, "calico-kube-controllers", "calico-kube-controllers",
                           [service_account("kube-system", "calico-kube-controllers")])


# ---------------------------------------------------------------------------------------------
# Platform: ingress-nginx, cert-manager


def helm_labels(name: str, instance: str, version: str, component: str | None = None) -> dict:
  labels = {"app.kubernetes.io/instance": instance, "app.kubernetes.io/managed-by": "Helm",
            "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": instance,
            "app.kubernetes.io/version": version}
  if component:
    labels["app.kubernetes.io/component"] = component
  return labels


def selector_of(labels: dict) -> dict:
  keys = ("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component")
  return {k: labels[k] for k in keys if k in labels}


def add_ingress_nginx(store: Store) -> None:
  ns = "ingress-nginx"
  labels = helm_labels("ingress-nginx", "ingress-nginx", "1.12.0", "controller")
  add_service_account(store, ns, "ingress-nginx", automount=True, labels=labels)
  add_service_account(store, ns, "ingress-nginx-admission", labels=labels)
  controller = container(
    "controller", pinned("registry.k8s.io/ingress-nginx/controller:v1.12.0"),
    args=["/nginx-ingress-controller",
          "--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller",
          "--election-id=ingress-nginx-leader", "--controller-class=k8s.io/ingress-nginx",
          "--ingress-class=nginx", "--configmap=$(POD_NAMESPACE)/ingress-nginx-controller",
          "--validating-webhook=:8443",
          "--validating-webhook-certificate=/usr/local/certificates/cert",
          "--validating-webhook-key=/usr/local/certificates/key"],
    env_vars=[env_field("POD_NAME", "metadata.name"),
              env_field("POD_NAMESPACE", "metadata.namespace"),
              env("LD_PRELOAD", "/usr/local/lib/libmimalloc.so")],
    ports=[port("http", 80), port("https", 443), port("webhook", 8443)],
    res={"requests": {"cpu": "100m", "memory": "90Mi"}},
    security={"allowPrivilegeEscalation": False,
              "capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]},
              "readOnlyRootFilesystem": False, "runAsGroup": 82, "runAsNonRoot": True,
              "runAsUser": 101, "seccompProfile": {"type": "RuntimeDefault"}},
    mounts=[mount("webhook-cert", "/usr/local/certificates/", read_only=True)],
    probes={"livenessProbe": {"httpGet": {"path": "/healthz", "port": 10254},
                              "initialDelaySeconds": 10, "failureThreshold": 5},
            "readinessProbe": {"httpGet": {"path": "/healthz", "port": 10254},
                               "initialDelaySeconds": 10}})
  spec = pod_spec([controller], service_account="ingress-nginx", nodeSelector=LINUX,
                  volumes=[secret_volume("webhook-cert", "ingress-nginx-admission")],
                  terminationGracePeriodSeconds=300)
  add_deployment(store, ns, "ingress-nginx-controller", template(labels, spec),
                 selector=selector_of(labels), labels=labels, replicas=2, window=PLATFORM_ERA)
  add_service(store, ns, "ingress-nginx-controller", selector_of(labels),
              [service_port("http", 80, "http", node_port=31080),
               service_port("https", 443, "https", node_port=31443)],
              kind="LoadBalancer", labels=labels)
  add_service(store, ns, "ingress-nginx-controller-admission", selector_of(labels),
              [service_port("https-webhook", 443, "webhook")], labels=labels)
  add_config_map(store, ns, "ingress-nginx-controller", {
    "allow-snippet-annotations": "false", "use-forwarded-headers": "true",
    "ssl-protocols": "TLSv1.2 TLSv1.3"}, labels=labels)
  add_secret(store, ns, "ingress-nginx-admission", labels=labels, window=PLATFORM_ERA)
  add_cluster_role(store, "ingress-nginx", [
    rule([""], ["configmaps", "endpoints", "nodes", "pods", "secrets", "namespaces"],
         ["list", "watch"]),
    rule(["coordination.k8s.io"], ["leases"], ["list", "watch"]),
    rule([""], ["nodes"], ["get"]),
    rule([""], ["services"], READ),
    rule(["networking.k8s.io"], ["ingresses"], READ),
    rule([""], ["events"], ["create", "patch"]),
    rule(["networking.k8s.io"], ["ingresses/status"], ["update"]),
    rule(["networking.k8s.io"], ["ingressclasses"], READ),
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch", "get"]),
  ], labels=labels)
  add_cluster_role_binding(store, "ingress-nginx", "ingress-nginx",
                           [service_account(ns, "ingress-nginx")], labels=labels)
  add_role(store, ns, "ingress-nginx", [
    rule([""], ["namespaces"], ["get"]),
    rule([""], ["configmaps", "pods", "secrets", "endpoints"], READ),
    rule([""], ["services"], READ),
    rule(["networking.k8s.io"], ["ingresses", "ingressclasses"], READ),
    rule(["networking.k8s.io"], ["ingresses/status"], ["update"]),
    rule(["coordination.k8s.io"], ["leases"], ["get", "update"], ["ingress-nginx-leader"]),
    rule(["coordination.k8s.io"], ["leases"], ["create"]),
    rule([""], ["events"], ["create", "patch"]),
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch", "get"]),
  ], labels=labels)
  add_role_binding(store, ns, "ingress-nginx", "Role", "ingress-nginx",
                   [service_account(ns, "ingress-nginx")], labels=labels)
  add_webhook(store, "ValidatingWebhookConfiguration", "ingress-nginx-admission",
              "validate.nginx.ingress.kubernetes.io", ns, "ingress-nginx-controller-admission",
              [{"apiGroups": ["networking.k8s.io"], "apiVersions": ["v1"],
                "operations": ["CREATE", "UPDATE"], "resources": ["ingresses"],
                "scope": "*"}], "Fail", "/networking/v1/ingresses", labels)


def add_webhook(store: Store, kind: str, name: str, hook: str, namespace: str, service: str,
                rules: list, failure_policy: str, path: str, labels: dict,
                namespace_selector: dict | None = None) -> dict:
  config = new_object(kind, name, labels=labels, generation=2,
                      created=when(PLATFORM_ERA, "webhook", name))
  entry = {
    "admissionReviewVersions": ["v1"],
    "clientConfig": {"caBundle": "REVNTy1OT1QtQS1SRUFMLUNB",
                     "service": {"name": service, "namespace": namespace, "path": path,
                                 "port": 443}},
    "failurePolicy": failure_policy, "matchPolicy": "Equivalent", "name": hook,
    "namespaceSelector": namespace_selector or {}, "objectSelector": {}, "rules": rules,
    "sideEffects": "None", "timeoutSeconds": 10,
  }
  if kind == "MutatingWebhookConfiguration":
    entry["reinvocationPolicy"] = "Never"
  config["webhooks"] = [entry]
  return store.add(config)


CERT_MANAGER_VERSION = "v1.16.2"


def add_cert_manager(store: Store) -> None:
  ns = "cert-manager"
  parts = {
    "cert-manager": ("controller", "cert-manager-controller", 9402, "http-metrics"),
    "cert-manager-cainjector": ("cainjector", "cert-manager-cainjector", 9402, "http-metrics"),
    "cert-manager-webhook": ("webhook", "cert-manager-webhook", 10250, "https"),
  }
  for name, (component, image, number, port_name) in parts.items():
    labels = helm_labels(component if component != "controller" else "cert-manager",
                         "cert-manager", CERT_MANAGER_VERSION, component)
    add_service_account(store, ns, name, automount=True, labels=labels)
    main = container(
      f"cert-manager-{component}",
      pinned(f"quay.io/jetstack/{image}:{CERT_MANAGER_VERSION}"),
      args=["--v=2", "--cluster-resource-namespace=$(POD_NAMESPACE)",
            "--leader-election-namespace=kube-system"],
      env_vars=[env_field("POD_NAMESPACE", "metadata.namespace")],
      ports=[port(port_name, number)], res=resources("10m", "64Mi", "200m", "256Mi"),
      security={k: v for k, v in HARDENED.items() if k != "runAsNonRoot"},
      probes=(http_probes(port_name, "/livez", "/healthz") if component == "webhook"
              else {}))
    if component == "webhook":
      for probe in ("livenessProbe", "readinessProbe"):
        main[probe]["httpGet"]["port"] = 6080
    spec = pod_spec([main], service_account=name, nodeSelector=LINUX,
                    security={"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                    enableServiceLinks=False)
    add_deployment(store, ns, name, template(labels, spec), selector=selector_of(labels),
                   labels=labels, replicas=1, window=PLATFORM_ERA)
    if component != "cainjector":
      add_service(store, ns, name, selector_of(labels),
                  [service_port("tcp-prometheus-servicemonitor" if component == "controller"
                                else "https", 9402 if component == "controller" else 443,
                                port_name)], labels=labels)
  labels = helm_labels("cert-manager", "cert-manager", CERT_MANAGER_VERSION)
  add_secret(store, ns, "cert-manager-webhook-ca", labels=labels, window=PLATFORM_ERA)
  add_secret(store, ns, "letsencrypt-prod-account-key", window=PLATFORM_ERA)
  add_cluster_role(store, "cert-manager-controller-certificates", [
    rule(["cert-manager.io"], ["certificates", "certificates/status", "certificaterequests",
                               "certificaterequests/status"], ["update", "patch"]),
    rule(["cert-manager.io"], ["certificates", "certificaterequests", "clusterissuers",
                               "issuers"], READ),
    rule(["cert-manager.io"], ["certificates/finalizers", "certificaterequests/finalizers"],
         ["update"]),
    rule(["acme.cert-manager.io"], ["orders"], ["create", "delete", "get", "list", "watch"]),
    rule([""], ["secrets"], ["get", "list", "watch", "create", "update", "delete", "patch"]),
    rule(["", "events.k8s.io"], ["events"], ["create", "patch"]),
  ], labels=labels)
  add_cluster_role(store, "cert-manager-controller-issuers", [
    rule(["cert-manager.io"], ["issuers", "issuers/status"], ["update", "patch"]),
    rule(["cert-manager.io"], ["issuers"], READ),
    rule([""], ["secrets"], ["get", "list", "watch", "create", "update", "delete"]),
    rule(["", "events.k8s.io"], ["events"], ["create", "patch"]),
  ], labels=labels)
  add_cluster_role(store, "cert-manager-cainjector", [
    rule(["cert-manager.io"], ["certificates"], READ),
    rule([""], ["secrets"], READ),
    rule(["", "events.k8s.io"], ["events"], ["get", "create", "update", "patch"]),
    rule(["admissionregistration.k8s.io"], ["validatingwebhookconfigurations",
                                            "mutatingwebhookconfigurations"],
         ["get", "list", "watch", "update", "patch"]),
    rule(["apiregistration.k8s.io"], ["apiservices"], ["get", "list", "watch", "update",
                                                       "patch"]),
    rule(["apiextensions.k8s.io"], ["customresourcedefinitions"], ["get", "list", "watch",
                                                                   "update", "patch"]),
  ], labels=labels)
  add_cluster_role(store, "cert-manager-webhook:subjectaccessreviews", [
    rule(["authorization.k8s.io"], ["subjectaccessreviews"], ["create"])], labels=labels)
  for role, subject in (("cert-manager-controller-certificates", "cert-manager"),
                        ("cert-manager-controller-issuers", "cert-manager"),
                        ("cert-manager-cainjector", "cert-manager-cainjector"),
                        ("cert-manager-webhook:subjectaccessreviews", "cert-manager-webhook")):
    add_cluster_role_binding(store, role, role, [service_account(ns, subject)], labels=labels)
  # cert-manager keeps its leader-election leases in kube-system.
  add_role(store, "kube-system", "cert-manager:leaderelection", [
    rule(["coordination.k8s.io"], ["leases"], ["get", "update", "patch"],
         ["cert-manager-controller"]),
    rule(["coordination.k8s.io"], ["leases"], ["create"])], labels=labels)
  add_role_binding(store, "kube-system", "cert-manager:leaderelection", "Role",
                   "cert-manager:leaderelection", [service_account(ns, "cert-manager")],
                   labels=labels)
  webhook_rules = [{"apiGroups": ["cert-manager.io", "acme.cert-manager.io"],
                    "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"],
                    "resources": ["*/*"], "scope": "*"}]
  add_webhook(store, "ValidatingWebhookConfiguration", "cert-manager-webhook",
              "webhook.cert-manager.io", ns, "cert-manager-webhook", webhook_rules, "Fail",
              "/validate", labels,
              {"matchExpressions": [{"key": "cert-manager.io/disable-validation",
                                     "operator": "NotIn", "values": ["true"]}]})
  add_webhook(store, "MutatingWebhookConfiguration", "cert-manager-webhook",
              "webhook.cert-manager.io", ns, "cert-manager-webhook",
              [dict(webhook_rules[0], operations=["CREATE"])], "Fail", "/mutate", labels)
  issuer = new_object("ClusterIssuer", "letsencrypt-prod", generation=1,
                      created=when(PLATFORM_ERA, "issuer"))
  issuer["spec"] = {"acme": {
    "email": "platform@acme.example", "privateKeySecretRef": {"name":
                                                              "letsencrypt-prod-account-key"},
    "server": "https://acme-v02.api.letsencrypt.org/directory",
    "solvers": [{"http01": {"ingress": {"ingressClassName": "nginx"}}}]}}
  issuer["status"] = {"conditions": [{"lastTransitionTime": issuer["metadata"][
    "creationTimestamp"], "message": "The ACME account was registered with the ACME server",
    "observedGeneration": 1, "reason": "ACMEAccountRegistered", "status": "True",
    "type": "Ready"}]}
  store.add(issuer)


def add_certificate(store: Store, namespace: str, name: str, host: str) -> None:
  """A cert-manager Certificate and the TLS Secret it maintains."""
  cert = new_object("Certificate", name, namespace, generation=1,
                    created=when(APPS_ERA, "cert", namespace, name))
  cert["spec"] = {"dnsNames": [host], "issuerRef": {"group": "cert-manager.io",
                                                    "kind": "ClusterIssuer",
                                                    "name": "letsencrypt-prod"},
                  "secretName": name, "usages": ["digital signature", "key encipherment"]}
  cert["status"] = {"notAfter": "2027-01-18T08:12:44Z", "notBefore": "2026-10-20T08:12:45Z",
                    "renewalTime": "2026-12-19T08:12:44Z", "revision": 8,
                    "conditions": [{"lastTransitionTime": "2026-10-20T08:13:15Z",
                                    "message": "Certificate is up to date and has not expired",
                                    "observedGeneration": 1, "reason": "Ready",
                                    "status": "True", "type": "Ready"}]}
  store.add(cert)
  add_secret(store, namespace, name, "kubernetes.io/tls",
             labels={"controller.cert-manager.io/fao": "true"},
             annotations={"cert-manager.io/certificate-name": name,
                          "cert-manager.io/common-name": host,
                          "cert-manager.io/issuer-kind": "ClusterIssuer",
                          "cert-manager.io/issuer-name": "letsencrypt-prod"})


# ---------------------------------------------------------------------------------------------
# Platform: monitoring


def add_monitoring(store: Store) -> None:
  add_prometheus(store)
  add_grafana(store)
  add_node_exporter(store)
  add_kube_state_metrics(store)
  add_falco(store)


def add_prometheus(store: Store) -> None:
  ns = "monitoring"
  labels = helm_labels("prometheus", "k8s", "3.0.1", "server")
  add_service_account(store, ns, "prometheus", labels=labels)
  server = container(
    "prometheus", pinned("quay.io/prometheus/prometheus:v3.0.1"),
    args=["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus",
          "--storage.tsdb.retention.time=15d", "--web.enable-lifecycle"],
    ports=[port("web", 9090)], res=resources("500m", "2Gi", "2", "4Gi"),
    security=HARDENED, probes=http_probes("web", "/-/healthy", "/-/ready"),
    mounts=[mount("config", "/etc/prometheus", read_only=True),
            mount("prometheus-db", "/prometheus")])
  reloader = container(
    "config-reloader", pinned("quay.io/prometheus-operator/prometheus-config-reloader:v0.79.2"),
    args=["--reload-url=http://127.0.0.1:9090/-/reload",
          "--watched-dir=/etc/prometheus"],
    ports=[port("reloader-web", 8080)], res=resources("10m", "50Mi", "100m"), security=HARDENED,
    mounts=[mount("config", "/etc/prometheus", read_only=True)])
  spec = pod_spec([server, reloader], service_account="prometheus",
                  security=hardened_pod(65534), nodeSelector=LINUX,
                  volumes=[config_map_volume("config", "prometheus-config")])
  add_statefulset(store, ns, "prometheus", template(labels, spec), selector=selector_of(labels),
                  labels=labels, replicas=1, service="prometheus-operated",
                  window=PLATFORM_ERA, claims={"prometheus-db": "50Gi"})
  add_service(store, ns, "prometheus-operated", selector_of(labels),
              [service_port("web", 9090, "web")], headless=True, labels=labels)
  add_service(store, ns, "prometheus", selector_of(labels),
              [service_port("web", 9090, "web")], labels=labels)
  add_config_map(store, ns, "prometheus-config", {
    "prometheus.yml": "global:\n  scrape_interval: 30s\nscrape_configs:\n"
    "- job_name: kubernetes-nodes-cadvisor\n  scheme: https\n  kubernetes_sd_configs:\n"
    "  - role: node\n  relabel_configs:\n  - target_label: __address__\n"
    "    replacement: kubernetes.default.svc:443\n"
    "  - source_labels: [__meta_kubernetes_node_name]\n"
    "    target_label: __metrics_path__\n"
    "    replacement: /api/v1/nodes/${1}/proxy/metrics/cadvisor\n"
    "- job_name: kubernetes-pods\n  kubernetes_sd_configs:\n  - role: pod\n"}, labels=labels)
  add_cluster_role(store, "prometheus", [
    rule([""], ["nodes", "nodes/metrics", "services", "endpoints", "pods"], READ),
    # Scraping cAdvisor through the API server proxy: the kubelet API, exec included.
    rule([""], ["nodes/proxy"], ["get"]),
    rule(["discovery.k8s.io"], ["endpointslices"], READ),
    rule(["networking.k8s.io"], ["ingresses"], READ),
    url_rule(["/metrics", "/metrics/cadvisor"], ["get"]),
  ], labels=labels)
  add_cluster_role_binding(store, "prometheus", "prometheus",
                           [service_account(ns, "prometheus")], labels=labels)


def add_grafana(store: Store) -> None:
  ns = "monitoring"
  labels = helm_labels("grafana", "grafana", "11.4.0")
  add_service_account(store, ns, "grafana", labels=labels)
  main = container(
    "grafana", "docker.io/grafana/grafana:11.4.0",
    env_vars=[env("GF_SECURITY_ADMIN_USER", "admin"),
              # Left over from a quick start: a literal admin password in the manifest.
              env("GF_SECURITY_ADMIN_PASSWORD", FAKE_PASSWORD),
              env("GF_PATHS_DATA", "/var/lib/grafana/"), env("GF_PATHS_LOGS",
                                                              "/var/log/grafana")],
    ports=[port("grafana", 3000)], res=resources("100m", "256Mi", memory_limit="512Mi"),
    security={"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
              "seccompProfile": {"type": "RuntimeDefault"}},
    probes=http_probes("grafana", "/api/health", "/api/health"),
    mounts=[mount("config", "/etc/grafana/grafana.ini"), mount("storage", "/var/lib/grafana")])
  main["volumeMounts"][0]["subPath"] = "grafana.ini"
  spec = pod_spec([main], service_account="grafana",
                  security={"fsGroup": 472, "runAsGroup": 472, "runAsNonRoot": True,
                            "runAsUser": 472},
                  volumes=[config_map_volume("config", "grafana"), empty_dir("storage")])
  add_deployment(store, ns, "grafana", template(labels, spec), selector=selector_of(labels),
                 labels=labels, replicas=1, window=PLATFORM_ERA, revision=2)
  add_service(store, ns, "grafana", selector_of(labels),
              [service_port("service", 80, "grafana")], labels=labels)
  add_config_map(store, ns, "grafana", {
    "grafana.ini": "[analytics]\ncheck_for_updates = false\n[server]\n"
    "root_url = https://grafana.internal.acme.example\n[auth.anonymous]\nenabled = false\n"},
    labels=labels)
  add_secret(store, ns, "grafana", labels=labels, window=PLATFORM_ERA)
  add_ingress(store, ns, "grafana", "grafana.internal.acme.example", "grafana", "service",
              tls_secret="grafana-tls", window=PLATFORM_ERA)
  add_secret(store, ns, "grafana-tls", "kubernetes.io/tls", window=PLATFORM_ERA)


def add_node_exporter(store: Store) -> None:
  ns = "monitoring"
  labels = helm_labels("node-exporter", "node-exporter", "1.8.2", "metrics")
  add_service_account(store, ns, "node-exporter", automount=False, labels=labels)
  main = container(
    "node-exporter", "quay.io/prometheus/node-exporter:v1.8.2",
    args=["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--path.rootfs=/host/root",
          "--path.udev.data=/host/root/run/udev/data", "--web.listen-address=[$(HOST_IP)]:9100"],
    env_vars=[env_field("HOST_IP", "status.hostIP")],
    ports=[port("metrics", 9100, host=9100)], res=resources("50m", "64Mi", "250m", "180Mi"),
    security={"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
              "readOnlyRootFilesystem": True},
    probes=http_probes("metrics", "/", "/"),
    mounts=[mount("proc", "/host/proc", read_only=True), mount("sys", "/host/sys",
                                                               read_only=True),
            mount("root", "/host/root", read_only=True)])
  main["volumeMounts"][2]["mountPropagation"] = "HostToContainer"
  spec = pod_spec([main], service_account="node-exporter", automount=False, hostNetwork=True,
                  hostPID=True, nodeSelector=LINUX, tolerations=EVERYWHERE,
                  security={"fsGroup": 65534, "runAsGroup": 65534, "runAsNonRoot": True,
                            "runAsUser": 65534},
                  volumes=[host_path("proc", "/proc"), host_path("sys", "/sys"),
                           host_path("root", "/")])
  add_daemonset(store, ns, "node-exporter", template(labels, spec), selector=selector_of(labels),
                labels=labels)
  add_service(store, ns, "node-exporter", selector_of(labels),
              [service_port("metrics", 9100, 9100)], labels=labels)


def add_kube_state_metrics(store: Store) -> None:
  ns = "monitoring"
  labels = helm_labels("kube-state-metrics", "kube-state-metrics", "2.14.0", "metrics")
  add_service_account(store, ns, "kube-state-metrics", labels=labels)
  main = container(
    "kube-state-metrics", pinned("registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.14.0"),
    args=["--port=8080", "--telemetry-port=8081"],
    ports=[port("http-metrics", 8080), port("telemetry", 8081)],
    res=resources("10m", "190Mi", "100m", "250Mi"), security=HARDENED,
    probes=http_probes("http-metrics", "/livez", "/readyz"))
  spec = pod_spec([main], service_account="kube-state-metrics", security=hardened_pod(65534),
                  nodeSelector=LINUX)
  add_deployment(store, ns, "kube-state-metrics", template(labels, spec),
                 selector=selector_of(labels), labels=labels, replicas=1, window=PLATFORM_ERA)
  add_service(store, ns, "kube-state-metrics", selector_of(labels),
              [service_port("http-metrics", 8080, "http-metrics")], labels=labels)
  add_cluster_role(store, "kube-state-metrics", [
    rule([""], ["configmaps", "secrets", "nodes", "pods", "services", "serviceaccounts",
                "resourcequotas", "replicationcontrollers", "limitranges",
                "persistentvolumeclaims", "persistentvolumes", "namespaces", "endpoints"],
         ["list", "watch"]),
    rule(["apps"], ["statefulsets", "daemonsets", "deployments", "replicasets"],
         ["list", "watch"]),
    rule(["batch"], ["cronjobs", "jobs"], ["list", "watch"]),
    rule(["networking.k8s.io"], ["networkpolicies", "ingresses"], ["list", "watch"]),
    rule(["rbac.authorization.k8s.io"], ["clusterrolebindings", "clusterroles",
                                         "rolebindings", "roles"], ["list", "watch"]),
  ], labels=labels)
  add_cluster_role_binding(store, "kube-state-metrics", "kube-state-metrics",
                           [service_account(ns, "kube-state-metrics")], labels=labels)
  add_service_monitor(store, ns, "kube-state-metrics", selector_of(labels), "http-metrics")
  add_service_monitor(store, ns, "node-exporter",
                      selector_of(helm_labels("node-exporter", "node-exporter", "1.8.2",
                                              "metrics")), "metrics")


def add_falco(store: Store) -> None:
  """Falco, the runtime-detection agent: privileged, with the containerd socket and host paths.

  Legitimately powerful (a candidate for a documented exception), and still a node-level risk.
  """
  ns = "monitoring"
  labels = helm_labels("falco", "falco", "0.39.2")
  add_service_account(store, ns, "falco", labels=labels)
  falco = container(
    "falco", "docker.io/falcosecurity/falco:0.39.2",
    args=["/usr/bin/falco", "-o", "engine.kind=modern_ebpf"],
    env_vars=[env("HOST_ROOT", "/host"), env_field("FALCO_HOSTNAME", "spec.nodeName"),
              env_field("FALCO_K8S_NODE_NAME", "spec.nodeName")],
    ports=[port("web", 8765)], security={"privileged": True},
    res=resources("100m", "512Mi", "1", "1024Mi"),
    probes=http_probes("web", "/healthz", "/healthz"),
    mounts=[mount("containerd-socket", "/host/run/containerd/containerd.sock"),
            mount("proc-fs", "/host/proc", read_only=True),
            mount("etc-fs", "/host/etc", read_only=True),
            mount("boot-fs", "/host/boot", read_only=True),
            mount("dev-fs", "/host/dev", read_only=True),
            mount("config", "/etc/falco")])
  spec = pod_spec([falco], service_account="falco", tolerations=EVERYWHERE,
                  volumes=[host_path("containerd-socket", "/var/run/containerd/containerd.sock",
                                     "Socket"),
                           host_path("proc-fs", "/proc"), host_path("etc-fs", "/etc"),
                           host_path("boot-fs", "/boot"), host_path("dev-fs", "/dev"),
                           config_map_volume("config", "falco")])
  add_daemonset(store, ns, "falco", template(labels, spec), selector=selector_of(labels),
                labels=labels, window=CHANGES_ERA)
  add_config_map(store, ns, "falco", {
    "falco.yaml": "engine:\n  kind: modern_ebpf\njson_output: true\n"
    "stdout_output:\n  enabled: true\n"}, labels=labels,
    window=CHANGES_ERA)


def add_service_monitor(store: Store, namespace: str, name: str, selector: dict,
                        port_name: str) -> None:
  monitor = new_object("ServiceMonitor", name, namespace, generation=1,
                       labels={"release": "kube-prometheus"},
                       created=when(PLATFORM_ERA, "sm", namespace, name))
  monitor["spec"] = {"endpoints": [{"interval": "30s", "port": port_name}],
                     "namespaceSelector": {"matchNames": [namespace]},
                     "selector": {"matchLabels": selector}}
  store.add(monitor)


# ---------------------------------------------------------------------------------------------
# Platform: Argo CD, logging, CI, a debug pod

ARGOCD_IMAGE = pinned("quay.io/argoproj/argocd:v2.13.2")


def argocd_labels(name: str, component: str) -> dict:
  return {"app.kubernetes.io/component": component, "app.kubernetes.io/name": name,
          "app.kubernetes.io/part-of": "argocd"}


def argocd_container(name: str, command: str, ports: list, mounts: list) -> dict:
  """Argo CD's own manifests: well hardened, but without resource requests or limits."""
  return container(
    name, ARGOCD_IMAGE, args=[command], ports=ports, security=HARDENED,
    env_vars=[{"name": "ARGOCD_REDIS_PASSWORD", "valueFrom": {"secretKeyRef": {
      "key": "auth", "name": "argocd-redis"}}}],
    mounts=mounts, probes=http_probes(ports[0]["name"], "/healthz?full=true", "/healthz"))


def add_argocd(store: Store) -> None:
  ns = "argocd"
  tmp = [mount("tmp", "/tmp")]
  parts = {
    "argocd-server": ("server", "/usr/local/bin/argocd-server",
                      [port("server", 8080), port("metrics", 8083)], "Deployment"),
    "argocd-repo-server": ("repo-server", "/usr/local/bin/argocd-repo-server",
                           [port("server", 8081), port("metrics", 8084)], "Deployment"),
    "argocd-application-controller": (
      "application-controller", "/usr/local/bin/argocd-application-controller",
      [port("metrics", 8082)], "StatefulSet"),
  }
  for name, (component, command, ports, kind) in parts.items():
    labels = argocd_labels(name, component)
    add_service_account(store, ns, name, labels=labels)
    main = argocd_container(component, command, ports, tmp)
    spec = pod_spec([main], service_account=name, nodeSelector=LINUX,
                    security={"seccompProfile": {"type": "RuntimeDefault"}},
                    volumes=[empty_dir("tmp")])
    selector = {"app.kubernetes.io/name": name}
    if kind == "Deployment":
      add_deployment(store, ns, name, template(labels, spec), selector=selector, labels=labels,
                     replicas=1, window=PLATFORM_ERA, revision=3)
    else:
      add_statefulset(store, ns, name, template(labels, spec), selector=selector,
                      labels=labels, replicas=1, service=name, window=PLATFORM_ERA)
    add_service(store, ns, name if kind == "Deployment" else "argocd-metrics", selector,
                [service_port(p["name"], p["containerPort"], p["name"]) for p in ports],
                labels=labels)
  add_argocd_redis(store)
  add_argocd_rbac(store)
  add_argocd_config(store)


def add_argocd_redis(store: Store) -> None:
  ns, name = "argocd", "argocd-redis"
  labels = argocd_labels(name, "redis")
  add_service_account(store, ns, name, labels=labels)
  redis = container(
    "redis", pinned("public.ecr.aws/docker/library/redis:7.4.1-alpine"),
    args=["--save", "", "--appendonly", "no", "--requirepass $(REDIS_PASSWORD)"],
    env_vars=[env_secret("REDIS_PASSWORD", "argocd-redis", "auth")],
    ports=[port("redis", 6379)], security=HARDENED)
  spec = pod_spec([redis], service_account=name, security=hardened_pod(999),
                  nodeSelector=LINUX)
  selector = {"app.kubernetes.io/name": name}
  add_deployment(store, ns, name, template(labels, spec), selector=selector, labels=labels,
                 replicas=1, window=PLATFORM_ERA)
  add_service(store, ns, name, selector, [service_port("tcp-redis", 6379, 6379)], labels=labels)


def add_argocd_rbac(store: Store) -> None:
  ns = "argocd"
  add_role(store, ns, "argocd-application-controller",
           [rule(["*"], ["*"], ["*"])],
           labels=argocd_labels("argocd-application-controller", "application-controller"))
  add_role_binding(store, ns, "argocd-application-controller", "Role",
                   "argocd-application-controller",
                   [service_account(ns, "argocd-application-controller")])
  add_role(store, ns, "argocd-server", [
    rule([""], ["secrets", "configmaps"], ["create", "get", "list", "watch", "update", "patch",
                                           "delete"]),
    rule(["argoproj.io"], ["applications", "appprojects", "applicationsets"],
         ["create", "get", "list", "watch", "update", "delete", "patch"]),
    rule([""], ["events"], ["create", "list"]),
  ], labels=argocd_labels("argocd-server", "server"))
  add_role_binding(store, ns, "argocd-server", "Role", "argocd-server",
                   [service_account(ns, "argocd-server")])
  add_cluster_role(store, "argocd-server", [
    rule(["*"], ["*"], ["delete", "get", "patch"]),
    rule([""], ["events"], ["list"]),
    rule([""], ["pods", "pods/log"], ["get"]),
  ], labels=argocd_labels("argocd-server", "server"))
  add_cluster_role_binding(store, "argocd-server", "argocd-server",
                           [service_account(ns, "argocd-server")])
  # PROBLEM: the application controller runs with cluster-admin.
  add_cluster_role_binding(store, "argocd-application-controller", "cluster-admin",
                           [service_account(ns, "argocd-application-controller")],
                           labels=argocd_labels("argocd-application-controller",
                                                "application-controller"))


def add_argocd_config(store: Store) -> None:
  ns = "argocd"
  part_of = {"app.kubernetes.io/part-of": "argocd"}
  add_config_map(store, ns, "argocd-cm", {
    "admin.enabled": "false", "url": "https://argocd.internal.acme.example",
    "oidc.config": "name: Acme SSO\nissuer: https://sso.acme.example\nclientID: argocd\n"},
    labels=part_of)
  add_config_map(store, ns, "argocd-rbac-cm", {
    "policy.csv": "g, platform-admins, role:admin\ng, shop-team, role:readonly\n",
    "policy.default": "role:readonly"}, labels=part_of)
  add_config_map(store, ns, "argocd-cmd-params-cm", {"server.insecure": "true"}, labels=part_of)
  for name in ("argocd-secret", "argocd-initial-admin-secret", "argocd-redis"):
    add_secret(store, ns, name, labels=part_of, window=PLATFORM_ERA)
  add_secret(store, ns, "repo-acme-gitops", window=PLATFORM_ERA,
             labels={"argocd.argoproj.io/secret-type": "repository"})
  add_ingress(store, ns, "argocd-server", "argocd.internal.acme.example", "argocd-server",
              "server", tls_secret="argocd-server-tls", window=PLATFORM_ERA)
  add_secret(store, ns, "argocd-server-tls", "kubernetes.io/tls", window=PLATFORM_ERA)
  for app in APPS:
    for env_name in ("acc", "prod"):
      add_argocd_application(store, f"{app}-{env_name}", f"apps/{app}/overlays/{env_name}")
  add_argocd_application(store, "platform-monitoring", "platform/monitoring", "monitoring")


def add_argocd_application(store: Store, name: str, path: str,
                           namespace: str | None = None) -> None:
  app = new_object("Application", name, "argocd", generation=412,
                   created=when(APPS_ERA, "argo-app", name),
                   labels={"team": name.split("-")[0]})
  app["spec"] = {
    "destination": {"namespace": namespace or name, "server": "https://kubernetes.default.svc"},
    "project": "default",
    "source": {"path": path, "repoURL": "https://git.acme.example/platform/gitops.git",
               "targetRevision": "main"},
    "syncPolicy": {"automated": {"prune": True, "selfHeal": True},
                   "syncOptions": ["CreateNamespace=true"]},
  }
  app["status"] = {"health": {"status": "Healthy"},
                   "sync": {"revision": digest("git", name)[:40], "status": "Synced"}}
  store.add(app)


def add_logging(store: Store) -> None:
  ns = "logging"
  labels = helm_labels("fluent-bit", "fluent-bit", "3.2.2")
  add_service_account(store, ns, "fluent-bit", labels=labels)
  main = container(
    "fluent-bit", "cr.fluentbit.io/fluent/fluent-bit:3.2.2",
    command=["/fluent-bit/bin/fluent-bit"],
    args=["--workdir=/fluent-bit/etc", "--config=/fluent-bit/etc/conf/fluent-bit.conf"],
    env_from=[{"secretRef": {"name": "log-backend-credentials"}}],
    ports=[port("http", 2020)], security={"runAsUser": 0},
    probes=http_probes("http", "/", "/api/v1/health"),
    mounts=[mount("config", "/fluent-bit/etc/conf"), mount("varlog", "/var/log"),
            mount("varlibcontainers", "/var/lib/containerd", read_only=True),
            mount("etcmachineid", "/etc/machine-id", read_only=True)])
  spec = pod_spec([main], service_account="fluent-bit", tolerations=EVERYWHERE,
                  volumes=[config_map_volume("config", "fluent-bit"),
                           host_path("varlog", "/var/log"),
                           host_path("varlibcontainers", "/var/lib/containerd"),
                           host_path("etcmachineid", "/etc/machine-id", "File")])
  add_daemonset(store, ns, "fluent-bit", template(labels, spec), selector=selector_of(labels),
                labels=labels)
  add_service(store, ns, "fluent-bit", selector_of(labels), [service_port("http", 2020, "http")],
              labels=labels)
  add_config_map(store, ns, "fluent-bit", {
    "fluent-bit.conf": "[SERVICE]\n    Daemon Off\n    HTTP_Server On\n    HTTP_Port 2020\n"
    "[INPUT]\n    Name tail\n    Path /var/log/containers/*.log\n    multiline.parser cri\n"
    "[FILTER]\n    Name kubernetes\n    Match kube.*\n[OUTPUT]\n    Name opensearch\n"
    "    Host logs.acme.example\n    HTTP_User ${LOG_BACKEND_USER}\n"
    "    HTTP_Passwd ${LOG_BACKEND_PASSWORD}\n",
    "custom_parsers.conf": "[PARSER]\n    Name docker_no_time\n    Format json\n"}, labels=labels)
  add_secret(store, ns, "log-backend-credentials", labels=labels, window=PLATFORM_ERA)
  add_cluster_role(store, "fluent-bit", [
    rule([""], ["namespaces", "pods"], READ),
    # PROBLEM: added for a "secret annotations" experiment; reveals every Secret's contents.
    rule([""], ["secrets"], ["list", "watch"]),
  ], labels=labels)
  add_cluster_role_binding(store, "fluent-bit", "fluent-bit", [service_account(ns, "fluent-bit")],
                           labels=labels)


def add_ci(store: Store) -> None:
  ns = "ci"
  labels = {"app.kubernetes.io/name": "gitlab-runner", "app.kubernetes.io/instance": "ci"}
  add_service_account(store, ns, "deployer", window=CHANGES_ERA)
  # A legacy long-lived token for the deployer, created for an external Jenkins.
  add_secret(store, ns, "deployer-token", "kubernetes.io/service-account-token",
             annotations={"kubernetes.io/service-account.name": "deployer",
                          "kubernetes.io/service-account.uid":
                          make_uid("ServiceAccount", ns, "deployer")},
             window=CHANGES_ERA)
  runner = container(
    "gitlab-runner", "docker.io/gitlab/gitlab-runner:latest",
    command=["/usr/bin/dumb-init", "--", "/bin/bash", "/configmaps/entrypoint"],
    env_vars=[env("CI_SERVER_URL", "https://gitlab.acme.example"),
              env_secret("RUNNER_TOKEN", "gitlab-runner", "runner-token"),
              env("DOCKER_HOST", "tcp://localhost:2375")],
    mounts=[mount("configmaps", "/configmaps")])
  dind = container("dind", "docker.io/library/docker:27.3-dind",
                   env_vars=[env("DOCKER_TLS_CERTDIR", "")], security={"privileged": True},
                   mounts=[mount("docker-graph", "/var/lib/docker")])
  spec = pod_spec([runner, dind], service_account="deployer",
                  volumes=[config_map_volume("configmaps", "gitlab-runner"),
                           empty_dir("docker-graph")])
  add_deployment(store, ns, "gitlab-runner", template(labels, spec), selector=labels,
                 labels=labels, replicas=1, window=CHANGES_ERA, revision=4)
  add_config_map(store, ns, "gitlab-runner", {
    "entrypoint": "#!/bin/bash\nset -e\ngitlab-runner register --non-interactive\n"
    "exec gitlab-runner run\n",
    "config.toml": "concurrent = 4\n[[runners]]\n  executor = \"docker\"\n"}, labels=labels,
    window=CHANGES_ERA)
  add_secret(store, ns, "gitlab-runner", labels=labels, window=CHANGES_ERA)
  # PROBLEM: CI deploys everything with cluster-admin.
  add_cluster_role_binding(store, "ci-deployer-cluster-admin", "cluster-admin",
                           [service_account(ns, "deployer")], window=CHANGES_ERA)


def add_debug_pod(store: Store) -> None:
  """`kubectl run netshoot --image=nicolaka/netshoot -- sleep infinity`, then forgotten."""
  debug = container(
    "netshoot", "docker.io/nicolaka/netshoot:latest", args=["sleep", "infinity"],
    security={"capabilities": {"add": ["NET_ADMIN", "NET_RAW"]}, "runAsUser": 0})
  tmpl = template({"run": "netshoot"}, pod_spec([debug]))
  add_bare_pod(store, "default", "netshoot", tmpl, "worker-2", "2026-11-12T15:42:08Z")


# ---------------------------------------------------------------------------------------------
# Applications: shop and billing in dev, test, acc and prod

REGISTRY = "registry.acme.example"
# How carefully each environment is configured: 0 = anything goes … 3 = hardened.
LEVEL = {"dev": 0, "test": 1, "acc": 2, "prod": 3}
# app → component → (controller kind, image repository, role)
COMPONENTS = {
  "shop": {"frontend": ("Deployment", f"{REGISTRY}/shop/frontend", "web"),
           "api": ("Deployment", f"{REGISTRY}/shop/api", "api"),
           "worker": ("Deployment", f"{REGISTRY}/shop/worker", "worker"),
           "postgres": ("StatefulSet", "docker.io/library/postgres", "database")},
  "billing": {"api": ("Deployment", f"{REGISTRY}/billing/api", "api"),
              "worker": ("Deployment", f"{REGISTRY}/billing/worker", "worker"),
              "redis": ("StatefulSet", "docker.io/library/redis", "cache")},
}
# Components that run in the smaller environments.
SMALL = {"shop": ["frontend", "api", "postgres"], "billing": ["api", "redis"]}
VERSIONS = {
  "shop": {"dev": "latest", "test": "1.15.0-rc.2", "acc": "1.15.0-rc.2", "prod": "1.14.2"},
  "billing": {"dev": "3.3.0-dev.14", "test": "3.3.0-rc.1", "acc": "3.3.0-rc.1",
              "prod": "3.2.1"},
  "postgres": {"dev": "16", "test": "16", "acc": "16.6", "prod": "16.6"},
  "redis": {"dev": "7.4", "test": "7.4", "acc": "7.4.1", "prod": "7.4.1"},
}
DATASTORE_UID = {"postgres": 999, "redis": 999}


def components_in(app: str, env_name: str) -> list[str]:
  if env_name in ("dev",) or (env_name == "test" and app == "shop"):
    return SMALL[app]
  return list(COMPONENTS[app])


def app_labels(app: str, component: str, version: str) -> dict:
  return {"app.kubernetes.io/component": COMPONENTS[app][component][2],
          "app.kubernetes.io/instance": f"{app}-{component}",
          "app.kubernetes.io/name": component, "app.kubernetes.io/part-of": app,
          "app.kubernetes.io/version": version}


def app_image(app: str, component: str, env_name: str) -> str:
  repo = COMPONENTS[app][component][1]
  version = VERSIONS.get(component, VERSIONS[app])[env_name]
  image = f"{repo}:{version}"
  return pinned(image) if LEVEL[env_name] == 3 else image


def posture(level: int, uid: int, cpu: str, memory: str) -> dict:
  """Container settings that depend on how carefully the environment is run."""
  settings: dict = {}
  if level >= 1:
    settings["res"] = {"requests": {"cpu": cpu, "memory": memory}}
  if level == 2:
    settings["res"] = resources(cpu, memory, memory_limit=memory)
  if level == 3:
    settings["res"] = resources(cpu, memory, cpu_limit="1", memory_limit=memory)
  if level == 2:
    settings["security"] = {"allowPrivilegeEscalation": False}
  if level == 3:
    settings["security"] = HARDENED
  return settings


def pod_posture(level: int, uid: int) -> dict | None:
  if level == 3:
    return hardened_pod(uid)
  if level == 2:
    return {"fsGroup": uid, "runAsNonRoot": True, "runAsUser": uid}
  return None


def app_env(app: str, component: str, env_name: str) -> list:
  """Environment variables: literal secrets in dev/test, secret references above."""
  level = LEVEL[env_name]
  variables = [env("APP_ENV", env_name), env("LOG_LEVEL", "debug" if level < 2 else "info")]
  if app == "shop" and component == "frontend":
    variables.append(env("API_URL", "http://api:8080"))
  if app == "shop" and component in ("api", "worker"):
    variables += [env("DB_HOST", "postgres"), env("DB_USER", "shop")]
    variables.append(env("DB_PASSWORD", FAKE_PASSWORD) if level < 2
                     else env_secret("DB_PASSWORD", "postgres-credentials", "password"))
  if app == "billing":
    variables.append(env("REDIS_HOST", "redis"))
  if app == "billing" and component == "worker":
    variables.append(env("API_TOKEN", FAKE_TOKEN) if level < 2
                     else env_secret("API_TOKEN", "payment-provider", "api-token"))
  return variables


def app_container(app: str, component: str, env_name: str) -> tuple[dict, list]:
  """The main container of an application component, and the volumes it needs."""
  level = LEVEL[env_name]
  ports = [port("metrics", 9090)]
  if component in ("frontend", "api"):
    ports.insert(0, port("http", 8080))
  c = container(
    component, app_image(app, component, env_name), ports=ports,
    env_vars=app_env(app, component, env_name),
    probes=(http_probes("http" if component != "worker" else "metrics") if level >= 1 else None),
    **posture(level, 10001, "100m" if component == "frontend" else "250m",
              "128Mi" if component == "frontend" else "512Mi"))
  if app == "billing" and component == "api":
    c["envFrom"] = [{"secretRef": {"name": "billing-api-env"}}]
  volumes = []
  if level == 3:
    c["volumeMounts"] = [mount("tmp", "/tmp")]
    volumes.append(empty_dir("tmp"))
  return c, volumes


def datastore_container(component: str, env_name: str) -> tuple[dict, list]:
  level = LEVEL[env_name]
  image = app_image("shop" if component == "postgres" else "billing", component, env_name)
  if component == "postgres":
    c = container(
      "postgres", image, ports=[port("postgres", 5432)],
      env_vars=[env("POSTGRES_DB", "shop"), env("POSTGRES_USER", "shop"),
                env("POSTGRES_PASSWORD", FAKE_PASSWORD) if level == 0
                else env_secret("POSTGRES_PASSWORD", "postgres-credentials", "password"),
                env("PGDATA", "/var/lib/postgresql/data/pgdata")],
      probes=({"livenessProbe": {"exec": {"command": ["pg_isready", "-U", "shop"]}},
               "readinessProbe": {"exec": {"command": ["pg_isready", "-U", "shop"]}}}
              if level >= 1 else None),
      mounts=[mount("data", "/var/lib/postgresql/data")],
      **posture(level, 999, "250m", "1Gi"))
  else:
    c = container(
      "redis", image, args=["--appendonly", "yes", "--dir", "/data"],
      ports=[port("redis", 6379)], probes=tcp_probes("redis") if level >= 1 else None,
      mounts=[mount("data", "/data")], **posture(level, 999, "100m", "256Mi"))
  volumes = [] if level >= 2 else [empty_dir("data")]
  if level == 3:
    c["volumeMounts"].append(mount("run", "/var/run/postgresql" if component == "postgres"
                                   else "/run"))
    c["volumeMounts"].append(mount("tmp", "/tmp"))
    volumes += [empty_dir("run"), empty_dir("tmp")]
  return c, volumes


def add_app_component(store: Store, app: str, component: str, env_name: str) -> None:
  ns, level = f"{app}-{env_name}", LEVEL[env_name]
  kind = COMPONENTS[app][component][0]
  version = VERSIONS.get(component, VERSIONS[app])[env_name]
  labels = app_labels(app, component, version)
  selector = selector_of(labels)
  if kind == "StatefulSet":
    main, volumes = datastore_container(component, env_name)
    uid = DATASTORE_UID[component]
  else:
    main, volumes = app_container(app, component, env_name)
    uid = 10001
  account = None
  if level >= 2:
    account = component
    add_service_account(store, ns, component, automount=False if level == 3 else None,
                        labels={"app.kubernetes.io/part-of": app}, window=APPS_ERA)
  spec = pod_spec([main], service_account=account, automount=False if level == 3 else None,
                  security=pod_posture(level, uid), volumes=volumes)
  if main["image"].startswith(REGISTRY):
    spec["imagePullSecrets"] = [{"name": "acme-registry"}]
  tmpl = template(labels, spec)
  if kind == "StatefulSet":
    add_statefulset(store, ns, component, tmpl, selector=selector, labels=labels, replicas=1,
                    service=component,
                    claims={"data": "20Gi" if level == 3 else "5Gi"} if level >= 2 else None)
    add_service(store, ns, component, selector,
                [service_port(main["ports"][0]["name"], main["ports"][0]["containerPort"],
                              main["ports"][0]["name"])],
                headless=True, labels=labels, window=APPS_ERA)
    return
  replicas = 2 if level == 3 and component != "worker" else 1
  add_deployment(store, ns, component, tmpl, selector=selector, labels=labels,
                 replicas=replicas, revision=3 if level == 3 else 1)
  if component != "worker":
    add_service(store, ns, component, selector,
                [service_port("http", 80 if component == "frontend" else 8080, "http")],
                labels=labels, window=APPS_ERA)


def add_app_environment(store: Store, app: str, env_name: str) -> None:
  ns, level = f"{app}-{env_name}", LEVEL[env_name]
  for component in components_in(app, env_name):
    add_app_component(store, app, component, env_name)
  add_secret(store, ns, "acme-registry", "kubernetes.io/dockerconfigjson")
  config = {"LOG_FORMAT": "json", "FEATURE_FLAGS": "checkout-v2,async-invoices",
            "CACHE_TTL_SECONDS": "300"}
  if app == "shop":
    add_secret(store, ns, "postgres-credentials")
    if env_name == "dev":
      # PROBLEM: a password in a ConfigMap (ConfigMaps are readable by `view`).
      config["db-password"] = FAKE_PASSWORD
  else:
    add_secret(store, ns, "billing-api-env")
  add_config_map(store, ns, "api-config", config, labels={"app.kubernetes.io/part-of": app},
                 window=APPS_ERA)
  host = {"shop": "shop", "billing": "billing-api"}[app]
  host = f"{host}.acme.example" if env_name == "prod" else f"{host}.{env_name}.acme.example"
  entry = "frontend" if app == "shop" else "api"
  if app == "shop" or level >= 2:
    tls = f"{entry}-tls" if level >= 2 else None
    add_ingress(store, ns, entry, host, entry, "http", tls_secret=tls)
    if tls:
      add_certificate(store, ns, tls, host)


def add_prod_extras(store: Store) -> None:
  """Production-only workloads: backups, schema migrations, the PDF renderer."""
  ns = "shop-prod"
  for name in ("db-backup", "migrations"):
    add_service_account(store, ns, name, automount=False, window=APPS_ERA,
                        labels={"app.kubernetes.io/part-of": "shop"})
  backup = container(
    "pg-backup", pinned(f"{REGISTRY}/platform/pg-backup:1.3.0"),
    env_vars=[env("PGHOST", "postgres"), env("PGUSER", "shop"),
              env_secret("PGPASSWORD", "postgres-credentials", "password"),
              env("S3_BUCKET", "s3://acme-backups-eu/shop-prod")],
    res=resources("200m", "256Mi", "1", "256Mi"), security=HARDENED,
    mounts=[mount("tmp", "/tmp")])
  labels = {"app.kubernetes.io/name": "db-backup", "app.kubernetes.io/part-of": "shop"}
  spec = pod_spec([backup], service_account="db-backup", automount=False,
                  security=hardened_pod(), volumes=[empty_dir("tmp")],
                  imagePullSecrets=[{"name": "acme-registry"}], restartPolicy="OnFailure")
  add_cronjob(store, ns, "db-backup", template(labels, spec), schedule="0 9 * * *",
              labels=labels, last_run="2026-11-20T09:00:00Z")
  migrate = container(
    "migrate", app_image("shop", "api", "prod"), command=["/app/bin/migrate", "up"],
    env_vars=[env("DB_HOST", "postgres"), env("DB_USER", "shop"),
              env_secret("DB_PASSWORD", "postgres-credentials", "password")],
    res=resources("100m", "128Mi", "500m", "128Mi"), security=HARDENED)
  labels = {"app.kubernetes.io/name": "schema-migrate", "app.kubernetes.io/part-of": "shop",
            "app.kubernetes.io/version": VERSIONS["shop"]["prod"]}
  spec = pod_spec([migrate], service_account="migrations", automount=False,
                  security=hardened_pod(), imagePullSecrets=[{"name": "acme-registry"}],
                  restartPolicy="Never")
  add_job(store, ns, "schema-migrate-1-14-2", template(labels, spec),
          started=when(ROLLOUTS, "migrate"), labels=labels, complete=True)

  ns = "billing-prod"
  add_service_account(store, ns, "pdf-renderer", window=CHANGES_ERA,
                      labels={"app.kubernetes.io/part-of": "billing"})
  renderer = container(
    "pdf-renderer", f"{REGISTRY}/billing/pdf-renderer:1.4.0",
    ports=[port("http", 3000)], res=resources("500m", "1Gi", memory_limit="2Gi"),
    # Headless Chromium's sandbox wants SYS_ADMIN: forbidden even at `baseline`.
    security={"capabilities": {"add": ["SYS_ADMIN"]}},
    probes=http_probes("http", "/health", "/health"))
  labels = {"app.kubernetes.io/name": "pdf-renderer", "app.kubernetes.io/part-of": "billing",
            "app.kubernetes.io/component": "renderer"}
  spec = pod_spec([renderer], service_account="pdf-renderer",
                  imagePullSecrets=[{"name": "acme-registry"}])
  add_deployment(store, ns, "pdf-renderer", template(labels, spec),
                 selector=selector_of(labels), labels=labels, replicas=1, window=CHANGES_ERA)
  add_service(store, ns, "pdf-renderer", selector_of(labels), [service_port("http", 3000,
                                                                             "http")],
              labels=labels, window=CHANGES_ERA)
  add_external_secret(store, ns, "payment-provider", "billing/prod/payment-provider")
  add_secret(store, "billing-acc", "payment-provider")
  add_service_monitor(store, "shop-prod", "api", {"app.kubernetes.io/name": "api"}, "metrics")


def add_external_secret(store: Store, namespace: str, name: str, key: str) -> None:
  """An ExternalSecret and the Secret the external-secrets operator keeps in sync."""
  external = new_object("ExternalSecret", name, namespace, generation=1,
                        created=when(APPS_ERA, "es", namespace, name))
  external["spec"] = {
    "data": [{"remoteRef": {"key": key, "property": "api-token"}, "secretKey": "api-token"}],
    "refreshInterval": "1h",
    "secretStoreRef": {"kind": "ClusterSecretStore", "name": "vault"},
    "target": {"creationPolicy": "Owner", "name": name},
  }
  external["status"] = {"binding": {"name": name}, "refreshTime": later(CAPTURED_AT, -1312),
                        "syncedResourceVersion": f"1-{digest('es', name)[:32]}"}
  store.add(external)
  owner = owner_reference(external)
  secret = add_secret(store, namespace, name,
                      labels={"reconcile.external-secrets.io/created-by": digest(name)[:32]},
                      annotations={"reconcile.external-secrets.io/data-hash": digest(key)[:32]})
  secret["metadata"]["ownerReferences"] = [owner]


# ---------------------------------------------------------------------------------------------
# RBAC added by Acme's teams, deliberate problems included (see snapshots/README.md)


def add_team_rbac(store: Store) -> None:
  # Group platform-oncall can edit kube-system: exec into and create pods there, run as any
  # kube-system ServiceAccount (many are effectively cluster-admin).
  add_role_binding(store, "kube-system", "platform-oncall-edit", "ClusterRole", "edit",
                   [group("platform-oncall")], window=CHANGES_ERA)
  # jane may create pods in shop-prod, where ServiceAccount migrations is cluster-admin.
  add_role(store, "shop-prod", "pod-operator", [
    rule([""], ["pods"], ["create", "delete", "get", "list", "watch"]),
    rule([""], ["pods/log"], ["get"]),
  ], window=CHANGES_ERA)
  add_role_binding(store, "shop-prod", "jane-pod-operator", "Role", "pod-operator",
                   [user("jane@acme.example")], window=CHANGES_ERA)
  add_cluster_role_binding(store, "shop-prod-migrations-cluster-admin", "cluster-admin",
                           [service_account("shop-prod", "migrations")], window=CHANGES_ERA)
  # tom manages RBAC: bind + escalate let him grant himself anything.
  add_cluster_role(store, "rbac-manager", [
    rule([RBAC_GROUP], ["clusterroles", "roles"], ["bind", "escalate", "create", "get", "list",
                                                   "patch", "update", "watch"]),
    rule([RBAC_GROUP], ["clusterrolebindings", "rolebindings"], ["create", "delete", "get",
                                                                 "list", "patch", "update",
                                                                 "watch"]),
  ], window=CHANGES_ERA)
  add_cluster_role_binding(store, "rbac-manager-tom", "rbac-manager",
                           [user("tom@acme.example")], window=CHANGES_ERA)
  # support may impersonate any user or group (system:masters included).
  add_cluster_role(store, "support-impersonator", [
    rule([""], ["users", "groups"], ["impersonate"]),
  ], window=CHANGES_ERA)
  add_cluster_role_binding(store, "support-impersonation", "support-impersonator",
                           [group("support")], window=CHANGES_ERA)
  # billing-devs read Secrets in production.
  add_role(store, "billing-prod", "secret-reader", [
    rule([""], ["secrets"], ["get", "list"]),
  ], window=CHANGES_ERA)
  add_role_binding(store, "billing-prod", "billing-devs-secret-reader", "Role", "secret-reader",
                   [group("billing-devs")], window=CHANGES_ERA)
  # A binding to a Role that was deleted long ago: recreating it re-grants silently.
  add_role_binding(store, "shop-dev", "legacy-access", "Role", "legacy-admin",
                   [group("shop-devs"), user("contractor-ext@partner.example")],
                   window=APPS_ERA)
  # Every authenticated identity (every ServiceAccount too) can read most of the cluster.
  add_cluster_role_binding(store, "authenticated-view", "view",
                           [group("system:authenticated")], window=CHANGES_ERA)
  # The default ServiceAccount of billing-dev can edit the namespace; every pod there uses it.
  add_role_binding(store, "billing-dev", "default-edit", "ClusterRole", "edit",
                   [service_account("billing-dev", "default")], window=APPS_ERA)
  # Ordinary, sensible grants.
  for app in APPS:
    for env_name in ENVIRONMENTS:
      ns = f"{app}-{env_name}"
      role = "edit" if env_name in ("dev", "test") else "view"
      add_role_binding(store, ns, f"{app}-devs-{role}", "ClusterRole", role,
                       [group(f"{app}-devs")], window=APPS_ERA)
  add_cluster_role_binding(store, "platform-admins", "cluster-admin",
                           [group("platform-admins")], window=PLATFORM_ERA)
  add_auditor_rbac(store)


def add_auditor_rbac(store: Store) -> None:
  """What the capturing identity (Group security-auditors) may read.

  Capturing Secret metadata needs `list secrets`, which also reveals their values: the
  auditors themselves are a secret reader (an accepted risk, a candidate for an exception).
  Admission policies were left out, hence the forbidden list in the capture.
  """
  add_cluster_role(store, "security-auditor", [
    rule([""], ["configmaps", "endpoints", "namespaces", "nodes", "pods",
                "replicationcontrollers", "secrets", "serviceaccounts", "services"], READ),
    rule(["apps"], ["daemonsets", "deployments", "replicasets", "statefulsets"], READ),
    rule(["batch"], ["cronjobs", "jobs"], READ),
    rule(["networking.k8s.io"], ["ingresses", "networkpolicies"], READ),
    rule([RBAC_GROUP], ["clusterrolebindings", "clusterroles", "rolebindings", "roles"], READ),
    rule(["argoproj.io", "cert-manager.io", "external-secrets.io", "monitoring.coreos.com"],
         ["*"], READ),
    rule(["admissionregistration.k8s.io"], ["mutatingwebhookconfigurations",
                                            "validatingwebhookconfigurations"], READ),
    rule(["authorization.k8s.io"], ["selfsubjectrulesreviews"], ["create"]),
  ], window=CHANGES_ERA)
  add_cluster_role_binding(store, "security-auditors", "security-auditor",
                           [group("security-auditors")], window=CHANGES_ERA)


# ---------------------------------------------------------------------------------------------
# NetworkPolicies: prod default-deny with explicit allows, acc ingress-deny, dev/test flat

EXTERNAL = {"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8", "169.254.169.254/32"]}}


def pods(name: str) -> dict:
  """A peer: pods of the policy's namespace with app.kubernetes.io/name=name."""
  return {"podSelector": {"matchLabels": {"app.kubernetes.io/name": name}}}


def pods_in(namespace: str, labels: dict) -> dict:
  """A peer: pods with these labels in the named namespace (AND)."""
  return {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}},
          "podSelector": {"matchLabels": labels}}


def tcp(number: int | str, end: int | None = None) -> dict:
  entry = {"port": number, "protocol": "TCP"}
  if end is not None:
    entry["endPort"] = end
  return entry


def udp(number: int) -> dict:
  return {"port": number, "protocol": "UDP"}


INGRESS_CONTROLLER = pods_in("ingress-nginx", {"app.kubernetes.io/name": "ingress-nginx"})
PROMETHEUS = pods_in("monitoring", {"app.kubernetes.io/name": "prometheus"})
KUBE_DNS = pods_in("kube-system", {"k8s-app": "kube-dns"})


def add_network_policy(store: Store, namespace: str, name: str, selected: dict | None,
                       types: list, ingress: list | None = None, egress: list | None = None,
                       window: tuple[str, str] = APPS_ERA) -> None:
  """`selected` is a matchLabels map; None selects every pod of the namespace."""
  policy = new_object("NetworkPolicy", name, namespace, generation=1,
                      created=when(window, "netpol", namespace, name))
  spec: dict = {"podSelector": {"matchLabels": selected} if selected else {},
                "policyTypes": types}
  if ingress is not None:
    spec["ingress"] = ingress
  if egress is not None:
    spec["egress"] = egress
  policy["spec"] = spec
  store.add(policy)


def name_is(name: str) -> dict:
  return {"app.kubernetes.io/name": name}


def add_shop_prod_policies(store: Store) -> None:
  ns = "shop-prod"
  add_network_policy(store, ns, "default-deny", None, ["Ingress", "Egress"])
  add_network_policy(store, ns, "allow-dns", None, ["Egress"],
                     egress=[{"to": [KUBE_DNS], "ports": [udp(53), tcp(53)]}])
  add_network_policy(store, ns, "frontend-from-ingress", name_is("frontend"), ["Ingress"],
                     ingress=[{"from": [INGRESS_CONTROLLER], "ports": [tcp("http")]}])
  add_network_policy(store, ns, "frontend-to-api", name_is("frontend"), ["Egress"],
                     egress=[{"to": [pods("api")], "ports": [tcp(8080)]}])
  add_network_policy(store, ns, "api-from-frontend", name_is("api"), ["Ingress"],
                     ingress=[{"from": [pods("frontend")], "ports": [tcp(8080)]}])
  # PROBLEM: meant for shop-prod's own batch jobs, but the namespaceSelector has no
  # `environment: prod`, so every shop-* namespace (dev and test are flat) reaches the api.
  add_network_policy(store, ns, "api-from-shop-namespaces", name_is("api"), ["Ingress"],
                     ingress=[{"from": [{"namespaceSelector": {"matchLabels": {
                       "app.kubernetes.io/part-of": "shop"}}}], "ports": [tcp(8080)]}],
                     window=CHANGES_ERA)
  add_network_policy(store, ns, "api-to-postgres", name_is("api"), ["Egress"],
                     egress=[{"to": [pods("postgres")], "ports": [tcp(5432)]}])
  add_network_policy(store, ns, "postgres-from-clients", name_is("postgres"), ["Ingress"],
                     ingress=[{"from": [pods("api"), pods("worker"), pods("db-backup")],
                               "ports": [tcp(5432)]}])
  add_network_policy(store, ns, "worker-egress", name_is("worker"), ["Egress"], egress=[
    {"to": [pods("postgres")], "ports": [tcp(5432)]},
    {"to": [EXTERNAL], "ports": [tcp(443), tcp(587)]}])
  add_network_policy(store, ns, "db-backup-egress", name_is("db-backup"), ["Egress"], egress=[
    {"to": [pods("postgres")], "ports": [tcp(5432)]},
    {"to": [EXTERNAL], "ports": [tcp(443)]}])
  add_network_policy(store, ns, "allow-prometheus-scrape", None, ["Ingress"],
                     ingress=[{"from": [PROMETHEUS], "ports": [tcp(9090, end=9099)]}])


def add_billing_prod_policies(store: Store) -> None:
  """Egress-isolated like shop-prod, but nobody allowed DNS (a lint)."""
  ns = "billing-prod"
  add_network_policy(store, ns, "default-deny", None, ["Ingress", "Egress"])
  add_network_policy(store, ns, "api-from-ingress", name_is("api"), ["Ingress"],
                     ingress=[{"from": [INGRESS_CONTROLLER], "ports": [tcp("http")]}])
  add_network_policy(store, ns, "api-egress", name_is("api"), ["Egress"], egress=[
    {"to": [pods("redis")], "ports": [tcp(6379)]},
    {"to": [pods("pdf-renderer")], "ports": [tcp(3000)]},
    # The payment provider: anywhere outside the cluster network and the metadata service.
    {"to": [EXTERNAL], "ports": [tcp(443)]}])
  add_network_policy(store, ns, "worker-egress", name_is("worker"), ["Egress"], egress=[
    {"to": [pods("redis")], "ports": [tcp(6379)]},
    {"to": [EXTERNAL], "ports": [tcp(443)]}])
  add_network_policy(store, ns, "redis-from-clients", name_is("redis"), ["Ingress"],
                     ingress=[{"from": [pods("api"), pods("worker")], "ports": [tcp(6379)]}])
  add_network_policy(store, ns, "pdf-renderer-from-api", name_is("pdf-renderer"), ["Ingress"],
                     ingress=[{"from": [pods("api")], "ports": [tcp("http")]}],
                     window=CHANGES_ERA)
  add_network_policy(store, ns, "allow-prometheus-scrape", None, ["Ingress"],
                     ingress=[{"from": [PROMETHEUS], "ports": [tcp(9090, end=9099)]}])


def add_acc_policies(store: Store, app: str) -> None:
  """Acceptance: ingress default-deny only; egress stays open."""
  ns, entry = f"{app}-acc", "frontend" if app == "shop" else "api"
  add_network_policy(store, ns, "default-deny-ingress", None, ["Ingress"])
  add_network_policy(store, ns, "allow-same-namespace", None, ["Ingress"],
                     ingress=[{"from": [{"podSelector": {}}]}])
  add_network_policy(store, ns, f"{entry}-from-ingress", name_is(entry), ["Ingress"],
                     ingress=[{"from": [INGRESS_CONTROLLER], "ports": [tcp("http")]}])


def add_argocd_policies(store: Store) -> None:
  """The policies Argo CD's install manifest ships."""
  ns = "argocd"
  add_network_policy(store, ns, "argocd-application-controller-network-policy",
                     name_is("argocd-application-controller"), ["Ingress"],
                     ingress=[{"from": [{"namespaceSelector": {}}], "ports": [tcp(8082)]}],
                     window=PLATFORM_ERA)
  add_network_policy(store, ns, "argocd-repo-server-network-policy",
                     name_is("argocd-repo-server"), ["Ingress"], ingress=[
                       {"from": [pods("argocd-server"), pods("argocd-application-controller")],
                        "ports": [tcp(8081)]},
                       {"from": [{"namespaceSelector": {}}], "ports": [tcp(8084)]}],
                     window=PLATFORM_ERA)
  add_network_policy(store, ns, "argocd-server-network-policy", name_is("argocd-server"),
                     ["Ingress"], ingress=[{}], window=PLATFORM_ERA)
  add_network_policy(store, ns, "argocd-redis-network-policy", name_is("argocd-redis"),
                     ["Ingress", "Egress"], window=PLATFORM_ERA, ingress=[
                       {"from": [pods("argocd-server"), pods("argocd-repo-server"),
                                 pods("argocd-application-controller")],
                        "ports": [tcp(6379)]}],
                     egress=[{"ports": [tcp(53), udp(53)]}])


def add_network_policies(store: Store) -> None:
  add_shop_prod_policies(store)
  add_billing_prod_policies(store)
  for app in APPS:
    add_acc_policies(store, app)
  add_argocd_policies(store)


# ---------------------------------------------------------------------------------------------
# demo.json: the whole cluster as a kbaseline snapshot

GROUP_VERSIONS = [
  "v1", "acme.cert-manager.io/v1", "admissionregistration.k8s.io/v1",
  "apiextensions.k8s.io/v1", "apiregistration.k8s.io/v1", "apps/v1", "argoproj.io/v1alpha1",
  "authentication.k8s.io/v1", "authorization.k8s.io/v1", "autoscaling/v1", "autoscaling/v2",
  "batch/v1", "cert-manager.io/v1", "certificates.k8s.io/v1", "coordination.k8s.io/v1",
  "crd.projectcalico.org/v1", "discovery.k8s.io/v1", "events.k8s.io/v1",
  "external-secrets.io/v1beta1", "flowcontrol.apiserver.k8s.io/v1", "monitoring.coreos.com/v1",
  "networking.k8s.io/v1", "node.k8s.io/v1", "policy/v1", "rbac.authorization.k8s.io/v1",
  "scheduling.k8s.io/v1", "storage.k8s.io/v1",
]


def build_cluster() -> Store:
  """acme-prod-eu-1, object by object."""
  store = Store()
  for node in NODES:
    add_node(store, node)
  add_namespaces(store)
  add_default_service_accounts(store)
  add_default_rbac(store)
  add_kube_system(store)
  add_ingress_nginx(store)
  add_cert_manager(store)
  add_monitoring(store)
  add_argocd(store)
  add_logging(store)
  add_ci(store)
  add_debug_pod(store)
  for app in APPS:
    for env_name in ENVIRONMENTS:
      add_app_environment(store, app, env_name)
  add_prod_extras(store)
  add_team_rbac(store)
  add_network_policies(store)
  add_root_ca_config_maps(store)
  if STORE_AGGREGATED_RULES:
    aggregate_cluster_roles(store)
  return store


def item_key(obj: dict) -> tuple:
  return (obj["metadata"].get("namespace", ""), obj["metadata"]["name"])


def list_record(kind: str, items: list, index: int) -> dict:
  group, version, resource, namespaced = RESOURCES[kind]
  record = {"group": group, "version": version, "resource": resource, "kind": kind,
            "namespaced": namespaced}
  if kind in FORBIDDEN:
    status, message = FORBIDDEN[kind]
    record.update(status="forbidden", httpStatus=status, message=message, items=[])
    return record
  record.update(status="complete", resourceVersion=str(47_713_402 + index * 7),
                pages=max(1, -(-len(items) // 500)), itemCount=len(items),
                items=sorted(items, key=item_key))
  return record


def snapshot_document(store: Store) -> dict:
  kinds = sorted(RESOURCES, key=lambda k: (RESOURCES[k][0], RESOURCES[k][2]))
  return {
    "apiVersion": "kbaseline/v1",
    "kind": "ClusterSnapshot",
    "capture": {
      "tool": {"name": "kbaseline", "version": "0.1.0"},
      "capturedAt": CAPTURED_AT,
      "durationSeconds": 12.4,
      "source": {"mode": "kubeconfig", "context": CLUSTER, "cluster": CLUSTER,
                 "server": "https://10.20.0.1:6443", "namespaceScope": "all"},
      "identity": {"via": "SelfSubjectReview", "username": "auditor@acme.example",
                   "groups": ["security-auditors", "system:authenticated"]},
      "serverVersion": {"gitVersion": K8S_VERSION, "platform": "linux/amd64"},
      "discovery": {"format": "aggregated-v2", "groupVersions": GROUP_VERSIONS},
      "redactions": ["secrets: metadata only", "managedFields", "last-applied-configuration"],
    },
    "lists": [list_record(kind, store.objects[kind], index) for index, kind in enumerate(kinds)],
  }


# ---------------------------------------------------------------------------------------------
# demo-list.yaml: `kubectl get ns,deploy,rs,pods,svc,sa,roles,rolebindings,networkpolicies
# -n web -o yaml` on a small cluster (namespaces are cluster-scoped, so all of them print)

LIST_ORDER = ["Namespace", "Deployment", "ReplicaSet", "Pod", "Service", "ServiceAccount",
              "Role", "RoleBinding", "NetworkPolicy"]


def build_web_namespace() -> Store:
  store = Store()
  for node in NODES:
    add_node(store, node)
  for name in ("default", "kube-node-lease", "kube-public", "kube-system"):
    add_namespace(store, name, {}, CLUSTER_BIRTH)
  add_namespace(store, "web", {"environment": "prod", **pss("baseline", warn="restricted")},
                APPS_ERA)
  ns = "web"
  sa = new_object("ServiceAccount", "default", ns,
                  created=store.find("Namespace", None, ns)["metadata"]["creationTimestamp"])
  store.add(sa)
  add_service_account(store, ns, "api", window=APPS_ERA)
  add_secret(store, ns, "api-credentials")   # exists, but `kubectl get` was not asked for it

  labels = {"app.kubernetes.io/name": "frontend", "app.kubernetes.io/part-of": "web"}
  frontend = container(
    "nginx", "docker.io/nginxinc/nginx-unprivileged:1.27-alpine", ports=[port("http", 8080)],
    res=resources("50m", "64Mi", "200m", "128Mi"), probes=http_probes("http", "/", "/"),
    security={k: v for k, v in HARDENED.items() if k != "readOnlyRootFilesystem"})
  manifest = {"apiVersion": "apps/v1", "kind": "Deployment",
              "metadata": {"annotations": {}, "labels": labels, "name": "frontend",
                           "namespace": ns},
              "spec": {"replicas": 2, "selector": {"matchLabels": {
                "app.kubernetes.io/name": "frontend"}},
                       "template": template(labels, pod_spec([copy.deepcopy(frontend)]))}}
  # The frontend was deployed with `kubectl apply`, which leaves this annotation behind.
  applied = json.dumps(manifest, sort_keys=True, separators=(",", ":")) + "\n"
  add_deployment(store, ns, "frontend", template(labels, pod_spec([frontend])),
                 selector={"app.kubernetes.io/name": "frontend"}, labels=labels, replicas=2,
                 annotations={"kubectl.kubernetes.io/last-applied-configuration": applied})
  add_service(store, ns, "frontend", {"app.kubernetes.io/name": "frontend"},
              [service_port("http", 80, "http")], labels=labels, window=APPS_ERA)

  labels = {"app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "web"}
  api = container(
    "api", "ghcr.io/acme-demo/web-api:2.3.0", ports=[port("http", 8080)],
    env_vars=[env("PORT", "8080"), env_secret("API_KEY", "api-credentials", "api-key")],
    res={"requests": {"cpu": "100m", "memory": "128Mi"}})
  add_deployment(store, ns, "api", template(labels, pod_spec([api], service_account="api")),
                 selector={"app.kubernetes.io/name": "api"}, labels=labels, replicas=1)
  add_service(store, ns, "api", {"app.kubernetes.io/name": "api"},
              [service_port("http", 8080, "http")], labels=labels, window=APPS_ERA)

  add_role(store, ns, "config-reader", [rule([""], ["configmaps"], ["get", "list", "watch"])],
           window=APPS_ERA)
  add_role_binding(store, ns, "api-config-reader", "Role", "config-reader",
                   [service_account(ns, "api")], window=APPS_ERA)
  add_network_policy(store, ns, "api-allow-frontend", name_is("api"), ["Ingress"],
                     ingress=[{"from": [pods("frontend")], "ports": [tcp(8080)]}])
  return store


def list_document(store: Store) -> dict:
  items = []
  for kind in LIST_ORDER:
    items += sorted(store.objects[kind], key=item_key)
  return {"apiVersion": "v1", "items": items, "kind": "List",
          "metadata": {"resourceVersion": ""}}


# ---------------------------------------------------------------------------------------------
# A small YAML emitter in kubectl's style (sorted keys, block style, unindented sequences)

YAML_WORDS = {"y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"}
NUMBER = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    r"|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
PLAIN = re.compile(r"[A-Za-z0-9_./(][A-Za-z0-9_./:@+=,()*$% -]*")


def needs_quotes(text: str) -> bool:
  """Whether a string must be quoted to read back as that same string."""
  return (not text or text != text.strip() or text.lower() in YAML_WORDS
          or NUMBER.fullmatch(text) is not None or re.match(r"\d{4}-\d\d?-\d\d?", text)
          is not None or PLAIN.fullmatch(text) is None or ": " in text or " #" in text
          or text.endswith(":"))


def yaml_scalar(value: object) -> str:
  if value is None:
    return "null"
  if isinstance(value, bool):
    return "true" if value else "false"
  if isinstance(value, (int, float)):
    return json.dumps(value)
  text = str(value)
  return json.dumps(text) if needs_quotes(text) else text


def yaml_lines(value: object, indent: int) -> list[str]:
  """The block lines of a non-empty mapping or sequence, at the given indent."""
  pad = " " * indent
  lines = []
  if isinstance(value, dict):
    for key in sorted(value):
      lines += yaml_entry(pad + yaml_scalar(key) + ":", value[key], indent, nested=indent + 2)
    return lines
  for item in value:
    entry = yaml_entry(pad + "-", item, indent, nested=indent + 2)
    if isinstance(item, (dict, list)) and item:
      first = entry[1]
      entry = [pad + "- " + first[indent + 2:]] + entry[2:]
    lines += entry
  return lines


def yaml_entry(head: str, value: object, indent: int, nested: int) -> list[str]:
  if isinstance(value, dict) and value:
    return [head] + yaml_lines(value, nested)
  if isinstance(value, list) and value:
    # kubectl does not indent a sequence under its key; under "- " it must be nested.
    return [head] + yaml_lines(value, nested if head.endswith("-") else indent)
  if isinstance(value, (dict, list)):
    return [f"{head} {'{}' if isinstance(value, dict) else '[]'}"]
  if isinstance(value, str) and "\n" in value:
    chomp = "" if value.endswith("\n") and not value.endswith("\n\n") else "-"
    body = value[:-1] if chomp == "" else value
    return [f"{head} |{chomp}"] + [(" " * nested + line).rstrip() for line in body.split("\n")]
  return [f"{head} {yaml_scalar(value)}"]


def to_yaml(document: dict) -> str:
  return "\n".join(yaml_lines(document, 0)) + "\n"


# ---------------------------------------------------------------------------------------------
# Self-check: references resolve, so the only dangling ones are the deliberate ones

DELIBERATELY_MISSING = {("Role", "shop-dev", "legacy-admin")}


def labels_match(selector: dict, labels: dict) -> bool:
  return selector.items() <= labels.items()


def referenced_objects(pod: dict) -> list[tuple[str, str]]:
  """(kind, name) of the ServiceAccount, ConfigMaps and Secrets a pod needs."""
  spec = pod["spec"]
  refs = [("ServiceAccount", spec["serviceAccountName"])] if "serviceAccountName" in spec else []
  refs += [("Secret", s["name"]) for s in spec.get("imagePullSecrets", [])]
  for volume in spec.get("volumes", []):
    if "configMap" in volume:
      refs.append(("ConfigMap", volume["configMap"]["name"]))
    if "secret" in volume:
      refs.append(("Secret", volume["secret"]["secretName"]))
  for c in spec.get("initContainers", []) + spec["containers"]:
    refs += [("Secret", e["valueFrom"]["secretKeyRef"]["name"]) for e in c.get("env", [])
             if "secretKeyRef" in e.get("valueFrom", {})]
    refs += [("Secret", e["secretRef"]["name"]) for e in c.get("envFrom", [])]
  return refs


def dangling_references(store: Store) -> list[str]:
  """Every reference that does not resolve and is not a deliberate problem."""
  names = {(kind, o["metadata"].get("namespace"), o["metadata"]["name"])
           for kind, objects in store.objects.items() for o in objects}
  problems = []

  def need(kind: str, namespace: str | None, name: str, by: str) -> None:
    if (kind, namespace, name) not in names and (kind, namespace, name) not in DELIBERATELY_MISSING:
      problems.append(f"{by} references missing {kind} {namespace or ''}/{name}")

  pods_by_ns: dict[str, list[dict]] = {}
  for pod in store.objects["Pod"]:
    ns = pod["metadata"]["namespace"]
    pods_by_ns.setdefault(ns, []).append(pod)
    for kind, name in referenced_objects(pod):
      need(kind, ns, name, f"Pod {ns}/{pod['metadata']['name']}")
    volumes = {v["name"] for v in pod["spec"].get("volumes", [])}
    for c in pod["spec"].get("initContainers", []) + pod["spec"]["containers"]:
      for m in c.get("volumeMounts", []):
        if m["name"] not in volumes:
          problems.append(f"Pod {ns}/{pod['metadata']['name']} mounts missing volume {m['name']}")
  for svc in store.objects["Service"]:
    ns, selector = svc["metadata"]["namespace"], svc["spec"].get("selector")
    if selector and not any(labels_match(selector, p["metadata"]["labels"])
                            for p in pods_by_ns.get(ns, [])):
      problems.append(f"Service {ns}/{svc['metadata']['name']} selects no pod")
  for policy in store.objects["NetworkPolicy"]:
    ns, selector = policy["metadata"]["namespace"], policy["spec"]["podSelector"]
    if not any(labels_match(selector.get("matchLabels", {}), p["metadata"]["labels"])
               for p in pods_by_ns.get(ns, [])):
      problems.append(f"NetworkPolicy {ns}/{policy['metadata']['name']} selects no pod")
  for kind in ("RoleBinding", "ClusterRoleBinding"):
    for binding in store.objects[kind]:
      ns, ref = binding["metadata"].get("namespace"), binding["roleRef"]
      by = f"{kind} {ns or ''}/{binding['metadata']['name']}"
      need(ref["kind"], ns if ref["kind"] == "Role" else None, ref["name"], by)
      for subject in binding.get("subjects") or []:
        if subject["kind"] == "ServiceAccount":
          need("ServiceAccount", subject["namespace"], subject["name"], by)
  for ingress in store.objects["Ingress"]:
    ns = ingress["metadata"]["namespace"]
    for rule_ in ingress["spec"]["rules"]:
      for path in rule_["http"]["paths"]:
        need("Service", ns, path["backend"]["service"]["name"], f"Ingress {ns}")
    for tls in ingress["spec"].get("tls", []):
      need("Secret", ns, tls["secretName"], f"Ingress {ns}")
  return problems


# ---------------------------------------------------------------------------------------------


def main() -> None:
  cluster, web = build_cluster(), build_web_namespace()
  problems = dangling_references(cluster) + dangling_references(web)
  if problems:
    raise SystemExit("inconsistent demo cluster:\n  " + "\n  ".join(problems))
  snapshot = json.dumps(snapshot_document(cluster), sort_keys=True, indent=1) + "\n"
  (HERE / "demo.json").write_text(snapshot, encoding="utf-8")
  (HERE / "demo-list.yaml").write_text(to_yaml(list_document(web)),
                                       encoding="utf-8")
  print(f"wrote {HERE / 'demo.json'} ({len(snapshot.encode())} bytes) and "
        f"{HERE / 'demo-list.yaml'}")


if __name__ == "__main__":
  main()
