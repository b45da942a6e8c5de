"""PostgreSQL: the `atelier_dutch` text search configuration (Dutch stemming after unaccent),
used as SEARCH_CONFIG by the database search backend. Nothing to do on other databases."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'atelier_dutch') THEN
        CREATE TEXT SEARCH CONFIGURATION atelier_dutch (COPY = pg_catalog.dutch);
        ALTER TEXT SEARCH CONFIGURATION atelier_dutch
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS atelier_dutch;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("atelier_search", "0001_outbox")]

    operations = [migrations.RunPython(create, drop)]
