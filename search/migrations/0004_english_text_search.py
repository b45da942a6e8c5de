"""PostgreSQL: the `atelier_english` text search configuration (English stemming after
unaccent) for English pages, beside `atelier_dutch` (search.backends.postgres picks one per
object by its language). Nothing to do on other databases."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'atelier_english') THEN
        CREATE TEXT SEARCH CONFIGURATION atelier_english (COPY = pg_catalog.english);
        ALTER TEXT SEARCH CONFIGURATION atelier_english
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS atelier_english;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("atelier_search", "0003_english_labels")]

    operations = [migrations.RunPython(create, drop)]
