"""The demo's English side: made through wagtail-localize (a Translation per page, every
segment translated), reachable from the English menu, and loaded only once."""

import io
import re

from atelier.content_translation import missing_segments
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

ENGLISH_PAGES = {
    "/en/": "Atelier",
    "/en/events/": "Events",
    "/en/events/neighbourhood-day-2021/": "Neighbourhood Day",
    "/en/projects/": "Projects",
    "/en/projects/city-companions/": "City Companions",
    "/en/publications/": "Publications",
    "/en/articles/": "Articles",
    "/en/articles/interview-samira-louali-on-gebrookerbos/": (
        "Social innovation in the neighbourhood: Samira Louali on Gebrookerbos"
    ),
    "/en/about-atelier/": "About Atelier",
    "/en/dossier-inclusive-society/": "Dossier: an inclusive society",
}


def test_the_english_pages_are_live_wagtail_localize_translations(demo, client):
    en = Locale.objects.get(language_code="en")
    for url, title in ENGLISH_PAGES.items():
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.context["page"]
        assert page.title == title and page.locale == en and page.alias_of_id is None
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=en, enabled=True
        )
        assert missing_segments(translation.source, en) == [], url


def test_the_english_event_has_its_rounds_workshops_and_speakers_in_english(demo, client):
    html = client.get("/en/events/neighbourhood-day-2021/").content.decode()
    for text in (
        "round 1",
        "round 2",
        "Opening: why the neighbourhood?",
        "Property for the neighbourhood",
        "Building neighbourhood happiness",
        "Flemish artist",
    ):
        assert text in html, text
    for dutch in ("Vastgoed voor de buurt", "Vlaamse kunstenaar", "Workshops ronde 1"):
        assert dutch not in html, dutch


def test_the_english_project_lists_its_english_reports(demo, client):
    html = client.get("/en/projects/city-companions/").content.decode()
    assert "City Companions: start note" in html
    assert 'href="/en/publications/city-companions-start-note/"' in html
    assert "Stadsgenoten: startnota" not in html


def test_an_english_report_belongs_to_the_english_project_on_the_page_and_in_the_api(demo, client):
    from knowledge.models import ProjectPage, ReportPage

    report = ReportPage.objects.get(url_path__endswith="/city-companions-start-note/")
    project = ProjectPage.objects.get(locale__language_code="en", slug="city-companions")
    html = client.get(report.url).content.decode()
    assert '<a href="/en/projects/city-companions/">City Companions</a>' in html
    assert "/projecten/stadsgenoten/" not in html
    assert f'alt="Cover of “{report.title}”"' in html and "Omslag" not in html
    api = client.get(f"/api/v1/reports/{report.pk}").json()
    assert api["project"]["id"] == project.pk and api["project"]["title"] == "City Companions"
    listed = client.get("/api/v1/reports", {"project": project.pk, "locale": "en"}).json()
    assert report.pk in [item["id"] for item in listed["items"]]


def test_the_english_interview_marks_its_dutch_only_conference_as_dutch(demo, client):
    html = client.get("/en/articles/interview-samira-louali-on-gebrookerbos/").content.decode()
    link = re.search(r'<a href="/agenda/conferentie[^"]*"([^>]*)>', html)
    assert link and 'lang="nl"' in link.group(1)


def test_the_english_menu_links_to_english_pages_only(demo, client):
    html = client.get("/en/").content.decode()
    start = html.index('class="main-menu"')
    menu = html[start : html.index("</nav>", start)]
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu)
    assert links == [
        ("/en/events/", "Events"),
        ("/en/publications/", "Publications"),
        ("/en/projects/", "Projects"),
        ("/en/articles/", "Articles"),
        ("/en/dossiers/", "Dossiers"),
        ("/en/about-atelier/", "About Atelier"),
    ]
    assert ">Knowledge</button>" in menu  # the submenu of publications and projects


def test_loading_the_demo_again_changes_no_translation(demo):
    before = (Revision.objects.count(), Page.objects.count(), Translation.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Revision.objects.count(), Page.objects.count(), Translation.objects.count()) == before


def test_the_english_publication_filter_names_the_themes_in_english(demo, client):
    from atelier.models import Theme
    from lxml import html

    page = html.fromstring(client.get("/en/publications/").content)
    options = page.xpath('//select[@name="theme"]/option[@value!=""]/text()')
    english = set(Theme.objects.filter(locale__language_code="en").values_list("name", flat=True))
    assert options and set(options) <= english
    slug = page.xpath('//select[@name="theme"]/option[@value!=""]/@value')[0]
    filtered = client.get("/en/publications/", {"theme": slug}).context["reports"]
    assert len(filtered.object_list) > 0  # the English slug finds the English reports


def test_the_english_home_names_the_dossiers_theme_in_english(demo, client):
    from atelier.models import Theme

    from knowledge.models import DossierPage

    dossier = DossierPage.objects.get(locale__language_code="en")
    dutch = dossier.theme  # a translated page still points at the source's theme
    english = Theme.objects.get(translation_key=dutch.translation_key, locale__language_code="en")
    html = client.get("/en/").content.decode()
    assert f"Dossier · {english.name}" in html and dutch.name not in html


def test_english_feeds_and_calendars_name_the_themes_in_english(demo, client):
    from atelier.models import Theme
    from icalendar import Calendar
    from lxml import etree

    from programme.models import EventIndexPage, EventPage

    def names_in(code):
        return set(Theme.objects.filter(locale__language_code=code).values_list("name", flat=True))

    dutch_names, english_names = names_in("nl"), names_in("en")
    for feed in ("/en/feeds/publicaties/rss/", "/en/feeds/artikelen/rss/"):
        categories = etree.fromstring(client.get(feed).content).xpath("//item/category/text()")
        assert categories and set(categories) <= english_names, feed

    event = EventPage.objects.live().filter(locale__language_code="en", themes__isnull=False)[0]
    agenda = EventIndexPage.objects.get(locale__language_code="en")
    for path in (
        f"/programma/activiteiten/{event.pk}/calendar.ics",
        f"/programma/agenda/{agenda.pk}/calendar.ics?when=all",
    ):
        names = {
            str(name)
            for vevent in Calendar.from_ical(client.get(path).content).walk("VEVENT")
            for name in vevent.get("categories").cats
        }
        assert names and not names & (dutch_names - english_names), path


def test_the_english_dossier_is_described_in_english_in_search(demo, client):
    from knowledge.models import DossierPage

    dossier = DossierPage.objects.get(locale__language_code="en")
    dutch = dossier.theme.description
    described = dossier.get_meta_description()
    assert described and described != dutch
    hits = client.get("/api/v1/search", {"q": "society", "locale": "en"}).json()["items"]
    (hit,) = [hit for hit in hits if hit["id"] == dossier.pk]
    assert dutch[:30] not in hit["snippet"]


def test_the_english_schedule_is_in_english(demo, client):
    from programme.models import EventPage

    event = EventPage.objects.filter(
        locale__language_code="en", programme_items__isnull=False
    ).distinct()[0]
    data = client.get(f"/programma/activiteiten/{event.pk}/schedule.json").json()
    talks = [
        talk
        for day in data["schedule"]["conference"]["days"]
        for room in day["rooms"].values()
        for talk in room
    ]
    assert talks and {talk["language"] for talk in talks} == {"en"}
    assert "Plenary" in {talk["room"] for talk in talks}
