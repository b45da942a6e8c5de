"""Publishing an event costs the same number of queries with 2 workshops as with 26 (issue
21: publishing the bench's 26-workshop event took 350 ms on PostgreSQL, 400 queries). The
revision, its restore, the save of the rows, the runs, the waiting lists, the reference and
search indexes: none of them may go back to a query per workshop, run, speaker or person
(site/models/cluster.py; promote_waiting_list). And what a publish stores stays the same."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programme.models import (
    EventPage,
    EventSpeaker,
    ProgrammeItem,
    Workshop,
    WorkshopRound,
    WorkshopRun,
)
from tests.programme.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def conference(parent, workshops: int, slug: str) -> EventPage:
    """An event taking registrations on the site: two rounds of ``workshops`` workshops,
    each with two facilitators and an organisation, a speaker and a programme item (with a
    person and an organisation) per two workshops."""
    event = EventPageFactory.build(
        slug=slug, registration_mode="site", capacity=500, has_waiting_list=True
    )
    event.workshop_rounds = [
        WorkshopRound(sort_order=i, start_time=datetime.time(14 + i)) for i in range(2)
    ]
    rows = []
    for n in range(workshops):
        workshop = Workshop(
            sort_order=n, title=f"Workshop {slug} {n}", round_numbers=[1 + n % 2], capacity=10
        )
        workshop.facilitators = [PersonFactory(), PersonFactory()]
        workshop.organisations = [OrganisationFactory()]
        rows.append(workshop)
    event.workshops = rows
    event.speakers = [
        EventSpeaker(sort_order=n, person=PersonFactory(), role="speaker")
        for n in range(max(1, workshops // 2))
    ]
    items = []
    for n in range(max(1, workshops // 2)):
        item = ProgrammeItem(sort_order=n, title=f"Onderdeel {n}", start_time=datetime.time(13))
        item.people = [PersonFactory()]
        item.organisations = [OrganisationFactory()]
        items.append(item)
    event.programme_items = items
    parent.add_child(instance=event)
    event.save_revision().publish()
    return event


def publish_queries(event) -> list[dict]:
    """A new title published as the bench does: the event read afresh, then its revision."""
    page = EventPage.objects.get(pk=event.pk)
    page.title = f"{page.title} (nieuw)"
    with CaptureQueriesContext(connection) as captured:
        page.save_revision().publish()
    return captured.captured_queries


@pytest.fixture
def agenda(home_page):
    return EventIndexPageFactory(parent=home_page)


def test_publishing_costs_the_same_with_2_or_26_workshops(agenda):
    small = conference(agenda, 2, "klein")
    large = conference(agenda, 26, "groot")
    publish_queries(small), publish_queries(large)  # per-process caches are filled once

    few, many = publish_queries(small), publish_queries(large)

    assert len(many) == len(few), "\n".join(q["sql"][:120] for q in many)


def test_publishing_an_unchanged_programme_writes_no_row_of_it(agenda):
    event = conference(agenda, 6, "ongewijzigd")

    written = [
        q["sql"]
        for q in publish_queries(event)
        if q["sql"].startswith(("UPDATE", "INSERT", "DELETE"))
        and any(
            table in q["sql"]
            for table in ("programme_workshop", "programme_eventspeaker", "programme_programmeitem")
        )
    ]

    assert written == []


def test_a_revision_restores_the_rows_and_their_people(agenda):
    event = conference(agenda, 4, "herstel")
    workshop = event.workshops.first()
    expected = {
        "facilitators": set(workshop.facilitators.values_list("pk", flat=True)),
        "organisations": set(workshop.organisations.values_list("pk", flat=True)),
    }
    speakers = list(event.speakers.values_list("pk", "person_id"))

    restored = EventPage.objects.get(pk=event.pk).get_latest_revision().as_object()

    first = restored.workshops.all()[0]
    assert first.pk == workshop.pk and first.title == workshop.title
    assert {p.pk for p in first.facilitators.all()} == expected["facilitators"]
    assert {o.pk for o in first.organisations.all()} == expected["organisations"]
    assert [(s.pk, s.person_id) for s in restored.speakers.all()] == speakers
    assert [i.people.all()[0].pk for i in restored.programme_items.all()] == list(
        ProgrammeItem.objects.filter(page=event).values_list("people", flat=True)
    )


def test_a_revision_naming_a_deleted_person_drops_that_speaker_as_before(agenda):
    event = conference(agenda, 2, "verwijderd")
    revision = EventPage.objects.get(pk=event.pk).save_revision()
    gone = list(event.speakers.all())[0].person
    facilitator = event.workshops.first().facilitators.first()
    gone.delete()  # takes its speaker row along; the revision still names it
    facilitator.delete()

    restored = revision.as_object()

    assert [s.person_id for s in restored.speakers.all()] == []
    assert facilitator.pk not in {p.pk for p in restored.workshops.all()[0].facilitators.all()}


def applicant(email: str, choices: dict):
    from programme.registration.services import Applicant

    return Applicant(name="Iemand Voorbeeld", email=email, choices=choices)


def test_changing_one_workshop_updates_that_row_and_keeps_run_and_registration_ids(agenda):
    from programme.registration.models import WorkshopChoice
    from programme.registration.services import RunChoice, register

    event = conference(agenda, 4, "wijziging")
    runs_before = set(WorkshopRun.objects.filter(workshop__page=event).values_list("pk", flat=True))
    full = WorkshopRun.objects.filter(workshop__page=event).order_by("pk").first()
    full.capacity = 1
    full.save()
    workshop = Workshop.objects.get(pk=full.workshop_id)
    workshop.capacity = 1
    workshop.save()
    first = register(event, applicant("eerste@example.org", {full.round_id: RunChoice(full.pk)}))
    waiting = register(
        event, applicant("tweede@example.org", {full.round_id: RunChoice(full.pk, True)})
    ).registration
    assert waiting.choices.get().status == "waitlisted"

    page = EventPage.objects.get(pk=event.pk)
    rows = list(page.workshops.all())
    changed = next(row for row in rows if row.pk == workshop.pk)
    changed.capacity = 2  # a place more: the one waiting gets it
    page.workshops = rows
    with CaptureQueriesContext(connection) as captured:
        page.save_revision().publish()

    updates = [q["sql"] for q in captured if q["sql"].startswith('UPDATE "programme_workshop"')]
    assert len(updates) == 1
    assert f'WHERE "programme_workshop"."id" = {workshop.pk}' in updates[0]
    runs_after = set(WorkshopRun.objects.filter(workshop__page=event).values_list("pk", flat=True))
    assert runs_after == runs_before
    assert WorkshopRun.objects.get(pk=full.pk).capacity == 2
    assert WorkshopChoice.objects.get(registration=waiting).status == "confirmed"
    assert first.registration.choices.get().run_id == full.pk


def test_a_workshop_renamed_in_a_publish_is_found_by_search_at_once(agenda):
    """The index reads the page's rows from the database: after they are stored, not
    between the page's row and its rows (then it held the previous titles until the next
    publish)."""
    from search.service import search

    event = conference(agenda, 2, "zoeken")
    page = EventPage.objects.get(pk=event.pk)
    rows = list(page.workshops.all())
    rows[0].title = "Zwijgkunstatelier"
    page.workshops = rows

    page.save_revision().publish()

    assert [hit.object.pk for hit in search("Zwijgkunstatelier").items] == [event.pk]
