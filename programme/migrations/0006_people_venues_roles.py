"""Editors and Moderators add and change people, organisations and venues themselves
(also from the choosers on the event form); moderators may delete them too."""

from django.db import migrations

MODELS = ["Person", "Organisation", "Venue"]


def grant(apps, schema_editor):
    from atelier.roles import EDITORS, MODERATORS, grant_model

    for model_name in MODELS:
        grant_model(apps, EDITORS, "programme", model_name, ["add", "change"])
        grant_model(apps, MODERATORS, "programme", model_name, ["add", "change", "delete"])


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0005_translatable_programme_rows"),
        ("atelier", "0007_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
