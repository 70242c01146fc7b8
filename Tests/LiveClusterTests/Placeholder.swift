// Tests for LiveCluster arrive with its issue.
