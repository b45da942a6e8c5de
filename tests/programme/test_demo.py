"""The demo content carries the facts of seeds 000, 001 and 002 (docs/glossary.md, "seed")."""

import datetime

import pytest
from django.utils import timezone

from programme.models import EventPage, EventSeriesPage, Person, Workshop, WorkshopRun
from programme.queries import upcoming_events

pytestmark = pytest.mark.django_db


def local(value):
    return timezone.localtime(value)


def test_seed_000_learning_network_has_four_sessions_with_a_public_lecture_then_a_closed_part(
    demo,
):
    series = EventSeriesPage.objects.get(title__contains="Stadsvernieuwing als sociale praktijk")
    sessions = list(series.sessions())
    # Seed: 7 March, 28 March, 18 April, 2 May 2024; 12u-15u, the last 12u-16u.
    assert [local(s.start).date() for s in sessions] == [
        datetime.date(2024, 3, 7),
        datetime.date(2024, 3, 28),
        datetime.date(2024, 4, 18),
        datetime.date(2024, 5, 2),
    ]
    assert [(local(s.start).hour, local(s.end).hour) for s in sessions] == [
        (12, 15),
        (12, 15),
        (12, 15),
        (12, 16),
    ]
    lecturers = [[row.person.display_name for row in s.performers] for s in sessions]
    assert lecturers[:3] == [
        ["prof. dr. Stijn Oosterlynck"],
        ["prof. dr. Pieter Cools"],
        ["Jo Boonen"],
    ]
    for session in sessions:
        items = list(session.programme_items.all())
        assert items[0].is_public and items[0].start_time == datetime.time(12)
        assert not items[-1].is_public, "after the lunch lecture the session goes on closed"
    last = sessions[-1]
    assert {org.name for org in last.partners.all()} == {"JES Brussel", "Saamo Antwerpen"}
    assert {"JES Brussel", "Saamo Antwerpen"} <= {
        org.name for org in last.programme_items.first().organisations.all()
    }
    assert {org.name for org in series.organisers.all()} == {
        "Stadskracht",
        "AP Hogeschool Antwerpen",
    }
    assert series.commitment_note and series.registration_mode == "site"


def test_seed_001_dag_van_de_buurt_programme_speakers_and_two_rounds(demo):
    event = EventPage.objects.get(title="Dag van de Buurt")
    assert local(event.start).date() == datetime.date(2021, 1, 28)
    assert event.is_online and not event.venue_id
    assert [local(i.start).strftime("%H:%M") for i in event.programme_items.all()] == [
        "13:00",
        "14:00",
        "15:00",
        "16:00",
    ]
    assert [p.name for p in event.moderators] == ["Hadassah de Boer"]
    speakers = event.performers
    assert {row.person.name for row in speakers} == {
        "Lucas de Man",
        "Dave Ensberg-Kleijkers",
        "Jos van der Lans",
        "Petra van Duijnhoven",
        "Ahmed Marcouch",
        "Harry van der Molen",
        "Marco Pastors",
        "Tanja Jadnanansing",
    }
    assert all(row.person.bio for row in speakers), "each speaker has a bio"
    assert {row.person.name for row in speakers if row.role == "table_guest"} == {
        "Ahmed Marcouch",
        "Harry van der Molen",
        "Marco Pastors",
        "Tanja Jadnanansing",
    }
    rounds = event.rounds_with_workshops()
    assert [local(r.start).hour for r, _ in rounds] == [14, 15]
    # "26 sessies, verdeeld over twee rondes": thirteen per round.
    assert [len(entries) for _, entries in rounds] == [13, 13]
    assert WorkshopRun.objects.filter(workshop__page=event).count() == 26


def test_seed_001_a_workshop_in_both_rounds_is_one_record_with_two_runs(demo):
    event = EventPage.objects.get(title="Dag van de Buurt")
    both = Workshop.objects.filter(page=event, round_numbers="1,2")
    assert sorted(w.title.split(":")[0] for w in both) == [
        "ABCD in de wijkaanpak",
        "Het nieuwe wijkgericht werken",
        "Zeggenschap door geld",
    ]
    for workshop in both:
        assert Workshop.objects.filter(page=event, title=workshop.title).count() == 1
        runs = list(workshop.runs.all())
        assert len(runs) == 2 and runs[0].pk != runs[1].pk
    assert Workshop.objects.filter(page=event).count() == 23
    budget = Workshop.objects.get(page=event, title__startswith="Zeggenschap door geld")
    assert [p.name for p in budget.facilitators.all()] == ["Joop Hofman"]
    assert [o.name for o in budget.organisations.all()] == ["Rode Wouw"]
    agenda = Workshop.objects.get(page=event, title="Buurtagenda in een uur")
    assert not agenda.facilitators.exists()
    assert {o.name for o in agenda.organisations.all()} == {"Platform31", "Movisie"}
    mixed = Workshop.objects.get(page=event, title__startswith="Sociaal-fysieke")
    assert mixed.facilitators.count() == 5


def test_seed_002_kennisatelier_practical_information(demo):
    event = EventPage.objects.get(format="kennisatelier", start__year=2022)
    start = local(event.start)
    assert (start.date(), start.strftime("%H:%M")) == (datetime.date(2022, 10, 13), "09:30")
    assert event.end is None, "the seed gives no end time"
    venue = event.venue
    assert (venue.name, venue.street_address, venue.postal_code, venue.city) == (
        "Vechtclub XL",
        "Europalaan 2B",
        "3526 KS",
        "Utrecht",
    )
    assert event.is_free and "wijkprofessionals" in event.audience
    times = {i.title: i.start_time for i in event.programme_items.all() if i.start_time}
    assert sorted(t.strftime("%H:%M") for t in times.values()) == ["09:30", "10:00", "12:30"]
    assert any("vegetarisch" in title.lower() for title in times)
    assert [p.name for p in event.moderators] == ["Hizir Cengiz"]
    assert {r.person.name for r in event.performers} == {
        "Radboud Engbersen",
        "Matthijs Uyterlinde",
        "Ron van Wonderen",
    }
    assert [o.short_name for o in event.organisers.all()] == ["KIS"]
    assert event.registration_mode == "site"


def test_people_are_reused_and_the_demo_is_idempotent_with_a_live_agenda(demo):
    from programme.demo import load_programme_demo

    assert Person.objects.filter(name="Matthijs Uyterlinde").count() == 1
    counts = (EventPage.objects.count(), Person.objects.count(), WorkshopRun.objects.count())
    load_programme_demo()
    assert counts == (
        EventPage.objects.count(),
        Person.objects.count(),
        WorkshopRun.objects.count(),
    )
    upcoming = list(upcoming_events())
    assert {e.format for e in upcoming} >= {"kennisatelier", "network_session"}
    assert all(e.registration_mode == "site" or e.series for e in upcoming)
