"""The programme's signal receivers, connected once from ``ProgrammeConfig.ready()`` (every
app wires its receivers this way: a ``connect()`` in its ``signals.py``)."""


def connect() -> None:
    from atelier.public_content import public_content_changed

    from .cache_purge import purge_event_channels

    # The embedded agenda and the event API are purged from the CDN with the page.
    public_content_changed.connect(purge_event_channels, dispatch_uid="programme_purge_urls")
