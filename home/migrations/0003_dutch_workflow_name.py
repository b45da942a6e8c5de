"""Wagtail's default workflow and its task are stored as "Moderators approval"; editors work
in Dutch, so both get the Dutch name home.workflows uses. Rows renamed by hand stay as they are."""

from django.db import migrations

WAGTAIL_NAME = "Moderators approval"
DUTCH_NAME = "Goedkeuring door moderatoren"


def rename(apps, old, new):
    for model_name in ("Workflow", "Task"):
        model = apps.get_model("wagtailcore", model_name)
        model.objects.filter(name=old).update(name=new)


def to_dutch(apps, schema_editor):
    rename(apps, WAGTAIL_NAME, DUTCH_NAME)


def to_english(apps, schema_editor):
    rename(apps, DUTCH_NAME, WAGTAIL_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_content_and_landing_pages"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_dutch, to_english)]
