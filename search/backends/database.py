"""The database search backend for Atelier: Wagtail's own choice per database vendor,
except on SQLite with FTS5, where the Dutch, column-weighted backend of ``sqlite.py`` runs.

Settings: ``"BACKEND": "search.backends.database"``. On PostgreSQL pass
``"SEARCH_CONFIG": "atelier_dutch"`` (created by this app's migration)."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as vendor_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

        if fts5_available() and fts_table_exists():
            from .sqlite import DutchSQLiteSearchBackend

            return DutchSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        from .postgres import SearchBackend as PostgresSearchBackend

        return PostgresSearchBackend(params)
    return vendor_backend(params)
