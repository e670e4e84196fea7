"""Real mail servers for tests (filled in by the harness work)."""
