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
    assert [hit.object.pk for hit in search("burgerbegroting").items] == [in_title.pk, in_body.pk]


@pytest.mark.parametrize(("indexed", "query"), [("wijken", "wijk"), ("wijk", "wijken")])
def test_dutch_inflection_matches_both_ways_on_postgres(make_page, indexed, query):
    page = make_page("Buurtwerk", intro=f"Samen bouwen aan een sterke {indexed} vandaag")
    make_page("Iets anders", intro="Over de begroting van de gemeente")
    assert [hit.object.pk for hit in search(query).items] == [page.pk]


def test_private_document_text_is_not_indexed_on_postgres(make_page):
    from modelsearch.backends.database.postgres import postgres
    from wagtail.search.models import IndexEntry

    from search.backends.postgres import PublicOnlyObjectIndexer

    assert postgres.ObjectIndexer is PublicOnlyObjectIndexer
    assert IndexEntry.objects.exists()
