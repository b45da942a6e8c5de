"""Menus and footer become a translatable snippet, one per site and language (they were a
site setting, the same for every language). The existing menus become the Dutch ones;
an English one is translated from it with wagtail-localize."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TRANSLATABLE = ["navigation", "menuitem", "footerlink"]


def to_default_language(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:
        locale = Locale.objects.order_by("pk").first()
    for model_name in TRANSLATABLE:
        model = apps.get_model("atelier", model_name)
        rows = list(model.objects.all())
        if rows and locale is None:
            locale = Locale.objects.create(language_code=settings.LANGUAGE_CODE)
        for row in rows:
            row.locale_id = locale.pk
            row.translation_key = uuid.uuid4()
        model.objects.bulk_update(rows, ["locale", "translation_key"])


def noop(apps, schema_editor):
    pass


def locale_field(null):
    return models.ForeignKey(
        editable=False,
        null=null,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="wagtailcore.locale",
        verbose_name="locale",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("atelier", "0004_private_document_storage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameModel("NavigationSettings", "Navigation"),
        migrations.AlterField(
            model_name="navigation",
            name="site",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="navigations",
                to="wagtailcore.site",
                verbose_name="site",
            ),
        ),
        *(
            operation
            for model_name in TRANSLATABLE
            for operation in (
                migrations.AddField(
                    model_name=model_name,
                    name="translation_key",
                    field=models.UUIDField(editable=False, null=True),
                ),
                migrations.AddField(
                    model_name=model_name, name="locale", field=locale_field(null=True)
                ),
            )
        ),
        migrations.RunPython(to_default_language, noop),
        *(
            operation
            for model_name in TRANSLATABLE
            for operation in (
                migrations.AlterField(
                    model_name=model_name,
                    name="translation_key",
                    field=models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterField(
                    model_name=model_name, name="locale", field=locale_field(null=False)
                ),
                migrations.AlterUniqueTogether(
                    name=model_name, unique_together={("translation_key", "locale")}
                ),
            )
        ),
        migrations.AlterModelOptions(
            name="navigation",
            options={
                "verbose_name": "menu and footer",
                "verbose_name_plural": "menus and footers",
            },
        ),
        migrations.AddConstraint(
            model_name="navigation",
            constraint=models.UniqueConstraint(
                fields=("site", "locale"), name="one_navigation_per_language"
            ),
        ),
    ]
