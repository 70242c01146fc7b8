import Baseline
import Foundation
import KubeModel
import TerminalUI

/// The exception being written in the form: what it is about (rule, target, value binding, id,
/// created — read-only) and the form with the fields a person fills in.
///
/// Kept in the state while the form is open and after a refused save, so the draft survives a
/// reload of the file and can be submitted again.
public struct ExceptionForm: Hashable, Sendable {
  /// The form purpose tag (``Mode/form(_:purpose:)``).
  public static let purpose = "exception"

  /// The draft: the entry as prefilled, validated by ``ExceptionDraft/problems(today:)``.
  public private(set) var draft: ExceptionDraft
  /// Whether this is a new entry (false: editing an entry of the file).
  public let isNew: Bool
  /// The form, with what was typed so far.
  public var form: Form

  /// A form for a new exception drafted from a finding.
  public init(new draft: ExceptionDraft) {
    self.draft = draft
    isNew = true
    form = Self.form(for: draft.entry, isNew: true)
  }

  /// A form editing an entry of the file, prefilled from it.
  public init(editing entry: ExceptionEntry, today: CalendarDate) {
    var draft = ExceptionDraft(
      finding: Finding(
        rule: entry.rule, domain: .workload, severity: .info,
        target: FindingTarget(kind: entry.target.kind, name: entry.target.name), message: ""),
      file: ExceptionFile(), today: today)
    draft.entry = entry
    self.draft = draft
    isNew = false
    form = Self.form(for: entry, isNew: false)
  }

  /// The id the entry will be saved under.
  public var id: String { draft.entry.id }

  /// Gives a new entry another id (the one it had was taken on disk meanwhile).
  public mutating func renumber(_ id: String) {
    guard isNew else { return }
    draft.entry.id = id
    form.title = Self.title(id: id, isNew: true)
  }

  /// The entry with the values typed in the form.
  public func entry(from values: [String: String]) -> ExceptionEntry {
    var entry = draft.entry
    func text(_ key: String) -> String {
      (values[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
    func optional(_ key: String) -> String? { text(key).isEmpty ? nil : text(key) }
    entry.justification = text("justification")
    entry.owner = text("owner")
    entry.requestedBy = optional("requestedBy")
    entry.approvedBy = optional("approvedBy")
    entry.ticket = optional("ticket")
    entry.expires = text("expires")
    return entry
  }

  /// What is wrong with the entry the values make; empty when it can be saved.
  public func problems(_ values: [String: String], today: CalendarDate) -> [String] {
    var candidate = draft
    candidate.entry = entry(from: values)
    return candidate.problems(today: today)
  }

  /// The read-only lines above the fields: rule, target and value binding.
  static func summary(of entry: ExceptionEntry) -> [String] {
    var lines = [
      "Rule    \(entry.rule)", "Target  \(ExceptionsPresentation.target(entry.target))",
    ]
    if let value = entry.value { lines.append("Value   \(ExceptionsPresentation.binding(value))") }
    return lines
  }

  private static func title(id: String, isNew: Bool) -> String {
    isNew ? "New exception \(id)" : "Edit exception \(id)"
  }

  private static func form(for entry: ExceptionEntry, isNew: Bool) -> Form {
    Form(
      title: title(id: entry.id, isNew: isNew), summary: summary(of: entry),
      fields: [
        FormField(
          key: "justification", label: "Justification: why the deviation is accepted",
          value: entry.justification, rule: .required, rows: 3),
        FormField(
          key: "owner", label: "Owner: team or person accountable", value: entry.owner,
          rule: .required),
        FormField(key: "requestedBy", label: "Requested by", value: entry.requestedBy ?? ""),
        FormField(key: "approvedBy", label: "Approved by", value: entry.approvedBy ?? ""),
        FormField(key: "ticket", label: "Ticket", value: entry.ticket ?? ""),
        FormField(
          key: "expires",
          label: isNew
            ? "Expires (YYYY-MM-DD, proposed: 90 days from today)" : "Expires (YYYY-MM-DD)",
          value: entry.expires, rule: .date(required: true)),
      ])
  }
}
