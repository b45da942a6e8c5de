"""Visitors doing their whole jobs in Chromium, against the live server with the full demo
(every app's demo loader, in the order `manage.py load_demo` runs them): find an event in
the agenda and through search and take its calendar file along; read the Stadsgenoten
project timeline (seed 004) and download a report; switch language where a translation
exists, and be told "only in Dutch" where it does not."""

from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

EVENT_TITLE = "Kennisatelier samen werken aan de buurtagenda"  # upcoming, translated


def download_calendar(page) -> icalendar.Calendar:
    link = page.get_by_role("link", name="Zet in je agenda")
    with page.expect_download() as info:
        link.click()
    return icalendar.Calendar.from_ical(Path(info.value.path()).read_bytes())


def test_a_visitor_finds_an_event_in_the_agenda_and_takes_its_calendar_file(page, full_demo_site):
    page.goto(f"{full_demo_site}/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Agenda").click()
    page.get_by_role("link", name=EVENT_TITLE).click()
    expect(page.locator("h1")).to_have_text(EVENT_TITLE)

    calendar = download_calendar(page)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == EVENT_TITLE
    assert events[0].decoded("DTSTART").year >= 2026  # an upcoming event
    assert str(events[0]["URL"]).endswith("/agenda/kennisatelier-buurtagenda/")

    # The same event through the search box in the header; a search for nothing known
    # says so. (One test: loading the whole demo takes most of a minute.)
    page.goto(f"{full_demo_site}/")
    search = page.get_by_role("search").first.get_by_role("searchbox")
    search.fill("buurtagenda")
    search.press("Enter")
    expect(page.locator(".search-results")).to_be_visible()
    page.locator(".search-result__title a", has_text=EVENT_TITLE).first.click()
    expect(page.locator("h1")).to_have_text(EVENT_TITLE)
    assert download_calendar(page).walk("VEVENT")
    page.goto(f"{full_demo_site}/zoeken/?q=xylofoonquintet")
    expect(page.locator(".search-empty")).to_be_visible()
    assert page.locator(".search-result").count() == 0


def test_a_visitor_reads_the_timeline_downloads_a_report_and_switches_language(
    page, full_demo_site
):
    page.goto(f"{full_demo_site}/projecten/stadsgenoten/")
    entries = page.locator("ol.timeline__list > li")
    expect(entries).to_have_count(4)
    download = page.locator("a.download", has_text="Eindrapport").first
    href = download.get_attribute("href")
    response = page.request.get(f"{full_demo_site}{href}" if href.startswith("/") else href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/pdf")
    assert response.body().startswith(b"%PDF-")

    # The report's own page offers it too; the browser saves it as a download.
    page.goto(f"{full_demo_site}/publicaties/stadsgenoten-eindrapport/")
    with page.expect_download() as info:
        page.locator(".report__downloads .downloads a").first.click()
    assert Path(info.value.path()).read_bytes().startswith(b"%PDF-")

    # Switching language where a translation exists, and back.
    page.goto(f"{full_demo_site}/agenda/dag-van-de-buurt-2021/")
    switcher = page.get_by_role("navigation", name="Taal")
    switcher.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/events/neighbourhood-day-2021/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator("h1")).to_have_text("Neighbourhood Day")
    assert page.locator(".translation-notice").count() == 0

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/agenda/dag-van-de-buurt-2021/")
    expect(page.locator("h1")).to_have_text("Dag van de Buurt")

    # Where none exists: "only in Dutch", with a link back to the Dutch page.
    page.goto(f"{full_demo_site}/agenda/kennisatelier-inclusieve-wijken-2022/")
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    notice = page.locator(".translation-notice")
    expect(notice).to_contain_text("only available in Dutch")
    link = notice.get_by_role("link")
    assert link.get_attribute("lang") == "nl"
    link.click()
    page.wait_for_url("**/agenda/kennisatelier-inclusieve-wijken-2022/")
