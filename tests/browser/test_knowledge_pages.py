"""Knowledge pages in a real browser, with the demo content of seeds 003 and 004
(docs/glossary.md): the project timeline, a report, the interview, a dossier and the report
index are accessible, valid HTML and readable on a phone."""

import pytest

from .harness import assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser

PAGES = {
    "project-timeline": "/projecten/stadsgenoten/",
    "report": "/publicaties/stadsgenoten-eindrapport/",
    "report-forthcoming": "/publicaties/diversiteit-stadspersoneel/",
    "report-index": "/publicaties/?soort=final_report",
    "report-index-bad-year": "/publicaties/?type=final_report&year=twee",
    "article-interview": "/artikelen/interview-samira-louali-gebrookerbos/",
    "dossier": "/dossier-inclusieve-samenleving/",
}


@pytest.fixture
def knowledge_demo(site_url):
    from knowledge.demo import load_knowledge_demo

    load_knowledge_demo()
    return site_url


def test_knowledge_pages_are_accessible_valid_and_fit_a_phone(page, client, knowledge_demo):
    for name, path in PAGES.items():
        check_widths(page, f"{knowledge_demo}{path}", f"knowledge-{name}")
        assert_accessible(page)
        assert page.locator("h1").count() == 1, name
    responses = {name: client.get(path) for name, path in PAGES.items()}
    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(PAGES, 200)
    assert_valid_html(**{name: r.content.decode() for name, r in responses.items()})


def test_timeline_reads_as_an_ordered_list_with_download_links(page, knowledge_demo):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{knowledge_demo}/projecten/stadsgenoten/")
    entries = page.locator("ol.timeline__list > li")
    assert entries.count() == 4
    years = [entries.nth(i).locator("time").first.get_attribute("datetime") for i in range(4)]
    assert years == ["2017", "2018", "2019", "2020"]
    download = page.locator("a.download", has_text="Eindrapport").first
    assert download.is_visible()
    box = download.bounding_box()
    assert box["height"] >= 44  # big enough to tap
    assert page.locator(".report-status--forthcoming", has_text="eind mei 2021").is_visible()
