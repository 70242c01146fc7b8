// Tests for RBAC arrive with its issue.
