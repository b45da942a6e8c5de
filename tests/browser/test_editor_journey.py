"""The whole job without a developer, in a real browser and in the roles people really
have: an editor builds an event (a new venue and a new speaker from the form's choosers,
the live preview beside the form, two rounds and a workshop in both) and submits it; a
moderator publishes it; visitors register; one cancels through the link in her e-mail;
the one waiting is moved up and mailed; the back office shows, filters, cancels and
exports. One long journey: each browser start costs seconds on CI."""

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

EVENT = "Dag van de Wijkaanpak"
ROUND_1 = "Ronde 1 (13:30–14:45)"
ROUND_2 = "Ronde 2 (15:00–16:15)"


@pytest.fixture
def agenda(site_url):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from home.models import HomePage
    from home.workflows import require_moderation
    from tests.programme.factories import EventIndexPageFactory, OrganisationFactory

    # Wagtail creates a profile on an editor's first request; with several requests at
    # once (the preview refreshes itself) SQLite's in-memory test database would lock.
    for user in get_user_model().objects.all():
        UserProfile.get_for_user(user)
    home = HomePage.objects.get(locale__language_code="nl")
    OrganisationFactory(name="Kennisplatform Inclusief Samenleven", short_name="KIS")
    index = EventIndexPageFactory(parent=home, title="Agenda", slug="agenda")
    require_moderation(index)
    return index


def log_in(browser, site_url, username):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", username)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}/admin/")
    return page


def choose_new(page, opener, tab, fields, submit):
    """Open a chooser, create a new item on its "create" tab, return to the form."""
    opener.click()
    modal = page.locator(".modal.fade.show, .modal[aria-hidden='false']").last
    modal.get_by_role("tab", name=tab).click()
    for selector, value in fields.items():
        modal.locator(selector).fill(value)
    modal.get_by_role("button", name=submit).click()
    modal.wait_for(state="hidden")


def set_time(page, selector, value):
    """Type a date or time without opening the picker (its five-minute list is for mouse
    users, and an open picker would cover the next field)."""
    page.locator(selector).evaluate(
        """(input, value) => {
            input.value = value;
            input.dispatchEvent(new Event("input", {bubbles: true}));
            input.dispatchEvent(new Event("change", {bubbles: true}));
        }""",
        value,
    )


