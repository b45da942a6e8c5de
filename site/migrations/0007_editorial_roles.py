"""Editors, Moderators and Registrations with their permissions on pages, images,
documents, themes, menus, settings, redirects and translations (see atelier/roles.py). Idempotent: it
only adds what is missing, and leaves permissions an administrator added alone."""

from django.db import migrations


def grant(apps, schema_editor):
    from atelier.roles import grant_site_roles

    grant_site_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("atelier", "0006_translation_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
