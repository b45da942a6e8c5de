"""The back office: who may see registrations, and exports that cannot run formulas."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook

from programme.registration.services import register

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/registration/registration/"
ATTENDEES_URL = "/admin/registration/workshopchoice/"
HOSTILE = {
    "name": '=HYPERLINK("http://evil.example","klik")',
    "organisation": "+31 6 1234",
    "role": "@SUM(A1:A2)",
    "needs": "-2+3",
}


@pytest.fixture
def hostile_registration(make_event, applicant):
    event = make_event()
    return register(event, applicant("hostile@example.org", **HOSTILE)).registration


def login(client, username):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username=username))


def test_an_editor_without_the_permission_gets_403(client, hostile_registration):
    login(client, "editor")
    assert client.get(LIST_URL).status_code == 403
    assert client.get(LIST_URL + "?export=csv").status_code == 403
    assert client.get(ATTENDEES_URL).status_code == 403


def test_the_permission_opens_the_list(client, hostile_registration):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(username="editor")
    group = Group.objects.create(name="Aanmeldingen")
    group.permissions.add(Permission.objects.get(codename="view_personal_data"))
    editor.groups.add(group)
    client.force_login(editor)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert "hostile@example.org" in response.content.decode()
    # Escaped in the admin, not rendered as markup.
    assert "<script" not in response.content.decode().split("hostile@example.org")[0][-2000:]


def test_csv_export_neutralises_formulas(client, hostile_registration):
    login(client, "admin")
    response = client.get(LIST_URL + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    (row,) = rows
    values = list(row.values())
    for hostile in HOSTILE.values():
        assert "'" + hostile in values
    assert not any(value.startswith(("=", "+", "-", "@")) for value in values)


def test_export_headers_follow_the_editors_language(client, hostile_registration):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    login(client, "admin")
    dutch = client.get(LIST_URL + "?export=csv")
    header = next(csv.reader(io.StringIO(b"".join(dutch.streaming_content).decode())))
    assert header[:6] == [
        "Naam",
        "E-mailadres",
        "Organisatie",
        "Functie of rol",
        "Dieetwensen of toegankelijkheid",
        "Activiteit",
    ]

    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": "en"})
    english = client.get(ATTENDEES_URL + "?export=csv")
    header = next(csv.reader(io.StringIO(b"".join(english.streaming_content).decode())))
    assert header == ["Name", "Email address", "Organisation", "Workshop", "Status"]


def test_xlsx_export_neutralises_formulas(client, hostile_registration):
    login(client, "admin")
    response = client.get(LIST_URL + "?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell.value for cell in list(sheet.iter_rows())[1]]
    for hostile in HOSTILE.values():
        assert "'" + hostile in cells
    assert all(cell.data_type != "f" for cell in list(sheet.iter_rows())[1])


def test_attendee_list_per_workshop_run(client, make_event, applicant, run_of):
    from programme.registration.services import RunChoice

    event = make_event(rounds=1, workshops=[("ABCD", [1], 5), ("Commons", [1], 5)])
    abcd, commons = run_of(event, "ABCD"), run_of(event, "Commons")
    register(event, applicant("abcd@example.org", {abcd.round_id: RunChoice(abcd.pk)}))
    register(event, applicant("commons@example.org", {commons.round_id: RunChoice(commons.pk)}))
    login(client, "admin")
    html = client.get(ATTENDEES_URL + f"?run={abcd.pk}").content.decode()
    assert "abcd@example.org" in html
    assert "commons@example.org" not in html


def test_admin_exports_and_erases_one_persons_data(client, make_event, applicant):
    import json

    from django.urls import reverse

    from programme.registration.models import Registration

    event = make_event()
    registration = register(event, applicant("vraag@example.org", name="Vrager")).registration
    login(client, "editor")
    assert (
        client.get(reverse("registration_admin:export_person", args=[registration.pk])).status_code
        == 403
    )
    assert (
        client.post(reverse("registration_admin:erase_person", args=[registration.pk])).status_code
        == 403
    )

    login(client, "admin")
    listing = client.get(LIST_URL).content.decode()
    assert reverse("registration_admin:erase_person", args=[registration.pk]) in listing
    exported = client.get(reverse("registration_admin:export_person", args=[registration.pk]))
    assert json.loads(exported.content)["registrations"][0]["name"] == "Vrager"
    confirm = client.get(reverse("registration_admin:erase_person", args=[registration.pk]))
    assert confirm.status_code == 200
    client.post(reverse("registration_admin:erase_person", args=[registration.pk]))
    registration.refresh_from_db()
    assert registration.anonymised_at is not None
    assert not Registration.objects.filter(email="vraag@example.org").exists()


def test_registrations_filter_by_event_workshop_round_and_status(
    client, make_event, applicant, run_of
):
    from programme.registration.services import RunChoice

    event = make_event(rounds=2, workshops=[("ABCD", [1], 5), ("Commons", [2], 5)])
    other = make_event()
    abcd, commons = run_of(event, "ABCD"), run_of(event, "Commons")
    register(event, applicant("ronde1@example.org", {abcd.round_id: RunChoice(abcd.pk)}))
    register(event, applicant("ronde2@example.org", {commons.round_id: RunChoice(commons.pk)}))
    register(other, applicant("elders@example.org"))
    login(client, "admin")

    def emails(query):
        html = client.get(LIST_URL + query).content.decode()
        return {e for e in ("ronde1", "ronde2", "elders") if f"{e}@example.org" in html}

    assert emails(f"?event={other.pk}") == {"elders"}
    assert emails(f"?run={commons.pk}") == {"ronde2"}
    assert emails(f"?round={abcd.round_id}") == {"ronde1"}
    assert emails("?status=confirmed") == {"ronde1", "ronde2", "elders"}
    assert emails("?q=ronde2") == {"ronde2"}
    assert "Commons" in client.get(LIST_URL).content.decode()  # the filter's choices
