// Tests for TerminalUI arrive with its issue.
