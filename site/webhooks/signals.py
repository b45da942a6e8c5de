"""The webhooks' signal receivers, connected once from ``WebhooksConfig.ready()`` (every app
wires its receivers this way: a ``connect()`` in its ``signals.py``)."""


def connect() -> None:
    from django.db.models.signals import pre_delete
    from wagtail.signals import page_published, page_unpublished

    from .outbox import on_page_deleted, on_page_published, on_page_unpublished

    # Publish, unpublish and delete of a public page write outbox rows (outbox.py).
    page_published.connect(on_page_published, dispatch_uid="webhooks_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks_page_unpublished")
    pre_delete.connect(on_page_deleted, dispatch_uid="webhooks_page_deleted")
