"""Outgoing webhooks: partner systems hear about published content without polling.

Other apps call :func:`emit` for events that are theirs to announce (registration opened
or full); page publishing, unpublishing and deletion are picked up from Wagtail's signals.
See docs/webhooks.md.
"""


def emit(event_type, obj, **kwargs):
    """Queue ``event_type`` (see ``EventType``) about page ``obj`` for every subscribed endpoint.

    Writes outbox rows in the caller's transaction and delivers them after commit; returns the
    created ``WebhookDelivery`` rows (none for drafts and private pages).
    """
    from .outbox import emit as _emit  # the app registry must be ready before models load

    return _emit(event_type, obj, **kwargs)
