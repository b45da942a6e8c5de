"""Inline rows with text become translatable for wagtail-localize: each gets a locale and a
translation key. Rows of pages translated earlier (simple_translation copies) are linked to
the source page's rows by position (atelier.translatable_rows)."""

import uuid

import django.db.models.deletion
from atelier.translatable_rows import link_translated_rows, noop
from django.db import migrations, models

ROWS = [
        ("projectteammember", "project"),
        ("projecttimelineentry", "project"),
        ("reportdocument", "report"),
]


def link_rows(apps, schema_editor):
    for model_name, parent_field in ROWS:
        link_translated_rows(apps, "knowledge", model_name, parent_field)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_english_labels"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="projectteammember",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="projectteammember",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="projecttimelineentry",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="projecttimelineentry",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="reportdocument",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="reportdocument",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(link_rows, noop),
        migrations.AlterField(
            model_name="projectteammember",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="projectteammember",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="projectteammember",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="projecttimelineentry",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="projecttimelineentry",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="projecttimelineentry",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="reportdocument",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="reportdocument",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="reportdocument",
            unique_together={("translation_key", "locale")},
        ),
    ]
