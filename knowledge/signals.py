"""Knowledge's signal receivers, connected once from ``KnowledgeConfig.ready()`` (every app
wires its receivers this way: a ``connect()`` in its ``signals.py``)."""


def on_page_published(sender, instance, **kwargs):
    from .services import apply_embargo

    if apply_embargo(instance):
        # The search index was updated before the files moved; index what is public now.
        from wagtail.search.index import insert_or_update_object

        insert_or_update_object(instance)


def connect() -> None:
    from atelier.public_content import public_content_changed
    from wagtail.signals import page_published

    from .feeds import feed_urls
    from .models import ReportPage

    # Publishing a report releases its embargoed files into the public collection.
    page_published.connect(on_page_published, sender=ReportPage, dispatch_uid="knowledge_embargo")
    # The feeds are purged from the CDN with the reports and articles they list.
    public_content_changed.connect(feed_urls, dispatch_uid="knowledge_feed_urls")
