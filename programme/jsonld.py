"""schema.org JSON-LD for events and series (Event, EventSeries)."""


def event_json_ld(event, request=None):
    return None


def series_json_ld(series, request=None):
    return None