def build_event(page, site_url, agenda):
    start = timezone.localdate() + datetime.timedelta(days=60)
    page.goto(f"{site_url}/admin/pages/add/programme/eventpage/{agenda.pk}/")
    page.fill("#id_title", EVENT)
    page.fill("#id_summary", "Een middag over de wijkaanpak, met workshops.")

    page.get_by_role("tab", name="Praktisch").click()
    set_time(page, "#id_start", f"{start:%Y-%m-%d} 13:00")
    set_time(page, "#id_end", f"{start:%Y-%m-%d} 17:00")
    choose_new(
        page,
        page.locator("#id_venue-chooser").get_by_role("button", name="Kies locatie"),
        "Nieuwe locatie",
        {"#id_name": "Vechtclub XL", "#id_city": "Utrecht"},
        "Locatie toevoegen",
    )
    expect(page.locator("#id_venue-chooser")).to_contain_text("Vechtclub XL, Utrecht")
    # Organisers: no listbox, but the chosen ones by name and the chooser to add more.
    page.locator("#id_organisers").click()  # "Organisaties toevoegen"
    modal = page.locator(".modal.fade.show, .modal[aria-hidden='false']").last
    modal.get_by_role("checkbox", name=re.compile("Kennisplatform Inclusief Samenleven")).check()
    modal.get_by_role("button", name="Selectie bevestigen").click()
    modal.wait_for(state="hidden")
    expect(page.locator("#id_organisers-chooser")).to_contain_text(
        "Kennisplatform Inclusief Samenleven"
    )

    page.get_by_role("tab", name="Programma").click()
    page.locator("#id_speakers-ADD").click()
    choose_new(
        page,
        page.locator("#id_speakers-0-person-chooser").get_by_role("button", name="Kies persoon"),
        "Nieuwe persoon",
        {"#id_name": "Anna Jansen", "#id_job_title": "onderzoeker"},
        "Persoon toevoegen",
    )
    expect(page.locator("#id_speakers-0-person-chooser")).to_contain_text(
        "Anna Jansen — onderzoeker"
    )

    page.get_by_role("tab", name="Workshops").click()
    for number, (begin, end) in enumerate([("13:30", "14:45"), ("15:00", "16:15")]):
        page.locator("#id_workshop_rounds-ADD").click()
        set_time(page, f"#id_workshop_rounds-{number}-start_time", begin)
        set_time(page, f"#id_workshop_rounds-{number}-end_time", end)
    for number, (title, rounds) in enumerate(
        [("Buurtagenda", [ROUND_1, ROUND_2]), ("Commons", [ROUND_2])]
    ):
        page.locator("#id_workshops-ADD").click()
        page.fill(f"#id_workshops-{number}-title", title)
        boxes = page.locator(f"#id_workshops-{number}-round_numbers")
        expect(boxes.get_by_role("checkbox", name=ROUND_1)).to_be_visible()
        expect(boxes.get_by_role("checkbox", name="Ronde 3")).to_be_hidden()  # only ours
        for label in rounds:
            boxes.get_by_role("checkbox", name=label).check()
        page.fill(f"#id_workshops-{number}-capacity", "10")

    page.get_by_role("tab", name="Aanmelden").click()
    page.select_option("#id_registration_mode", "site")
    page.fill("#id_capacity", "1")
    page.check("#id_has_waiting_list")

    # The live preview panel shows the page (framed by the admin, not refused).
    page.get_by_role("button", name="Toon/verberg voorvertoning").click()
    # (Wagtail loads each refresh in a second frame and swaps: take the newest.)
    preview = page.frame_locator("[data-side-panel='preview'] iframe").last
    expect(preview.get_by_role("heading", name=EVENT, level=1)).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="Toon/verberg voorvertoning").click()

    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Stuur door naar Goedkeuring door moderatoren").click()
    page.wait_for_url(f"{site_url}/admin/pages/{agenda.pk}/")
    expect(page.get_by_text(f"Pagina '{EVENT}' is ter goedkeuring ingediend.")).to_be_visible()


