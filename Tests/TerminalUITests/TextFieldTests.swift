import Testing

@testable import TerminalUI

@Suite("Text input and forms")
struct TextFieldTests {
  func type(_ text: String, into field: inout TextField) {
    for c in text { _ = field.handle(.character(c)) }
  }

  @Test("editing keys: left/right, home/end, backspace, delete, ctrl-u")
  func editing() {
    var field = TextField()
    type("payments", into: &field)
    _ = field.handle(.left)
    _ = field.handle(.left)
    _ = field.handle(.backspace)
    #expect(field.text == "paymets")
    _ = field.handle(.home)
    type(">", into: &field)
    _ = field.handle(.end)
    type("!", into: &field)
    #expect(field.text == ">paymets!")
    _ = field.handle(.home)
    _ = field.handle(.delete)
    #expect(field.text == "paymets!")
    _ = field.handle(.right)
    _ = field.handle(.right)
    _ = field.handle(.control("u"))
    #expect(field.text == "ymets!")
    #expect(field.cursor == 0)
    let r1 = field.handle(.enter)
    #expect(r1 == false)
    let r2 = field.handle(.escape)
    #expect(r2 == false)
  }

  @Test("the single-line view scrolls to keep the cursor visible")
  func scrolling() {
    var field = TextField()
    type("abcdefghij", into: &field)
    var screen = Screen(size: Size(width: 5, height: 1))
    field.draw(in: Rect(screen.size), on: &screen)
    #expect(screen.text == "ghij")
    #expect(screen[4, 0].style.role == .tableCursor)
  }

  @Test("a multi-line field inserts new lines and ctrl-u clears only the current line")
  func multiline() {
    var field = TextField(multiline: true)
    type("first", into: &field)
    let r3 = field.handle(.enter)
    #expect(r3)
    type("second", into: &field)
    _ = field.handle(.control("u"))
    type("2nd", into: &field)
    #expect(field.text == "first\n2nd")
    var screen = Screen(size: Size(width: 10, height: 2))
    field.drawMultiline(in: Rect(screen.size), on: &screen)
    #expect(screen.lines == ["first", "2nd"])
  }

  static func exceptionForm() -> Form {
    Form(
      title: "Mark exception",
      fields: [
        FormField(key: "justification", label: "Justification", rule: .required, rows: 3),
        FormField(key: "owner", label: "Owner", rule: .required),
        FormField(key: "expiry", label: "Expiry", rule: .date(required: true)),
      ])
  }

  @Test("a form validates on submit, focuses the first problem and returns the values")
  func form() {
    var form = Self.exceptionForm()
    let r4 = form.handle(.control("s"))
    #expect(r4 == .editing)
    #expect(form.problem == "Justification is required")
    #expect(form.focus == 0)
    for c in "needed for CNI" { _ = form.handle(.character(c)) }
    _ = form.handle(.enter)
    for c in "more" { _ = form.handle(.character(c)) }
    _ = form.handle(.tab)
    for c in "team-net" { _ = form.handle(.character(c)) }
    let r5 = form.handle(.enter)
    #expect(r5 == .editing)
    #expect(form.focus == 2)
    for c in "2026-02-30" { _ = form.handle(.character(c)) }
    let r6 = form.handle(.enter)
    #expect(r6 == .editing)
    #expect(form.problem == "Expiry must be a date YYYY-MM-DD")
    _ = form.handle(.control("u"))
    for c in "2028-02-29" { _ = form.handle(.character(c)) }
    let submitted = form.handle(.enter)
    #expect(
      submitted
        == .submitted([
          "justification": "needed for CNI\nmore", "owner": "team-net", "expiry": "2028-02-29",
        ]))
    _ = form.handle(.backTab)
    #expect(form.focus == 1)
    let r7 = form.handle(.escape)
    #expect(r7 == .cancelled)
  }

  @Test("the form draws its fields, the focus marker and the problem")
  func formDrawing() {
    var form = Self.exceptionForm()
    _ = form.handle(.control("s"))
    var screen = Screen(size: Size(width: 60, height: 20), glyphs: .ascii)
    form.draw(in: Rect(screen.size), on: &screen)
    let text = screen.text
    #expect(text.contains("+- Mark exception -"))
    #expect(text.contains("> Justification"))
    #expect(text.contains("  Owner"))
    #expect(text.contains("Justification is required"))
    #expect(text.contains("ctrl-s save"))
  }

  @Test("the six-field exception form fits an 80×24 terminal")
  func exceptionFormFits() {
    let form = Form(
      title: "Mark exception",
      fields: [
        FormField(key: "justification", label: "Justification", rule: .required, rows: 3),
        FormField(key: "owner", label: "Owner", rule: .required),
        FormField(key: "requestedBy", label: "Requested by", rule: .required),
        FormField(key: "approvedBy", label: "Approved by", rule: .required),
        FormField(key: "ticket", label: "Ticket"),
        FormField(key: "expiry", label: "Expiry (YYYY-MM-DD)", rule: .date(required: true)),
      ])
    #expect(form.height <= 22)
    var screen = Screen(size: Size(width: 80, height: 24))
    form.draw(in: Rect(screen.size), on: &screen)
    for label in ["Justification", "Owner", "Requested by", "Approved by", "Ticket", "Expiry"] {
      #expect(screen.text.contains(label))
    }
    #expect(screen.text.contains("ctrl-s save"))
  }

  @Test("the confirm dialog answers y/enter and n/esc")
  func confirm() {
    let dialog = ConfirmDialog(title: "Quit", message: "Unsaved changes. Quit?")
    #expect(dialog.answer(for: .character("y")) == true)
    #expect(dialog.answer(for: .enter) == true)
    #expect(dialog.answer(for: .escape) == false)
    #expect(dialog.answer(for: .character("x")) == nil)
    var screen = Screen(size: Size(width: 40, height: 10))
    dialog.draw(in: Rect(screen.size), on: &screen)
    #expect(screen.text.contains("Unsaved changes. Quit?"))
    #expect(screen.text.contains("y yes   n no"))
  }
}
