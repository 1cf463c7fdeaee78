"""Alembic migrations of the library database, run by ``enablement.store.migrate``."""
