"""The demo site's front door: pages that know what time it is, calendar files that fit a
person, breadcrumbs, robots.txt, titles, one host name and the sitemap's alternates."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from lxml import etree
from lxml import html as lxml_html
from wagtail.models import Page, Site

from knowledge.models import ReportPage
from programme.models import EventPage, WorkshopRun

pytestmark = pytest.mark.django_db

ROOT = "http://testserver"


def vevents(content: bytes) -> list:
    return [c for c in Calendar.from_ical(content).walk() if c.name == "VEVENT"]


# --- time ---------------------------------------------------------------------------------
def test_a_past_event_says_it_took_place_and_offers_no_registration(demo, client):
    event = EventPage.objects.get(slug="dag-van-de-buurt-2021")
    assert event.start < timezone.now()
    html = client.get(event.url).content.decode()
    assert "Deze activiteit vond plaats op donderdag 28 januari 2021." in html
    assert 'class="registration"' not in html
    assert "registration:register" not in html and "/aanmelden/" not in html
    assert "calendar.ics" not in html  # no "add to your calendar" for the past
    assert "de link krijg je na aanmelding" not in html  # online, without a future tense


def test_an_upcoming_event_offers_registration_and_calendar_files(demo, client):
    event = EventPage.objects.get(slug="kennisatelier-buurtagenda", locale__language_code="nl")
    assert event.start > timezone.now()
    html = client.get(event.url).content.decode()
    assert "vond plaats" not in html
    assert 'class="registration"' in html
    assert reverse("programme_export:event_calendar", args=[event.pk]) in html


def test_the_agenda_month_filter_lists_a_past_event_as_past(demo, client):
    tree = lxml_html.fromstring(client.get("/agenda/?month=2021-01").content)
    upcoming = tree.xpath('//ul[@aria-labelledby="results-heading"]//a/@href')
    earlier = tree.xpath('//ul[@aria-labelledby="earlier-heading"]//a/@href')
    assert not any("dag-van-de-buurt-2021" in href for href in upcoming)
    assert "/agenda/dag-van-de-buurt-2021/" in earlier


def test_an_overdue_forthcoming_report_says_so_without_future_tense(demo, client):
    report = ReportPage.objects.get(slug="diversiteit-stadspersoneel")
    assert report.is_forthcoming and report.expected_date < datetime.date.today()
    html = client.get(report.url).content.decode()
    assert "Verwacht: eind mei 2021 — nog niet verschenen" in html
    assert "Verschijnt" not in html


# --- calendar files -----------------------------------------------------------------------
def test_the_event_calendar_is_one_entry_with_an_end_and_a_location(demo, client):
    """Seed 002 gives no end time: the calendar still gets a sensible end."""
    event = EventPage.objects.get(slug="kennisatelier-inclusieve-wijken-2022")
    assert event.end is None
    response = client.get(reverse("programme_export:event_calendar", args=[event.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    (entry,) = vevents(response.content)
    assert entry.decoded("dtend") > entry.decoded("dtstart")
    assert "Vechtclub" in str(entry["location"])
    assert str(entry["url"]).startswith(f"{ROOT}/")


def test_the_full_programme_has_the_event_and_every_timed_workshop(demo, client):
    event = EventPage.objects.get(slug="dag-van-de-buurt-2021")
    one = vevents(client.get(reverse("programme_export:event_calendar", args=[event.pk])).content)
    assert len(one) == 1
    runs = WorkshopRun.objects.filter(workshop__page=event, round__start_time__isnull=False)
    content = client.get(
        reverse("programme_export:event_programme_calendar", args=[event.pk])
    ).content
    entries = vevents(content)
    assert len(entries) == 1 + runs.count() and runs.count() >= 20
    assert Calendar.from_ical(content)["x-wr-calname"].endswith("volledig programma")
    for entry in entries:
        assert entry.decoded("dtend") > entry.decoded("dtstart")
        assert "http" not in str(entry.get("location", ""))  # online: no join link


def test_my_programme_has_the_event_and_only_the_chosen_workshops(demo, client):
    event = EventPage.objects.get(slug="dag-van-de-buurt-2021")
    first, second, *others = WorkshopRun.objects.filter(workshop__page=event).order_by("pk")
    url = reverse("programme_export:my_programme", args=[event.pk])
    entries = vevents(client.get(f"{url}?workshops={first.pk},{second.pk}").content)
    summaries = [str(entry["summary"]) for entry in entries]
    assert summaries[0] == event.title
    assert sorted(summaries[1:]) == sorted(
        f"{run.workshop.title} ({run.round.name})" for run in (first, second)
    )
    assert not any(others[0].workshop.title in s for s in summaries[1:]) or (
        others[0].workshop_id in (first.workshop_id, second.workshop_id)
    )
    assert client.get(f"{url}?workshops=drop;table").status_code == 400


# --- breadcrumbs, robots.txt, titles, host, sitemap ---------------------------------------
def test_breadcrumbs_in_html_and_json_ld(demo, client):
    html = client.get("/publicaties/stadsgenoten-eindrapport/").content.decode()
    tree = lxml_html.fromstring(html)
    (nav,) = tree.xpath('//nav[contains(@class, "breadcrumbs")]')
    assert nav.get("aria-label") == "Broodkruimels"
    assert nav.xpath(".//a/@href") == ["/", "/publicaties/"]
    (current,) = nav.xpath('.//span[@aria-current="page"]')
    report_title = Page.objects.get(slug="stadsgenoten-eindrapport").title
    assert current.text == report_title
    data = json.loads(nav.xpath('.//script[@type="application/ld+json"]')[0].text)
    assert data["@type"] == "BreadcrumbList"
    items = data["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert [item["item"] for item in items] == [
        f"{ROOT}/",
        f"{ROOT}/publicaties/",
        f"{ROOT}/publicaties/stadsgenoten-eindrapport/",
    ]
    assert items[-1]["name"] == report_title
    assert "breadcrumbs" not in client.get("/").content.decode()  # none on the home page


def test_robots_txt_points_at_the_sitemap(demo, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines
    assert f"Sitemap: {ROOT}/sitemap.xml" in lines


def test_every_live_page_has_a_title_of_its_own(demo, client):
    """Within a language (a page and its translation may carry the same words)."""
    titles = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        if url is None:
            continue
        html = client.get(url).content.decode()
        (title,) = re.findall(r"<title>(.*?)</title>", html, re.S)
        titles.setdefault((page.locale.language_code, title.strip()), []).append(url)
    shared = {title: urls for title, urls in titles.items() if len(urls) > 1}
    assert shared == {}
    home_title = re.search(r"<title>(.*?)</title>", client.get("/").content.decode()).group(1)
    assert home_title.strip() != "Atelier · Atelier"


def test_one_host_name_in_every_absolute_url(demo, client, settings):
    """A request under another allowed name still gets the Site's address everywhere."""
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    site = Site.objects.get(is_default_site=True)
    root = site.root_url
    event = EventPage.objects.get(slug="kennisatelier-buurtagenda", locale__language_code="nl")
    outputs = [
        client.get("/sitemap.xml", HTTP_HOST="other.example").content.decode(),
        client.get(event.url, HTTP_HOST="other.example").content.decode(),
        client.get(
            reverse("programme_export:event_calendar", args=[event.pk]),
            HTTP_HOST="other.example",
        ).content.decode(),
        client.get("/robots.txt", HTTP_HOST="other.example").content.decode(),
    ]
    for output in outputs:
        assert "other.example" not in output
        assert root in output


def test_the_sitemap_lists_translations_as_alternates(demo, client):
    tree = etree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    (entry,) = tree.xpath(f'//s:url[s:loc="{ROOT}/over-atelier/"]', namespaces=ns)
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.xpath("x:link[@rel='alternate']", namespaces=ns)
    }
    assert alternates["en"] == f"{ROOT}/en/about-atelier/"
    assert alternates["nl"] == f"{ROOT}/over-atelier/"
    locs = tree.xpath("//s:loc/text()", namespaces=ns)
    assert len(locs) == len(set(locs))
    assert any("/personen/" in loc or "/people/" in loc for loc in locs)


def test_a_forthcoming_date_is_never_today(demo, client):
    today = datetime.date.today().isoformat()
    html = client.get("/publicaties/diversiteit-stadspersoneel/").content.decode()
    assert "nog niet verschenen" in html
    assert f'datetime="{today}' not in html
