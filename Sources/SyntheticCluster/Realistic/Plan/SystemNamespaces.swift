/// The namespaces every generated cluster has besides the application ones: Kubernetes'
/// own and those of common add-ons (monitoring, logging, service mesh, ingress, CI, GitOps).
public enum SystemNamespaces {
  /// Their names, in the order they are written.
  public static let names = [
    "kube-system", "kube-public", "kube-node-lease", "default", "monitoring", "logging",
    "istio-system", "ingress-nginx", "cert-manager", "ci-system", "argocd",
  ]
}
