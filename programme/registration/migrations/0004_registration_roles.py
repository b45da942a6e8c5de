"""The back office for Moderators and for the Registrations group (event staff without
page rights): see registrations, export them, cancel, move up, mail, erase on request."""

from django.db import migrations

BACK_OFFICE = ["view_personal_data", "manage_registrations", "delete"]


def grant(apps, schema_editor):
    from atelier.roles import MODERATORS, REGISTRATIONS, grant_model

    for group_name in (MODERATORS, REGISTRATIONS):
        grant_model(apps, group_name, "wagtailadmin", "admin", ["access_admin"])
        grant_model(apps, group_name, "registration", "Registration", BACK_OFFICE)


class Migration(migrations.Migration):
    dependencies = [
        ("registration", "0003_manage_registrations_permission"),
        ("atelier", "0007_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
