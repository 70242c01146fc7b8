// Tests for Hardening arrive with its issue.
