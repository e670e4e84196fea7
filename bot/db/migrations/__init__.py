"""Alembic migrations, configured in code by bot.db.migrate (no alembic.ini needed)."""
