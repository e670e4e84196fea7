"""Persistence: SQLModel tables, the async engine, Alembic migrations."""
