"""Workshop rounds in the editor: the event's own rounds by name and time, and times
entered once (a programme item that is a round takes the round's times)."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from programme.models import EventPage, WorkshopRound
from programme.models.schedule import round_label

from .test_validation import add, errors, form

pytestmark = pytest.mark.django_db


def test_a_round_without_a_name_is_called_by_its_number_and_times():
    assert round_label("", 1, datetime.time(13, 30), datetime.time(14, 45)) == (
        "Ronde 1 (13:30–14:45)"
    )
    assert round_label("Middagronde", 2, datetime.time(15)) == "Middagronde (15:00)"
    assert round_label("", 3) == "Ronde 3"


def with_programme(items, **fields):
    data = form(**fields)
    programme = inline_formset(
        [
            {
                "title": title,
                "description": rich_text(""),
                "start_time": start,
                "end_time": end,
                "workshop_round_number": number,
                "is_public": "on",
                "ORDER": i + 1,
            }
            for i, (title, start, end, number) in enumerate(items)
        ]
    )
    for key in [k for k in data if k.startswith("programme_items-")]:
        del data[key]
    data.update(nested_form_data({"programme_items": programme}))
    return data


def test_a_programme_item_that_is_a_round_takes_the_rounds_times(admin_client, agenda):
    items = [
        ("Opening", "13:00", "13:45", ""),
        ("Workshops, tweede ronde", "", "", "2"),  # no times typed: they come from round 2
    ]
    response = add(admin_client, agenda, with_programme(items))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="dag-van-de-wijk")
    opening, workshops = event.programme_items.order_by("sort_order")
    assert (opening.start_time, opening.end_time) == (datetime.time(13), datetime.time(13, 45))
    assert (workshops.start_time, workshops.end_time) == (datetime.time(15), datetime.time(15, 50))


def test_a_programme_item_for_a_round_that_does_not_exist_is_refused(admin_client, agenda):
    data = with_programme([("Workshops", "", "", "3")])
    assert "ronde 3 bestaat niet" in errors(add(admin_client, agenda, data))


def test_the_editor_offers_the_events_rounds_by_name_and_time(admin_client, agenda):
    add(admin_client, agenda, form())
    event = EventPage.objects.get(slug="dag-van-de-wijk")
    second = event.workshop_rounds.order_by("sort_order")[1]
    WorkshopRound.objects.filter(pk=second.pk).update(title="Middagronde")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert "Ronde 1 (14:00–14:50)" in html
    assert "Middagronde (15:00–15:50)" in html
    assert "programme/admin/event-editor.js" in html  # keeps them in step while typing


def test_time_pickers_offer_five_minute_steps(admin_client, agenda):
    url = reverse("wagtailadmin_pages:add", args=("programme", "eventpage", agenda.pk))
    html = admin_client.get(url).content.decode()
    # The event's start and a round's times: the picker lists 13:00, 13:05, 13:10, …
    start = re.search(r'initDateTimeChooser\("id_start", (\{.*?\})\)', html).group(1)
    assert json.loads(start)["step"] == 5
    round_time = re.search(
        r'initTimeChooser\("id_workshop_rounds\\u002D__prefix__\\u002Dstart_time", (\{.*?\})\)',
        html,
    )
    assert json.loads(round_time.group(1))["step"] == 5
