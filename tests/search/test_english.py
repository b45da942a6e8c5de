"""English pages are indexed with English stemming, Dutch pages with Dutch: a visitor on
/en/ finds an English page by another form of a word, and Dutch search is unchanged."""

import pytest
from django.conf import settings
from wagtail.models import Locale

from search import service
from search.analysis import stem
from tests.programme.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def gardens(home_page):
    from atelier.content_translation import translate

    agenda = EventIndexPageFactory(parent=home_page)
    dutch = EventPageFactory(
        parent=agenda,
        title="Buurttuinen",
        summary="Hoe de gemeenschappelijke moestuinen in de wijken opbloeiden.",
    )
    english = translate(
        dutch,
        Locale.objects.get(language_code="en"),
        [
            ("Buurttuinen", "Community gardens"),
            (
                "Hoe de gemeenschappelijke moestuinen in de wijken opbloeiden.",
                "How the shared vegetable gardens in the neighbourhoods flourished.",
            ),
        ],
    )
    return dutch, english


def test_the_words_need_english_stemming_to_match():
    assert stem("flourishing", "en") == stem("flourished", "en")
    assert stem("flourishing", "nl") != stem("flourished", "nl")


def test_an_english_page_is_found_by_an_inflected_english_word(client, gardens):
    _dutch, english = gardens
    results = service.search("flourishing neighbourhood", locale="en")
    assert [hit.object.pk for hit in results.items] == [english.pk]
    assert "<mark>flourished</mark>" in results.items[0].snippet
    html = client.get("/en/zoeken/", {"q": "gardening flourishes"}).content.decode()
    assert english.url in html


def test_dutch_search_still_finds_dutch_pages_by_their_dutch_stem(gardens):
    dutch, _english = gardens
    results = service.search("moestuin", locale="nl")
    assert [hit.object.pk for hit in results.items] == [dutch.pk]
    assert service.search("flourishing", locale="nl").count == 0


def test_the_api_searches_english_content_with_locale_en(client, gardens):
    _dutch, english = gardens
    data = client.get("/api/v1/search", {"q": "vegetable", "locale": "en"}).json()
    assert [item["id"] for item in data["items"]] == [english.pk]


@pytest.mark.postgres
@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="DATABASE_URL is not PostgreSQL",
)
def test_postgres_indexes_each_page_with_its_languages_configuration(gardens):
    from django.db import connection
    from wagtail.search.models import IndexEntry

    _dutch, english = gardens
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('atelier_english', 'neighbourhoods flourished')")
        (vector,) = cursor.fetchone()
    assert "'neighbourhood'" in vector and "'flourish'" in vector
    entry = IndexEntry.objects.get(object_id=str(english.pk), content_type__model="eventpage")
    assert "'flourish'" in str(entry.body)


def test_without_a_language_filter_the_visitors_language_version_comes_first(gardens, home_page):
    from search.service import _source_language_first

    dutch, english = gardens
    other = home_page.pk
    ranked = [english.pk, other, dutch.pk]
    assert _source_language_first(ranked, "nl") == [dutch.pk, other, english.pk]
    assert _source_language_first(ranked, "en") == ranked
