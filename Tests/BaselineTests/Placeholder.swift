// Tests for Baseline arrive with its issue.
