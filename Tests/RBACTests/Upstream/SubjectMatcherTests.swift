import KubeModel
import RBAC
import Testing

/// Upstream facts 54–62 (`appliesToUser`, rule_test.go) and the implicit groups.
@Suite("Subjects and implicit groups (upstream facts 54–62)")
struct SubjectMatcherTests {
  typealias B = RBACBuilders

  struct Case: Sendable, CustomTestStringConvertible {
    var fact: String
    var subjects: [String]
    var user: RequestUser
    var namespace: String
    var applies: Bool
    var testDescription: String { "\(fact): \(subjects) vs \(user.name)\(user.groups)" }
  }

  static let cases: [Case] = [
    Case(
      fact: "54", subjects: ["User:foobar"], user: .init(name: "foobar"), namespace: "",
      applies: true),
    Case(
      fact: "55", subjects: ["User:barfoo", "User:foobar"], user: .init(name: "foobar"),
      namespace: "", applies: true),
    Case(
      fact: "56", subjects: ["User:barfoo", "User:foobar"], user: .init(name: "zimzam"),
      namespace: "", applies: false),
    Case(
      fact: "57", subjects: ["Group:foobar"], user: .init(name: "zimzam", groups: ["foobar"]),
      namespace: "", applies: true),
    Case(
      fact: "58", subjects: ["Group:foobar"], user: .init(name: "zimzam", groups: ["foobar"]),
      namespace: "ns1", applies: true),
    Case(
      fact: "59", subjects: ["ServiceAccount:kube-system:default"],
      user: .init(name: "system:serviceaccount:kube-system:default"), namespace: "default",
      applies: true),
    Case(
      fact: "60", subjects: ["User:*"], user: .init(name: "foobar"), namespace: "", applies: false),
    Case(
      fact: "61", subjects: ["Group:system:authenticated", "Group:system:unauthenticated"],
      user: .init(name: "foobar", groups: ["system:authenticated"]), namespace: "", applies: true),
    Case(
      fact: "62", subjects: ["Group:system:authenticated", "Group:system:unauthenticated"],
      user: .init(name: "system:anonymous", groups: ["system:unauthenticated"]), namespace: "",
      applies: true),
  ]

  @Test("subjects apply as upstream decides", arguments: cases)
  func applies(_ c: Case) {
    let result = c.subjects.map(B.subject).contains {
      SubjectMatcher.applies($0, to: c.user, bindingNamespace: c.namespace)
    }
    #expect(result == c.applies)
  }

  @Test("a ServiceAccount subject without namespace takes the RoleBinding's namespace")
  func serviceAccountDefaultsNamespace() {
    let subject = Subject(kind: "ServiceAccount", name: "builder")
    let user = RequestUser(name: "system:serviceaccount:ci:builder")
    #expect(SubjectMatcher.applies(subject, to: user, bindingNamespace: "ci"))
    #expect(!SubjectMatcher.applies(subject, to: user, bindingNamespace: "other"))
    #expect(!SubjectMatcher.applies(subject, to: user, bindingNamespace: ""))
  }

  @Test("unknown subject kinds never match")
  func unknownKind() {
    let subject = Subject(kind: "Node", name: "n1")
    #expect(!SubjectMatcher.applies(subject, to: RequestUser(name: "n1"), bindingNamespace: ""))
  }

  @Test(
    "implicit groups of identities",
    arguments: [
      (Identity.user("alice"), ["system:authenticated"]),
      (Identity.user("system:anonymous"), ["system:unauthenticated"]),
      (
        Identity.serviceAccount("build", namespace: "ci"),
        ["system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"]
      ),
    ])
  func implicitGroups(_ identity: Identity, _ groups: [String]) {
    #expect(RequestUser.forIdentity(identity).groups == groups)
  }

  @Test("mapped groups from --groups are added to a user")
  func mappedGroups() throws {
    let membership = try GroupMembership.parse("alice: [devs, system:masters]\nbob:\n  - ops\n")
    #expect(membership.groups(ofUser: "bob") == ["ops"])
    let user = RequestUser.forIdentity(.user("alice"), membership: membership)
    #expect(user.groups == ["devs", "system:masters", "system:authenticated"])
    #expect(membership.members(ofGroup: "devs") == ["alice"])
  }

  @Test("group expansion lists the implicit and mapped members")
  func groupExpansion() throws {
    let policy = RBACPolicy(
      roles: [], clusterRoles: [], bindings: [],
      membership: try GroupMembership.parse("alice: [devs]\n"))
    let identities: [Identity] = [
      .user("alice"), .user("bob"), .serviceAccount("a", namespace: "ci"),
      .serviceAccount("b", namespace: "web"), .group("devs"),
    ]
    #expect(policy.members(ofGroup: "devs", among: identities) == [.user("alice")])
    #expect(
      policy.members(ofGroup: "system:serviceaccounts:ci", among: identities) == [
        .serviceAccount("a", namespace: "ci")
      ])
    #expect(policy.members(ofGroup: "system:authenticated", among: identities).count == 4)
  }

  @Test("a groups file that is not a map is rejected with the file name")
  func badGroupsFile() {
    #expect(throws: GroupMembershipError.self) {
      try GroupMembership.parse("- a\n- b\n", file: "g.yaml")
    }
  }

  @Test(
    "CLI subject arguments parse",
    arguments: [
      ("user:alice", Identity.user("alice")), ("group:devs", .group("devs")),
      ("sa:ci/deployer", .serviceAccount("deployer", namespace: "ci")),
    ])
  func argument(_ text: String, _ identity: Identity) {
    #expect(Identity(argument: text) == identity)
    #expect(identity.argument == text)
  }
}
