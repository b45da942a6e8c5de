"""The one detail queryset keeps an event page's queries fixed, however big the programme;
public querysets never show drafts or private pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from programme.queries import past_events, public_events, upcoming_events
from tests.programme.factories import EventPageFactory

from .helpers import JOIN_URL, event_with_workshops

pytestmark = pytest.mark.django_db


def queries_to_render(client, url) -> int:
    client.get(url)  # warm up: renditions and caches are made on the first view
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_event_page_queries_do_not_grow_with_workshops_or_speakers(agenda, client):
    small = event_with_workshops(agenda, rounds=1, per_round=1, shared=0, speakers=1, slug="klein")
    big = event_with_workshops(agenda, rounds=2, per_round=13, shared=3, speakers=8, slug="groot")
    html = client.get(big.url).content.decode()
    assert html.count('class="workshop"') == 26 and html.count('class="person-card"') == 8
    assert queries_to_render(client, big.url) == queries_to_render(client, small.url)


def test_public_events_leave_out_drafts_and_private_pages(agenda):
    from tests.programme.factories import aware

    live = EventPageFactory(parent=agenda, start=aware(2030, 1, 1, 10))
    EventPageFactory(parent=agenda, live=False)
    private = EventPageFactory(parent=agenda)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert list(public_events()) == [live]


def test_upcoming_and_past_split_on_the_end_or_the_day_it_starts(agenda):
    from django.utils import timezone

    now = timezone.now()
    running = EventPageFactory(
        parent=agenda,
        start=now - timezone.timedelta(hours=2),
        end=now + timezone.timedelta(hours=1),
    )
    first_minute = datetime.datetime.combine(timezone.localdate(), datetime.time(0, 1))
    earlier_today = EventPageFactory(
        parent=agenda, start=timezone.make_aware(first_minute), end=None
    )
    ended = EventPageFactory(
        parent=agenda,
        start=now - timezone.timedelta(days=3),
        end=now - timezone.timedelta(days=3, hours=-2),
    )
    upcoming = set(upcoming_events())
    assert running in upcoming and ended not in upcoming
    assert earlier_today in upcoming, "without an end it counts until the end of its day"
    assert ended in set(past_events())


def test_the_join_link_never_reaches_the_page(agenda, client):
    event = EventPageFactory(parent=agenda, is_online=True, online_join_url=JOIN_URL)
    assert JOIN_URL not in client.get(event.url).content.decode()


def test_registration_status_follows_mode_dates_places_and_status(agenda):
    from django.utils import timezone

    from tests.programme.factories import EventSeriesPageFactory

    now = timezone.now()
    event = EventPageFactory(parent=agenda, registration_mode="site", capacity=2)
    assert event.registration_status() == "open"
    assert event.registration_status(places_left=0) == "closed"
    event.has_waiting_list = True
    assert event.registration_status(places_left=0) == "waiting_list"
    event.registration_opens_at = now + timezone.timedelta(days=1)
    assert event.registration_status() == "not_yet_open"
    event.status = "cancelled"
    assert event.registration_status() == "cancelled"
    event.registration_mode, event.status = "none", "scheduled"
    assert event.registration_status() == "not_required"
    series = EventSeriesPageFactory(parent=agenda, registration_mode="site")
    EventPageFactory(parent=series, start=now - timezone.timedelta(days=1))
    assert series.registration_status() == "closed", "the network has already started"


def test_with_series_finds_each_events_series_in_one_query(agenda, django_assert_num_queries):
    from programme.queries import with_series
    from tests.programme.factories import EventSeriesPageFactory

    series = EventSeriesPageFactory(parent=agenda)
    sessions = [EventPageFactory(parent=series) for _ in range(3)]
    loose = EventPageFactory(parent=agenda)
    events = list(public_events())
    with django_assert_num_queries(1):
        found = {event.pk: event.series for event in with_series(events)}
    assert {found[s.pk].pk for s in sessions} == {series.pk}
    assert found[loose.pk] is None
