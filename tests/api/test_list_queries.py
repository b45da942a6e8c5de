"""What the cheaper list queries (issue 21) must not change: paging visits every event once
in the agenda's order, an untranslated alias is no translation, and a page under a view
restriction is never named as a translation."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from programme.models import EventPage

pytestmark = pytest.mark.django_db


def _page(client, query):
    response = client.get(f"/api/v1/events{query}")
    assert response.status_code == 200, response.content
    return response.json()


def test_paging_visits_every_event_once_in_start_order_ties_by_id(client, make_event):
    soon = timezone.now() + datetime.timedelta(days=3)
    later = soon + datetime.timedelta(days=1)
    made = [make_event(start=moment) for moment in (later, soon, later, soon, later, soon, later)]
    expected = [e.pk for e in sorted(made, key=lambda e: (e.start, e.pk))]

    seen, offset = [], 0
    while True:
        body = _page(client, f"?limit=3&offset={offset}" if offset else "?limit=3")
        assert body["count"] == len(made)
        seen.extend(item["id"] for item in body["items"])
        if body["next"] is None:
            break
        offset += 3
    assert seen == expected

    past = _page(client, "?when=past&limit=3")
    assert past == {"count": 0, "next": None, "previous": None, "items": []}
    beyond = _page(client, "?limit=3&offset=9")
    assert beyond["items"] == [] and beyond["count"] == len(made)
    assert beyond["previous"].endswith("/api/v1/events?limit=3&offset=6")


def test_an_untranslated_alias_is_not_listed_as_a_translation(client, make_event):
    event = make_event(title="Buurtdag")
    english = Locale.objects.get(language_code="en")
    alias = event.copy_for_translation(english, copy_parents=True, alias=True)
    assert alias.alias_of_id == event.pk and alias.live

    items = {item["id"]: item for item in _page(client, "")["items"]}
    assert items[event.pk]["translations"] == []  # the alias itself is listed, as before
    detail = client.get(f"/api/v1/events/{event.pk}").json()
    assert detail["translations"] == []

    # Made a real translation, it is listed on both sides.
    translated = EventPage.objects.get(pk=alias.pk)
    translated.alias_of = None
    translated.title = "Neighbourhood day"
    translated.save_revision().publish()
    items = {item["id"]: item for item in _page(client, "")["items"]}
    assert [t["id"] for t in items[event.pk]["translations"]] == [alias.pk]
    assert [t["id"] for t in items[alias.pk]["translations"]] == [event.pk]

    # Under a view restriction it is no longer public: gone from the list and the links.
    PageViewRestriction.objects.create(page=translated, restriction_type="login")
    [item] = _page(client, "")["items"]
    assert item["id"] == event.pk and item["translations"] == []
    assert client.get(f"/api/v1/events/{event.pk}").json()["translations"] == []
