"""Shared fixtures. Real-server fixtures (Dovecot, SMTP front, PostgreSQL) live in tests/servers/."""

pytest_plugins = ["tests.servers.fixtures", "tests.servers.postgres", "tests.servers.oauth2_fixtures"]
