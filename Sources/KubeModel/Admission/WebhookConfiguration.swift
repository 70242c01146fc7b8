/// A ValidatingWebhookConfiguration or MutatingWebhookConfiguration: names and rules.
public struct WebhookConfiguration: Sendable, Hashable {
  /// `true` for a MutatingWebhookConfiguration.
  public var isMutating: Bool
  /// The configuration's metadata.
  public var metadata: ObjectMeta
  /// Its webhooks.
  public var webhooks: [Webhook]

  /// Creates a configuration.
  public init(isMutating: Bool, metadata: ObjectMeta, webhooks: [Webhook]) {
    self.isMutating = isMutating
    self.metadata = metadata
    self.webhooks = webhooks
  }

  /// `ValidatingWebhookConfiguration` or `MutatingWebhookConfiguration`.
  public var kind: String {
    isMutating ? "MutatingWebhookConfiguration" : "ValidatingWebhookConfiguration"
  }

  /// One webhook of a configuration.
  public struct Webhook: Codable, Sendable, Hashable {
    /// The webhook's name.
    public var name: String
    /// The operations and resources it intercepts.
    @DefaultEmpty public var rules: [Rule]
    /// `Fail` or `Ignore`.
    public var failurePolicy: String?
    /// Which namespaces it applies to.
    public var namespaceSelector: LabelSelector?
    /// Which objects it applies to.
    public var objectSelector: LabelSelector?

    /// Creates a webhook.
    public init(name: String, rules: [Rule] = [], failurePolicy: String? = nil) {
      self.name = name
      self.rules = rules
      self.failurePolicy = failurePolicy
    }
  }

  /// What a webhook intercepts.
  public struct Rule: Codable, Sendable, Hashable {
    /// `CREATE`, `UPDATE`, `DELETE`, `CONNECT` or `*`.
    @DefaultEmpty public var operations: [String]
    /// API groups.
    @DefaultEmpty public var apiGroups: [String]
    /// API versions.
    @DefaultEmpty public var apiVersions: [String]
    /// Resources.
    @DefaultEmpty public var resources: [String]
    /// `Cluster`, `Namespaced` or `*`.
    public var scope: String?

    /// Creates a rule.
    public init(
      operations: [String], apiGroups: [String], apiVersions: [String], resources: [String],
      scope: String? = nil
    ) {
      self.operations = operations
      self.apiGroups = apiGroups
      self.apiVersions = apiVersions
      self.resources = resources
      self.scope = scope
    }
  }
}

extension WebhookConfiguration {
  private enum CodingKeys: String, CodingKey { case metadata, webhooks }

  /// Decodes a configuration of the given kind.
  public init(isMutating: Bool, from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      isMutating: isMutating, metadata: try c.decode(ObjectMeta.self, forKey: .metadata),
      webhooks: try c.decodeIfPresent([Webhook].self, forKey: .webhooks) ?? [])
  }

  /// Encodes the configuration in API form.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    try c.encode(webhooks, forKey: .webhooks)
  }
}
