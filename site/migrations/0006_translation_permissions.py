"""Groups that could translate with wagtail.contrib.simple_translation can translate with
wagtail-localize (its "submit translation" permission), which replaces it."""

from django.db import migrations


def carry_over(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    new = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if new is None:
        return
    for group in Group.objects.filter(
        permissions__content_type__app_label="simple_translation",
        permissions__codename="submit_translation",
    ).distinct():
        group.permissions.add(new)


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("atelier", "0005_navigation_per_language"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(carry_over, noop)]
