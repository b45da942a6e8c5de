# Documents move out of MEDIA_ROOT into the private documents storage (site/media/storage.py).

import atelier.media.storage
from django.core.files.storage import storages
from django.db import migrations, models


def move_files(apps, schema_editor):
    """Files uploaded before this migration sit in the public media storage: move them."""
    Document = apps.get_model("atelier", "AtelierDocument")
    public, private = storages["default"], storages["documents"]
    for name in Document.objects.exclude(file="").values_list("file", flat=True):
        if private.exists(name) or not public.exists(name):
            continue
        with public.open(name, "rb") as source:
            stored = private.save(name, source)
        if stored != name:  # never expected for a fresh storage; keep the row pointing right
            Document.objects.filter(file=name).update(file=stored)
        public.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("atelier", "0003_english_labels"),
    ]

    operations = [
        migrations.AlterField(
            model_name="atelierdocument",
            name="file",
            field=models.FileField(
                storage=atelier.media.storage.document_storage,
                upload_to="documents",
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_files, migrations.RunPython.noop),
    ]
