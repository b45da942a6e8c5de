"""The Dutch, column-weighted SQLite FTS5 backend."""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.analysis import highlight, stem, stem_text
from search.service import search

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the FTS5 backend runs on SQLite only"
)


@sqlite_only
def test_default_backend_is_the_dutch_sqlite_backend():
    from search.backends.sqlite import DutchSQLiteSearchBackend

    assert isinstance(get_search_backend(), DutchSQLiteSearchBackend)


@sqlite_only
def test_bm25_weights_follow_the_fts_table_columns():
    from search.backends.sqlite import FTS_COLUMNS

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA table_info(wagtailsearch_indexentry_fts)")
        columns = tuple(row[1] for row in cursor.fetchall())
    assert columns == FTS_COLUMNS


def test_stemming_folds_inflections_and_accents():
    assert stem("wijken") == stem("wijk")
    assert stem("Ideeën") == stem("ideeen")
    assert stem_text("<p>Inclusieve <b>wijken</b></p>") == f"{stem('inclusieve')} {stem('wijk')}"


@sqlite_only
def test_index_stores_stemmed_text(make_page):
    from wagtail.search.models import IndexEntry

    page = make_page("Buurtwerk", intro="Samen bouwen aan sterke wijken")
    entry = IndexEntry.objects.get(object_id=str(page.pk))
    assert stem("wijken") in entry.body.split()
    assert "wijken" not in entry.body.split() or stem("wijken") == "wijken"


@pytest.mark.parametrize(("indexed", "query"), [("wijken", "wijk"), ("wijk", "wijken")])
def test_dutch_inflection_matches_both_ways(make_page, indexed, query):
    page = make_page("Buurtwerk", intro=f"Samen bouwen aan een sterke {indexed} vandaag")
    make_page("Iets anders", intro="Over de begroting van de gemeente")
    results = search(query)
    assert [hit.object.pk for hit in results.items] == [page.pk]
    assert f"<mark>{indexed}</mark>" in results.items[0].snippet


def test_title_match_outranks_a_body_match(make_page):
    # Created first so a tie on id order could not explain the result.
    in_body = make_page(
        "Verslag van de dag", intro="Een lange tekst die eenmaal burgerbegroting noemt"
    )
    in_title = make_page("Burgerbegroting", intro="Een lange tekst over geld en de buurt")
    results = search("burgerbegroting")
    assert [hit.object.pk for hit in results.items] == [in_title.pk, in_body.pk]


def test_punctuation_and_fts_syntax_in_queries_are_harmless(make_page):
    page = make_page("Wijkaanpak", intro="Bewoners aan zet")
    assert [h.object.pk for h in search('"wijkaanpak OR (NEAR*').items] == []
    assert [h.object.pk for h in search('wijkaanpak"').items] == [page.pk]
    assert search("?!").count == 0


def test_highlight_escapes_html_before_marking():
    snippet = highlight("<script>x</script> Wijken & buurten <b>", "wijk")
    assert "<script>" not in snippet
    assert "<mark>Wijken</mark>" in snippet
    assert "&amp;" in snippet


@sqlite_only
def test_autocomplete_matches_word_beginnings(make_page):
    page = make_page("Participatiebegroting", intro="")
    backend = get_search_backend()
    from wagtail.models import Page

    assert page.pk in [p.pk for p in backend.autocomplete("particip", Page.objects.live())]
