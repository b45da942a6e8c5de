"""The "upcoming events" listing source for listing blocks on home and landing pages."""

from .queries import public_events, upcoming_events


def upcoming_event_items(theme=None, limit=3, locale=None):
    events = upcoming_events(public_events(locale=locale))
    if theme is not None:
        events = events.filter(themes=theme)
    return list(events.distinct()[:limit])