def test_editor_moderator_visitors_and_back_office(browser, site_url, agenda, settings):
    from programme.models import EventPage
    from programme.registration.models import Registration

    # The test database (SQLite in memory, shared cache) refuses concurrent writes ("table
    # is locked") where PostgreSQL would wait: keep the editor's background requests (the
    # preview refreshing on each keystroke, the editing-session ping) from overlapping the
    # save. The panel still loads the preview when it is opened.
    settings.WAGTAIL_AUTO_UPDATE_PREVIEW_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10 * 60 * 1000
    errors = []
    editor = log_in(browser, site_url, "editor")
    editor.on("console", lambda m: errors.append(m.text) if "Content Security" in m.text else 0)
    build_event(editor, site_url, agenda)
    event = EventPage.objects.get(title=EVENT)
    assert not event.live and event.venue.city == "Utrecht"
    assert event.speakers.get().person.job_title == "onderzoeker"
    assert [o.short_name for o in event.organisers.all()] == ["KIS"]
    assert [w.round_numbers for w in event.workshops.order_by("sort_order")] == [[1, 2], [2]]
    assert not errors, errors

    # The moderator finds it on the dashboard and approves it: it goes live.
    moderator = log_in(browser, site_url, "moderator")
    moderator.get_by_role("link", name=EVENT).first.click()
    moderator.get_by_role("button", name="Meer acties").click()
    moderator.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    moderator.wait_for_load_state()
    event.refresh_from_db()
    assert event.live

    # Two visitors register; the second is put on the waiting list.
    visitor = browser.new_context(locale="nl-NL").new_page()
    for name, email in [("Fatima", "fatima@example.org"), ("Gert", "gert@example.org")]:
        visitor.goto(f"{site_url}{event.url}")
        visitor.locator("#aanmelden a.button").click()
        visitor.fill("#id_name", name)
        visitor.fill("#id_email", email)
        visitor.get_by_role("group", name=re.compile(re.escape(ROUND_1))).get_by_label(
            re.compile("Buurtagenda")
        ).check()
        visitor.get_by_role("group", name=re.compile(re.escape(ROUND_2))).get_by_label(
            re.compile("Commons")
        ).check()
        visitor.check("#id_consent")
        visitor.click(".registration__form button[type=submit]")
        assert visitor.locator("h1").inner_text() == "Kijk in je mailbox"
    fatima, gert = (
        Registration.objects.get(email=e) for e in ("fatima@example.org", "gert@example.org")
    )
    assert (fatima.status, gert.status) == ("confirmed", "waitlisted")

    # Fatima cancels through the link in her e-mail, in the browser, under no-referrer.
    (confirmation,) = [m for m in mail.outbox if m.to == ["fatima@example.org"]]
    assert f"{ROUND_1}: Buurtagenda" in confirmation.body
    link = re.search(r"https?://\S+(/aanmelden/inschrijving/\S+/)", confirmation.body).group(1)
    visitor.goto(f"{site_url}{link}")
    visitor.get_by_role("button", name="Annuleer mijn aanmelding").click()
    notice = visitor.get_by_role("status")
    expect(notice).to_contain_text("Je aanmelding is geannuleerd.")
    expect(notice).to_contain_text("Je plaats is naar de eerste op de wachtlijst gegaan")
    gert.refresh_from_db()
    assert gert.status == "confirmed"
    assert any(
        m.to == ["gert@example.org"] and "plaats vrijgekomen" in m.subject for m in mail.outbox
    )

    # The back office: shows, filters by event and round, cancels, exports.
    moderator.goto(f"{site_url}/admin/registration/registration/")
    moderator.locator(".changelist-filter").get_by_role(
        "link",
        name=re.compile(rf"^{re.escape(EVENT)} \("),  # the event, with its date
    ).click()
    moderator.locator(".changelist-filter").get_by_role(
        "link", name=f"{EVENT} · {ROUND_2}", exact=True
    ).click()
    rows = moderator.locator("table.listing tbody tr")
    expect(rows).to_have_count(2)  # Fatima (cancelled) and Gert, both in round 2
    expect(rows.first).to_contain_text(f"{ROUND_1}: Buurtagenda")

    with moderator.expect_download() as xlsx_download:
        moderator.get_by_role("link", name="Download XLSX").click()
    assert xlsx_download.value.suggested_filename == "aanmeldingen.xlsx"
    sheet = load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes())).active
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = table[0]
    assert header[:7] == [
        "Naam",
        "E-mailadres",
        "Organisatie",
        "Functie of rol",
        "Dieetwensen of toegankelijkheid",
        "Activiteit",
        "Status",
    ]
    assert ROUND_1 in header and ROUND_2 in header
    gert_row = dict(zip(header, next(r for r in table if r[0] == "Gert"), strict=True))
    assert gert_row["Status"] == "Bevestigd"
    assert gert_row["Aangemeld op"] == timezone.localtime(gert.created_at).replace(
        microsecond=0, tzinfo=None
    )

    moderator.get_by_role("button", name="Meer acties").click()
    with moderator.expect_download() as csv_download:
        moderator.get_by_role("link", name="Download CSV").click()
    lines = list(
        csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text(encoding="utf-8")))
    )
    by_name = {line["Naam"]: line for line in lines}
    assert by_name["Fatima"]["Status"] == "Geannuleerd"
    fatima.refresh_from_db()
    cancelled_at = timezone.localtime(fatima.cancelled_at)  # Dutch time, whole seconds
    assert by_name["Fatima"]["Geannuleerd op"] == f"{cancelled_at:%Y-%m-%d %H:%M:%S}"
    assert by_name["Gert"]["Organisatie"] == ""

    gert_row_in_list = rows.filter(has_text="Gert")
    gert_row_in_list.get_by_role("link", name="Annuleren").click()
    moderator.fill("#id_message", "De zaal is helaas kleiner dan gedacht.")
    moderator.get_by_role("button", name="Ja, annuleer deze aanmelding").click()
    expect(moderator.locator(".messages")).to_contain_text(
        "De aanmelding van Gert is geannuleerd en gemaild."
    )
    gert.refresh_from_db()
    assert gert.status == "cancelled"
    (cancelled,) = [
        m for m in mail.outbox if m.to == ["gert@example.org"] and "geannuleerd" in m.subject
    ]
    assert "De zaal is helaas kleiner dan gedacht." in cancelled.body
