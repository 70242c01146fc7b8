// Tests for Explorer arrive with its issue.
