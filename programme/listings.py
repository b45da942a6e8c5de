"""Listing sources for listing blocks on home and landing pages: what is coming up, and
what took place (a learning network's sessions shown once, as the network)."""

from .queries import past_events, public_events, public_series, upcoming_events, with_series


def upcoming_event_items(theme=None, limit=3, locale=None):
    events = upcoming_events(public_events(locale=locale))
    if theme is not None:
        events = events.filter(themes=theme)
    return with_series(events.distinct()[:limit])


def past_event_items(theme=None, limit=3, locale=None):
    """The most recent events that took place, newest first. Sessions of a learning
    network are represented by the network itself, once, at the place of its latest
    session: a visitor looks back on the network, not on four separate lunches."""
    events = past_events(public_events(locale=locale))
    if theme is not None:
        events = events.filter(themes=theme).distinct()
    series_by_path = {series.path: series for series in public_series(locale=locale)}
    items, seen = [], set()
    # Sessions fold into one item, so read a few more events than items are wanted.
    for event in events[: limit * 8]:
        parent = series_by_path.get(event.path[: -event.steplen])
        item = parent if parent is not None else event
        if item.pk in seen:
            continue
        seen.add(item.pk)
        if parent is not None:
            parent.last_session = event
        items.append(item)
        if len(items) == limit:
            break
    return items
