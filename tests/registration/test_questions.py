"""An event's extra questions: asked on the form, validated, stored with the registration,
shown in the back office and the export, erased with the personal data, never in the API."""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError

from programme.blocks import ChoiceQuestionBlock
from programme.registration.models import Registration

pytestmark = pytest.mark.django_db

MUNICIPALITY = "Voor welke gemeente werk je?"
LUNCH = "Lunch"
CERTIFICATE = "Ik wil een bewijs van deelname"


@pytest.fixture
def asking_event(make_event):
    event = make_event()
    event.registration_questions = [
        ("short_text", {"question": MUNICIPALITY, "help_text": "", "required": True}),
        (
            "choice",
            {"question": LUNCH, "help_text": "", "required": True, "options": ["Vega", "Vlees"]},
        ),
        ("checkbox", {"question": CERTIFICATE, "help_text": "", "required": False}),
    ]
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def ids(event):
    return [block.id for block in event.registration_questions]


def form_data(event, email="vraag@example.org", **answers):
    municipality, lunch, certificate = ids(event)
    data = {
        "name": "Vera Vragen",
        "email": email,
        "website": "",
        "consent": "on",
        f"question_{municipality}": answers.get("municipality", "Zaanstad"),
        f"question_{lunch}": answers.get("lunch", "Vega"),
    }
    if answers.get("certificate", True):
        data[f"question_{certificate}"] = "on"
    return data


def url(event):
    return reverse("registration:register", args=[event.pk])


def test_the_form_asks_the_questions_and_refuses_missing_or_wrong_answers(client, asking_event):
    html = client.get(url(asking_event)).content.decode()
    assert MUNICIPALITY in html and "Vlees" in html and CERTIFICATE in html

    response = client.post(url(asking_event), form_data(asking_event, municipality="", lunch="Vis"))
    assert response.status_code == 200
    page = response.content.decode()
    assert f"{MUNICIPALITY}: Dit is een verplicht veld." in page
    assert f"{LUNCH}: Selecteer een geldige keuze. Vis is geen beschikbare keuze." in page
    assert not Registration.objects.exists()


def test_answers_are_stored_shown_and_exported(client, asking_event):
    response = client.post(url(asking_event), form_data(asking_event))
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert [(a["question"], a["answer"]) for a in registration.answers] == [
        (MUNICIPALITY, "Zaanstad"),
        (LUNCH, "Vega"),
        (CERTIFICATE, True),
    ]

    client.force_login(get_user_model().objects.get(username="moderator"))
    inspect = client.get(f"/admin/registration/registration/inspect/{registration.pk}/")
    assert "Zaanstad" in inspect.content.decode()

    export = client.get(f"/admin/registration/registration/?event={asking_event.pk}&export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0][MUNICIPALITY] == "Zaanstad"
    assert rows[0][LUNCH] == "Vega"
    assert rows[0][CERTIFICATE] == "ja"


def test_a_question_removed_later_keeps_its_answers_in_the_export(client, asking_event):
    client.post(url(asking_event), form_data(asking_event))
    asking_event.registration_questions = []
    asking_event.save_revision().publish()
    client.force_login(get_user_model().objects.get(username="moderator"))
    export = client.get("/admin/registration/registration/?export=csv")
    (row,) = csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    assert row[MUNICIPALITY] == "Zaanstad"


def test_answers_are_exported_on_request_and_erased_with_the_person(client, asking_event):
    client.post(url(asking_event), form_data(asking_event))
    out = io.StringIO()
    call_command("export_personal_data", "vraag@example.org", stdout=out)
    exported = json.loads(out.getvalue())["registrations"][0]["answers"]
    assert {"question": MUNICIPALITY, "answer": "Zaanstad"} in exported

    call_command("erase_personal_data", "vraag@example.org", stdout=io.StringIO())
    registration = Registration.objects.get()
    assert registration.answers == [] and registration.anonymised_at


def test_retention_anonymises_the_answers(client, asking_event, settings):
    import datetime

    from django.utils import timezone

    client.post(url(asking_event), form_data(asking_event))
    retention = datetime.timedelta(days=settings.REGISTRATION_RETENTION_DAYS + 1)
    later = max(timezone.now(), asking_event.ends_at) + retention
    from programme.registration.gdpr import anonymise_expired

    assert anonymise_expired(now=later) == 1
    assert Registration.objects.get().answers == []


def test_questions_and_answers_never_reach_the_api(client, asking_event):
    client.post(url(asking_event), form_data(asking_event))
    for api_url in (
        f"/api/v1/events/{asking_event.pk}",
        f"/api/wagtail/v2/pages/{asking_event.pk}/",
    ):
        response = client.get(api_url)
        assert response.status_code == 200, api_url
        body = response.content.decode()
        assert (
            "Zaanstad" not in body
            and MUNICIPALITY not in body
            and "registration_questions" not in body
        )


def test_a_choice_question_needs_distinct_options():
    block = ChoiceQuestionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"question": "Lunch", "options": ["Vega"], "required": False}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python({"question": "Lunch", "options": ["Vega", " vega"], "required": False})
        )
    assert block.clean(block.to_python({"question": "Lunch", "options": ["Vega", "Vlees"]}))
