"""The back office's actions and exports: cancel (with a message), move up, resend, mail
the participants of an event; every action in Wagtail's audit log; exports people can
read (local time, Dutch headings and statuses, empty cells empty, a column per round)."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, PageLogEntry

from programme.registration.models import MailOutbox, Registration
from programme.registration.services import RunChoice, register

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/registration/registration/"


@pytest.fixture
def staff(home_page):
    """A member of the Registrations group: the back office, no page rights."""
    user = get_user_model().objects.create_user("balie", password="x", first_name="Balie")
    user.groups.add(Group.objects.get(name="Registrations"))
    return user


@pytest.fixture
def full_event(make_event, applicant, run_of):
    """Two places, both taken, one person waiting; two unnamed rounds."""
    from programme.models import WorkshopRound

    event = make_event(capacity=2, rounds=2, workshops=[("ABCD", [1, 2], 10), ("Commons", [2], 10)])
    WorkshopRound.objects.filter(page=event).update(title="")
    abcd, commons = run_of(event, "ABCD", 1), run_of(event, "Commons")

    def choose(first, second):
        return {first.round_id: RunChoice(first.pk), second.round_id: RunChoice(second.pk)}

    regs = {
        name: register(
            event, applicant(f"{name}@example.org", choose(abcd, commons), name=name.title())
        ).registration
        for name in ("an", "bo", "cas")
    }
    assert regs["cas"].status == "waitlisted"
    return event, regs


def test_a_moderator_cancels_with_a_message_and_the_waiting_list_moves_on(client, full_event):
    event, regs = full_event
    moderator = get_user_model().objects.get(username="moderator")
    client.force_login(moderator)
    url = reverse("registration_admin:cancel", args=[regs["an"].pk])
    confirm = client.get(url + "?next=" + LIST_URL + f"?event={event.pk}")
    assert confirm.status_code == 200 and "An" in confirm.content.decode()

    response = client.post(
        url, {"message": "De zaal is kleiner dan gedacht.", "next": f"{LIST_URL}?event={event.pk}"}
    )
    assert response.status_code == 302 and response["Location"] == f"{LIST_URL}?event={event.pk}"
    regs["an"].refresh_from_db()
    regs["cas"].refresh_from_db()
    assert regs["an"].status == "cancelled"
    assert regs["cas"].status == "confirmed"  # the first on the waiting list got the place
    cancelled = MailOutbox.objects.get(to="an@example.org", kind="cancelled")
    assert "De zaal is kleiner dan gedacht." in cancelled.body_text
    assert "organisatie" in cancelled.body_text.lower()
    assert MailOutbox.objects.filter(to="cas@example.org", kind="promoted").exists()

    entries = ModelLogEntry.objects.filter(object_id=str(regs["an"].pk))
    cancel_entry = entries.get(action="registration.cancel")
    assert cancel_entry.user == moderator
    assert cancel_entry.data == {"by": "staff", "with_message": True}
    assert "An" not in cancel_entry.label  # the log outlives the personal data
    promoted = ModelLogEntry.objects.get(
        object_id=str(regs["cas"].pk), action="registration.promote"
    )
    # Automatic, caused by the moderator's cancellation (Wagtail logs it under that request).
    assert promoted.data == {"by": "waiting_list"}
    # The registration's history in the back office.
    inspect = client.get(f"{LIST_URL}inspect/{regs['an'].pk}/").content.decode()
    assert "Aanmelding geannuleerd" in inspect and moderator.get_full_name() in inspect


def test_event_staff_move_someone_up_resend_and_mail_participants(client, full_event, staff):
    event, regs = full_event
    client.force_login(staff)
    # Move up out of turn although the event is full: the page says so first.
    promote = reverse("registration_admin:promote", args=[regs["cas"].pk])
    assert "boven" in client.get(promote).content.decode()  # "… on top of the maximum"
    client.post(promote)
    regs["cas"].refresh_from_db()
    assert regs["cas"].status == "confirmed"
    assert not regs["cas"].choices.filter(status="waitlisted").exists()
    assert MailOutbox.objects.filter(to="cas@example.org", kind="promoted").exists()

    client.post(reverse("registration_admin:resend", args=[regs["bo"].pk]))
    assert MailOutbox.objects.filter(to="bo@example.org", kind="resent").count() == 1

    mail_url = reverse("registration_admin:mail_participants", args=[event.pk])
    assert "3 deelnemers" in client.get(mail_url).content.decode()
    bad = client.post(mail_url, {"subject": "", "message": ""})
    assert bad.status_code == 200 and "verplicht" in bad.content.decode()
    client.post(mail_url, {"subject": "Route", "message": "Neem de achteringang."})
    mailed = MailOutbox.objects.filter(kind="message")
    assert sorted(mailed.values_list("to", flat=True)) == [
        "an@example.org",
        "bo@example.org",
        "cas@example.org",
    ]
    assert all("Neem de achteringang." in m.body_text for m in mailed)

    actions = set(ModelLogEntry.objects.filter(user=staff).values_list("action", flat=True))
    assert actions == {"registration.promote", "registration.resend"}
    page_entry = PageLogEntry.objects.get(page=event, action="registration.mail_participants")
    assert page_entry.user == staff and page_entry.data == {"subject": "Route", "count": 3}


def test_editors_cannot_use_the_actions(client, full_event):
    event, regs = full_event
    client.force_login(get_user_model().objects.get(username="editor"))
    for url in (
        reverse("registration_admin:cancel", args=[regs["an"].pk]),
        reverse("registration_admin:promote", args=[regs["cas"].pk]),
        reverse("registration_admin:resend", args=[regs["an"].pk]),
        reverse("registration_admin:mail_participants", args=[event.pk]),
    ):
        assert client.post(url, {"subject": "x", "message": "y"}).status_code == 403
    assert Registration.objects.filter(status="cancelled").count() == 0
    assert not MailOutbox.objects.filter(kind__in=["message", "resent"]).exists()


def test_the_list_and_its_filters_tell_rounds_apart(client, full_event):
    event, regs = full_event
    client.force_login(get_user_model().objects.get(username="moderator"))
    html = client.get(LIST_URL).content.decode()
    assert f"{event.title} · Ronde 1 (14:00–14:50)" in html  # round filter
    assert f"{event.title} · Ronde 2 (15:00–15:50)" in html
    assert f"{event.title} · Ronde 2 (15:00–15:50) · Commons" in html  # workshop filter
    listing = client.get(f"{LIST_URL}?event={event.pk}").content.decode()
    assert "Ronde 1 (14:00–14:50): ABCD" in listing  # the list's workshops column
    assert reverse("registration_admin:mail_participants", args=[event.pk]) in listing
    assert reverse("registration_admin:cancel", args=[regs["an"].pk]) in listing
    assert reverse("registration_admin:promote", args=[regs["cas"].pk]) in listing


def test_the_export_has_local_times_dutch_headings_and_a_column_per_round(client, full_event):
    event, regs = full_event
    moment = datetime.datetime(2026, 7, 1, 8, 5, 9, 123456, tzinfo=datetime.UTC)
    Registration.objects.filter(pk=regs["an"].pk).update(created_at=moment)
    client.force_login(get_user_model().objects.get(username="moderator"))

    response = client.get(f"{LIST_URL}?event={event.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, lines = rows[0], {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert header == [
        "Naam",
        "E-mailadres",
        "Organisatie",
        "Functie of rol",
        "Dieetwensen of toegankelijkheid",
        "Activiteit",
        "Status",
        "Ronde 1 (14:00–14:50)",
        "Ronde 2 (15:00–15:50)",
        "Aangemeld op",
        "Geannuleerd op",
    ]
    an = lines["An"]
    assert an["Aangemeld op"] == "2026-07-01 10:05:09"  # summer time, no microseconds
    assert an["Status"] == "Bevestigd" and lines["Cas"]["Status"] == "Wachtlijst"
    assert an["Ronde 1 (14:00–14:50)"] == "ABCD" and an["Ronde 2 (15:00–15:50)"] == "Commons"
    assert lines["Cas"]["Ronde 1 (14:00–14:50)"] == "ABCD (wachtlijst)"
    assert an["Organisatie"] == "" and an["Geannuleerd op"] == ""  # empty, not "-"

    xlsx = client.get(f"{LIST_URL}?event={event.pk}&export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == header
    an_row = next(row for row in values if row[0] == "An")
    assert an_row[header.index("Aangemeld op")] == datetime.datetime(2026, 7, 1, 10, 5, 9)
    assert an_row[header.index("Organisatie")] is None
    assert an_row[header.index("Status")] == "Bevestigd"
