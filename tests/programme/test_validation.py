"""Editors get clear Dutch messages for impossible events, through the real admin form."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from programme.models import EventPage, WorkshopRun

pytestmark = pytest.mark.django_db


def form(title="Dag van de Wijk", *, rounds=None, workshops=None, ids=None, **fields):
    """POST data for the event form; ``workshops`` are (title, [round numbers])."""
    ids = ids or {}
    rounds = rounds if rounds is not None else [("14:00", "14:50"), ("15:00", "15:50")]
    workshops = workshops if workshops is not None else [("ABCD in de wijk", [1, 2])]
    data = {
        "title": title,
        "slug": "dag-van-de-wijk",
        "format": "conference_day",
        "start": "2026-03-05 13:00",
        "end": "2026-03-05 17:00",
        "status": "scheduled",
        "price_currency": "EUR",
        "is_free": "on",
        "registration_mode": "none",
        "body": streamfield([]),
        "registration_questions": streamfield([]),
        "intro": rich_text(""),
        "speakers": inline_formset([]),
        "programme_items": inline_formset([]),
        "materials": inline_formset([]),
        "workshop_rounds": inline_formset(
            [
                {
                    "id": ids.get("rounds", [""] * 9)[i],
                    "title": "",
                    "start_time": start,
                    "end_time": end,
                    "ORDER": i + 1,
                }
                for i, (start, end) in enumerate(rounds)
            ],
            initial=len(ids.get("rounds", [])),
        ),
        "workshops": inline_formset(
            [
                {
                    "id": ids.get("workshops", [""] * 30)[i],
                    "title": name,
                    "description": rich_text(""),
                    "ORDER": i + 1,
                }
                for i, (name, _) in enumerate(workshops)
            ],
            initial=len(ids.get("workshops", [])),
        ),
        "action-publish": "publish",
    }
    data.update(fields)
    posted = nested_form_data(data)
    for i, (_, numbers) in enumerate(workshops):
        posted[f"workshops-{i}-round_numbers"] = [str(n) for n in numbers]
    return posted


def add(client, parent, data):
    url = reverse("wagtailadmin_pages:add", args=("programme", "eventpage", parent.pk))
    return client.post(url, data)


def errors(response) -> str:
    assert response.status_code == 200, "the form is shown again with errors"
    return " ".join(
        re.findall(r'class="error-message"[^>]*>\s*(.*?)\s*<', response.content.decode(), re.S)
    )


def test_a_valid_event_is_published_with_one_run_per_ticked_round(admin_client, agenda):
    response = add(admin_client, agenda, form())
    assert response.status_code == 302
    event = EventPage.objects.get(slug="dag-van-de-wijk")
    workshop = event.workshops.get()
    assert workshop.round_numbers == [1, 2]
    assert workshop.runs.count() == 2


def test_run_ids_stay_the_same_when_the_event_is_edited_again(admin_client, agenda):
    add(admin_client, agenda, form())
    event = EventPage.objects.get(slug="dag-van-de-wijk")
    runs = sorted(WorkshopRun.objects.values_list("pk", flat=True))
    ids = {
        "rounds": list(event.workshop_rounds.values_list("pk", flat=True)),
        "workshops": list(event.workshops.values_list("pk", flat=True)),
    }
    edit = reverse("wagtailadmin_pages:edit", args=(event.pk,))
    response = admin_client.post(edit, form("Dag van de Wijk, nieuwe titel", ids=ids))
    assert response.status_code == 302
    assert sorted(WorkshopRun.objects.values_list("pk", flat=True)) == runs
    # Unticking round 2 removes only that run.
    admin_client.post(edit, form(ids=ids, workshops=[("ABCD in de wijk", [1])]))
    assert list(WorkshopRun.objects.values_list("pk", flat=True)) == runs[:1]


def test_end_before_start_is_refused(admin_client, agenda):
    message = errors(add(admin_client, agenda, form(end="2026-03-05 12:00")))
    assert "Het einde moet na het begin liggen." in message


def test_a_round_outside_the_event_is_refused(admin_client, agenda):
    message = errors(add(admin_client, agenda, form(rounds=[("11:00", "11:50")])))
    assert "Ronde 1 begint vóór de activiteit" in message
    message = errors(add(admin_client, agenda, form(rounds=[("16:30", "17:30")])))
    assert "Ronde 1 eindigt na de activiteit" in message


def test_a_round_that_ends_before_it_starts_is_refused(admin_client, agenda):
    message = errors(add(admin_client, agenda, form(rounds=[("15:00", "14:00")])))
    assert "De eindtijd moet na de begintijd liggen." in message


def test_the_same_workshop_twice_in_one_round_is_refused(admin_client, agenda):
    workshops = [("Buurtagenda in een uur", [1]), ("Buurtagenda  in een uur", [1, 2])]
    message = errors(add(admin_client, agenda, form(workshops=workshops)))
    assert "Deze workshop staat al in ronde 1" in message


def test_a_workshop_entered_twice_for_two_rounds_is_refused_with_advice(admin_client, agenda):
    workshops = [("Buurtagenda in een uur", [1]), ("Buurtagenda in een uur", [2])]
    message = errors(add(admin_client, agenda, form(workshops=workshops)))
    assert "vink alle rondes aan" in message


def test_a_round_that_does_not_exist_or_no_round_is_refused(admin_client, agenda):
    message = errors(
        add(admin_client, agenda, form(rounds=[("14:00", "14:50")], workshops=[("ABCD", [2])]))
    )
    assert "ronde 2 bestaat niet" in message
    message = errors(add(admin_client, agenda, form(workshops=[("ABCD", [])])))
    assert "Kies minstens één ronde" in message


def test_external_registration_needs_a_url_and_opens_before_it_closes(admin_client, agenda):
    message = errors(add(admin_client, agenda, form(registration_mode="external")))
    assert "Vul het adres van het externe aanmeldformulier in" in message
    message = errors(
        add(
            admin_client,
            agenda,
            form(
                registration_opens_at="2026-03-01 10:00", registration_closes_at="2026-02-01 10:00"
            ),
        )
    )
    assert "moet sluiten ná het moment waarop het opent" in message
    assert not EventPage.objects.exists(), "nothing is stored from a refused form"
