"""What the API and event pages learn: status and places left, never who."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programme.registration.services import RunChoice, register
from programme.registration.summary import (
    annotate_places_left,
    registration_summaries,
    registration_summary,
    run_places_left,
)

pytestmark = pytest.mark.django_db


def test_summary_follows_the_places_left(make_event, applicant):
    event = make_event(capacity=2)
    summary = registration_summary(event)
    assert summary["mode"] == "site"
    assert (summary["status"], summary["places_left"]) == ("open", 2)
    assert summary["url"] == f"/aanmelden/{event.pk}/"
    register(event, applicant("a@example.org"))
    register(event, applicant("b@example.org"))
    assert registration_summary(event)["status"] == "waiting_list"
    assert registration_summary(event)["places_left"] == 0
    assert set(summary) == {"mode", "status", "url", "opens_at", "closes_at", "places_left"}


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"registration_mode": "none"}, "not_required"),
        ({"status": "cancelled"}, "cancelled"),
        ({"status": "postponed"}, "closed"),
        ({"registration_opens_at": timezone.now() + datetime.timedelta(days=1)}, "not_yet_open"),
        ({"capacity": None}, "open"),
    ],
)
def test_summary_statuses(make_event, fields, status):
    fields.setdefault("capacity", 5)
    assert registration_summary(make_event(**fields))["status"] == status


def test_a_full_event_without_waiting_list_is_closed(make_event, applicant):
    event = make_event(capacity=1, waiting_list=False)
    register(event, applicant())
    assert registration_summary(event)["status"] == "closed"


def test_summaries_for_a_list_take_one_query(make_event, applicant):
    from programme.models import EventPage

    events = [make_event(capacity=3) for _ in range(4)]
    register(events[0], applicant())
    pages = list(EventPage.objects.filter(pk__in=[e.pk for e in events]))
    with CaptureQueriesContext(connection) as queries:
        summaries = registration_summaries(pages)
    assert len(queries) == 1
    assert summaries[events[0].pk]["places_left"] == 2
    assert summaries[events[1].pk]["places_left"] == 3

    annotated = list(annotate_places_left(EventPage.objects.filter(pk__in=[events[0].pk])))
    with CaptureQueriesContext(connection) as queries:
        assert registration_summary(annotated[0])["places_left"] == 2
    assert len(queries) == 0


def test_places_left_per_workshop_run(make_event, applicant, run_of):
    event = make_event(rounds=2, workshops=[("ABCD", [1, 2], 2), ("Open", [1], None)])
    first = run_of(event, "ABCD", 1)
    register(event, applicant(choices={first.round_id: RunChoice(first.pk)}))
    runs = [first, run_of(event, "ABCD", 2), run_of(event, "Open")]
    assert run_places_left(runs) == {runs[0].pk: 1, runs[1].pk: 2, runs[2].pk: None}


def test_an_english_translation_shares_the_seats_of_the_dutch_event(client, make_event, applicant):
    from django.urls import reverse
    from wagtail.models import Locale

    event = make_event(capacity=2)
    register(event, applicant("a@example.org"))
    english = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()

    assert registration_summary(english)["places_left"] == 1
    data = {"name": "B", "email": "b@example.org", "consent": "on", "website": ""}
    client.post(reverse("registration:register", args=[english.pk]), data)
    assert registration_summary(event)["places_left"] == 0
    assert event.registrations.count() == 2


def test_the_dashboard_panel_counts_registrations_per_upcoming_event(make_event, applicant, rf):
    from programme.registration.dashboard import registrations_panel

    event = make_event(capacity=1)
    register(event, applicant("a@example.org"))
    register(event, applicant("b@example.org"))
    html = registrations_panel(rf.get("/admin/")).render_html({})
    assert event.title in html
    row = html.split(event.title)[1]
    assert [cell.split("<")[0] for cell in row.split("<td>")[2:5]] == ["1", "1", "0"]
    assert "a@example.org" not in html
