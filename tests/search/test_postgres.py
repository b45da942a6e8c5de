"""PostgreSQL full-text search in Dutch (the atelier_dutch configuration of migration 0002).
Runs when DATABASE_URL points at PostgreSQL, e.g.
DATABASE_URL=postgres://user@host/db pytest tests/search -m postgres"""

import pytest
from django.conf import settings
from django.db import connection

from search.service import search

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="DATABASE_URL is not PostgreSQL",
    ),
]


def test_the_dutch_configuration_exists_and_is_used():
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "atelier_dutch"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('atelier_dutch', 'Ideeën voor inclusieve wijken')")
        (vector,) = cursor.fetchone()
    assert "'wijk'" in vector
    assert "idee" in vector  # accents removed before stemming


def test_title_match_outranks_a_body_match_on_postgres(make_page):
    in_body = make_page("Verslag van de dag", intro="Een tekst die eenmaal burgerbegroting noemt")
    in_title = make_page("Burgerbegroting", intro="Een tekst over geld en de buurt")
    hits = search("burgerbegroting", types=["home"]).items
    assert [hit.object.pk for hit in hits] == [in_title.pk, in_body.pk]


@pytest.mark.parametrize(("indexed", "query"), [("wijken", "wijk"), ("wijk", "wijken")])
def test_dutch_inflection_matches_both_ways_on_postgres(make_page, indexed, query):
    page = make_page("Buurtwerk", intro=f"Samen bouwen aan een sterke {indexed} vandaag")
    make_page("Iets anders", intro="Over de begroting van de gemeente")
    assert [hit.object.pk for hit in search(query, types=["home"]).items] == [page.pk]


def test_private_document_text_is_not_indexed_on_postgres(make_page):
    from modelsearch.backends.database.postgres import postgres
    from wagtail.search.models import IndexEntry

    from search.backends.postgres import PublicOnlyObjectIndexer

    assert postgres.ObjectIndexer is PublicOnlyObjectIndexer
    assert IndexEntry.objects.exists()


def test_words_in_title_and_body_match_together_and_apart_on_postgres(make_page):
    """One word: title or body (the GIN-served form of the match); two words: one may be in
    the title and the other in the body (the concatenated form), as before."""
    both = make_page("Burgerbegroting", intro="Een avond over zeefdruk in de buurt")
    title_only = make_page("Burgerbegroting in cijfers", intro="Over geld")
    body_only = make_page("Verslag", intro="Zeefdruk en burgerbegroting samen")
    make_page("Iets anders", intro="Over de gemeente")

    def found(q):
        return {hit.object.pk for hit in search(q, types=["home"]).items}

    assert found("burgerbegroting") == {both.pk, title_only.pk, body_only.pk}
    assert found("zeefdruk") == {both.pk, body_only.pk}
    assert found("burgerbegroting zeefdruk") == {both.pk, body_only.pk}
    assert found("cijfers zeefdruk") == set()


@pytest.mark.parametrize("q", ["burgerbegroting", "burgerbegroting zeefdruk"])
def test_a_search_matches_the_index_once_on_postgres(make_page, q):
    """Count, facets, results page and language versions all come from one full-text match
    (docs/search.md, "Cost"); before, each of them matched the index again."""
    from django.test.utils import CaptureQueriesContext

    for n in range(3):
        make_page(f"Burgerbegroting {n}", intro="Zeefdruk in de buurt")
    with CaptureQueriesContext(connection) as captured:
        results = search(q, types=["home"], limit=2)
    assert results.count == 3 and len(results.items) == 2
    assert results.facets["type"] == {"home": 3}
    matches = [query["sql"] for query in captured if "@@" in query["sql"]]
    assert len(matches) == 1, matches


def test_indexing_a_page_sets_its_title_norm_and_updates_no_other_entry(make_page):
    """modelsearch refreshes the title norm of every entry still at 1.0, a scan of the whole
    index on each publish; ours refreshes the entries just written, by their key."""
    from django.contrib.contenttypes.models import ContentType
    from django.test.utils import CaptureQueriesContext
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    make_page("Buurtwerk in de wijk", intro="Een tekst over de buurt")
    IndexEntry.objects.update(title_norm=1.0)  # as if written before the refresh existed
    with CaptureQueriesContext(connection) as queries:
        page = make_page("Burgerbegroting", intro="Een tekst over geld en de buurt")
    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(page.specific_class),
        object_id=str(page.pk),
    )
    assert entry.title_norm != 1.0
    others = IndexEntry.objects.exclude(pk=entry.pk)
    assert others.exists() and not others.exclude(title_norm=1.0).exists()
    updates = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    assert [sql for sql in updates if "title_norm" in sql and "object_id" not in sql] == []
