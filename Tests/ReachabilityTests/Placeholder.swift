// Tests for Reachability arrive with its issue.
