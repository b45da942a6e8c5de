"""Feeds, sitemap and schema.org JSON-LD: valid, absolute, and only live public content."""

import datetime
import json

import feedparser
import pytest
from lxml import etree, html

from tests.knowledge.factories import (
    ArticlePageFactory,
    ArticlePersonFactory,
    PersonFactory,
    ProjectPageFactory,
    ReportAuthorFactory,
    ReportDocumentFactory,
    ReportPageFactory,
)

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def content(sections):
    report = ReportPageFactory(
        parent=sections["reports"], title="Stadsgenoten", slug="stadsgenoten"
    )
    ReportAuthorFactory(report=report, person__name="An Peeters")
    ReportDocumentFactory(report=report, label="Eindrapport", document__pages=3)
    ReportDocumentFactory(report=report, label="Samenvatting", document__pages=1)
    draft = ReportPageFactory(
        parent=sections["reports"], title="Concept", slug="concept", live=False
    )
    article = ArticlePageFactory(
        parent=sections["articles"], title="Nieuws uit de wijk", slug="nieuws", kind="news"
    )
    ArticlePersonFactory(article=article, person__name="Eva de Wit", role="author")
    interview = ArticlePageFactory(
        parent=sections["articles"], title="Een gesprek", slug="gesprek", kind="interview"
    )
    ArticlePersonFactory(article=interview, person__name="Karin Smit", role="author")
    ArticlePersonFactory(article=interview, person__name="Samira Louali", role="interviewee")
    project = ProjectPageFactory(parent=sections["projects"], title="Buurtproject", slug="buurt")
    return {
        "report": report,
        "draft": draft,
        "article": article,
        "interview": interview,
        "project": project,
    }


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/publicaties/rss/",
        "/feeds/publicaties/atom/",
        "/feeds/artikelen/rss/",
        "/feeds/artikelen/atom/",
    ],
)
def test_feeds_parse_cleanly_with_absolute_links(client, content, url):
    feed = feedparser.parse(client.get(url).content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.entries
    for entry in feed.entries:
        assert entry.link.startswith("http")
    assert feed.feed.link.startswith("http")


def test_report_feed_carries_the_files_as_enclosures(client, content):
    atom = feedparser.parse(client.get("/feeds/publicaties/atom/").content)
    (entry,) = atom.entries
    assert entry.title == "Stadsgenoten"
    assert entry.author == "An Peeters"
    enclosures = [link for link in entry.links if link.rel == "enclosure"]
    assert len(enclosures) == 2
    assert all(e.href.startswith("http") and e.type == "application/pdf" for e in enclosures)
    assert all(int(e.length) > 0 for e in enclosures)
    rss = feedparser.parse(client.get("/feeds/publicaties/rss/").content)
    assert len(rss.entries[0].enclosures) == 1  # RSS allows one


def test_article_feed_is_newest_first(client, content):
    content["article"].date = datetime.date(2021, 1, 1)
    content["article"].save()
    feed = feedparser.parse(client.get("/feeds/artikelen/atom/").content)
    assert [e.title for e in feed.entries] == ["Nieuws uit de wijk", "Een gesprek"]


def test_english_feed_lists_only_english_pages(client, content, home_page):
    from wagtail.models import Locale

    en = Locale.objects.get(language_code="en")
    index_en = content["report"].get_parent().copy_for_translation(en)
    index_en.save_revision().publish()
    english = content["report"].copy_for_translation(en)
    english.title = "City fellows"
    english.save_revision().publish()
    feed = feedparser.parse(client.get("/en/feeds/publicaties/rss/").content)
    assert [e.title for e in feed.entries] == ["City fellows"]
    assert feed.entries[0].link.startswith("http") and "/en/" in feed.entries[0].link


def test_sitemap_lists_public_pages_of_both_languages_and_no_drafts(client, content):
    from wagtail.models import Locale

    en = Locale.objects.get(language_code="en")
    index_en = content["report"].get_parent().copy_for_translation(en)
    index_en.slug = "publications"
    index_en.save_revision().publish()
    english = content["report"].copy_for_translation(en)
    english.save_revision().publish()
    second = ReportPageFactory(parent=content["report"].get_parent(), slug="tweede")
    english_draft = second.copy_for_translation(en)  # not published: never listed
    assert not english_draft.live
    response = client.get("/sitemap.xml")
    tree = etree.fromstring(response.content)
    locations = [loc.text for loc in tree.xpath("//s:url/s:loc", namespaces=SITEMAP_NS)]
    paths = {loc.split("//", 1)[1].split("/", 1)[1] for loc in locations}
    assert all(loc.startswith("http") for loc in locations)
    for expected in ["", "publicaties/stadsgenoten/", "en/", "en/publications/stadsgenoten/"]:
        assert expected in paths
    assert "publicaties/concept/" not in paths
    assert "publicaties/tweede/" in paths
    assert "en/publications/tweede/" not in paths


def _json_ld(client, page) -> dict:
    document = html.fromstring(client.get(page.url).content)
    scripts = document.xpath('//script[@type="application/ld+json"]')
    # The page's own description; the breadcrumbs carry a BreadcrumbList of their own.
    (data,) = [
        json.loads(script.text)
        for script in scripts
        if json.loads(script.text)["@type"] != "BreadcrumbList"
    ]
    return data


def test_report_json_ld_describes_authors_date_and_files(client, content):
    data = _json_ld(client, content["report"])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Report"
    assert data["name"] == "Stadsgenoten"
    assert [a["name"] for a in data["author"]] == ["An Peeters"]
    assert data["datePublished"] == content["report"].publication_date.isoformat()
    assert len(data["encoding"]) == 2
    for media in data["encoding"]:
        assert media["@type"] == "MediaObject"
        assert media["contentUrl"].startswith("http")
        assert media["encodingFormat"] == "application/pdf"
        assert media["contentSize"]


def test_forthcoming_report_json_ld_has_no_publication_date(client, sections):
    report = ReportPageFactory(
        parent=sections["reports"],
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
    )
    data = _json_ld(client, report)
    assert "datePublished" not in data
    assert data["creativeWorkStatus"] == "Forthcoming"


def test_article_json_ld_separates_author_and_interviewee(client, content):
    news = _json_ld(client, content["article"])
    assert news["@type"] == "NewsArticle"
    assert news["headline"] == "Nieuws uit de wijk"
    interview = _json_ld(client, content["interview"])
    assert interview["@type"] == "Article"
    assert [a["name"] for a in interview["author"]] == ["Karin Smit"]
    assert [m["name"] for m in interview["mentions"]] == ["Samira Louali"]
    assert interview["datePublished"] == content["interview"].date.isoformat()


def test_project_json_ld_is_a_research_project_with_its_team(client, content):
    from knowledge.models import ProjectTeamMember

    project = content["project"]
    ProjectTeamMember.objects.create(project=project, person=PersonFactory(name="Jo Claes"))
    data = _json_ld(client, project)
    assert data["@type"] == "ResearchProject"
    assert data["name"] == "Buurtproject"
    assert data["foundingDate"] == "2017"  # the years the page shows, no invented day
    assert [m["name"] for m in data["member"]] == ["Jo Claes"]


def test_json_ld_cannot_break_out_of_its_script_tag(client, sections):
    report = ReportPageFactory(parent=sections["reports"], summary="</script><b>x</b>")
    body = client.get(report.url).content.decode()
    assert "</script><b>x</b>" not in body
    assert _json_ld(client, report)["description"] == "</script><b>x</b>"
