"""The core's signal receivers, connected once from ``AtelierConfig.ready()`` (every app
wires its receivers this way: a ``connect()`` in its ``signals.py``)."""


def connect() -> None:
    from django.db.models.signals import post_migrate

    from . import public_content, translation_privacy, translation_workflow
    from .content_translation import adopt_after_migrate

    public_content.connect()  # what the public may see changed: content version, CDN purges
    translation_workflow.connect()  # translations get their source's moderation workflow
    translation_privacy.connect()  # and their source's privacy (a password, login only)
    # Pages translated with simple_translation are linked to wagtail-localize.
    post_migrate.connect(adopt_after_migrate, dispatch_uid="atelier_adopt_translations")
