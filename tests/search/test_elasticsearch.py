"""Elasticsearch 9: the index settings, mappings and query bodies, built offline with the
backend classes (no server needed); live tests run only when ELASTICSEARCH_URL is set."""

import os
import uuid

import pytest
from django.conf import settings
from django.test import override_settings
from modelsearch.query import PlainText
from wagtail.models import Page

from search import service
from search.backends.elasticsearch import OutboxElasticsearch9SearchBackend, PublicOnlyMapping

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend():
    # Building the client opens no connection; port 9 is never contacted by these tests.
    return OutboxElasticsearch9SearchBackend(
        {
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "atelier_test_",
            "INDEX_SETTINGS": settings.ELASTICSEARCH_DUTCH_INDEX_SETTINGS,
        }
    )


def test_the_default_analyzer_is_dutch(backend):
    analysis = backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["tokenizer"] == "standard"
    assert {"lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"} <= set(default["filter"])
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert analysis["filter"]["dutch_stop"]["stopwords"] == "_dutch_"
    # Wagtail's own autocomplete analyzers are kept next to ours.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_indexes_carry_the_prefix(backend):
    assert backend.get_index_for_model(Page).name == "atelier_test_wagtailcore_page"


def test_page_titles_are_boosted_in_the_mapping_and_the_query(backend):
    mapping = PublicOnlyMapping(Page).get_mapping()["properties"]
    title_boost_field = mapping["title"]["copy_to"][1]
    assert title_boost_field.startswith("_all_text_boost_")
    assert mapping[title_boost_field] == {"type": "text"}

    compiler = backend.query_compiler_class(
        service.public_pages("nl"), PlainText("wijken", operator="and")
    )
    match = compiler.get_query()["bool"]["must"]["multi_match"]
    assert match["operator"] == "and"
    assert f"{title_boost_field}^2.0" in match["fields"]
    assert "_all_text" in match["fields"]


def _filters(query):
    return query["bool"]["filter"][1]["bool"]["must"]


def test_public_search_filters_live_pages_of_searchable_types_in_one_language(backend, home_page):
    compiler = backend.query_compiler_class(service.public_pages("nl"), PlainText("wijk"))
    filters = _filters(compiler.get_query())
    assert {"term": {"live_filter": True}} in filters
    assert {"range": {"depth_filter": {"gt": 2}}} in filters
    locale = home_page.locale
    assert {"term": {"locale_id_filter": locale.pk}} in filters
    types = next(
        f["terms"]["content_type_id_filter"]
        for f in filters
        if "terms" in f and "content_type_id_filter" in f["terms"]
    )
    assert sorted(types) == sorted(service._content_types_by_type())


def test_private_pages_are_excluded_in_the_query(backend, make_page, make_private):
    private = make_page("Besloten", intro="")
    make_private(private)
    compiler = backend.query_compiler_class(service.public_pages(), PlainText("wijk"))
    body = str(compiler.get_query())
    # .public() becomes a must_not on the restricted pages (and their descendants).
    assert "must_not" in body
    assert str(private.pk) in body or private.path in body


def test_people_query_requires_a_public_profile(backend):
    model = service.people_models()[0]
    compiler = backend.query_compiler_class(service.public_people(model), PlainText("jansen"))
    assert {"term": {"public_profile_filter": True}} in compiler.get_query()["bool"]["filter"]


# --- Live ---------------------------------------------------------------------------------

live = pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL unset")


@pytest.fixture
def live_backend(make_page):
    prefix = f"atelier_test_{uuid.uuid4().hex[:8]}_"
    config = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [os.environ.get("ELASTICSEARCH_URL", "")],
            "INDEX_PREFIX": prefix,
            "INDEX_SETTINGS": settings.ELASTICSEARCH_DUTCH_INDEX_SETTINGS,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        yield backend
        backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


@live
@pytest.mark.elasticsearch
def test_live_dutch_inflection_and_title_ranking(live_backend, make_page, client):
    from django.core.management import call_command

    in_body = make_page("Verslag", intro="Een tekst die eenmaal over wijken gaat")
    in_title = make_page("Wijken", intro="Een tekst over geld")
    call_command("reindex", "--no-progress")
    live_backend.refresh_indexes()
    ids = [item["id"] for item in client.get("/api/v1/search", {"q": "wijk"}).json()["items"]]
    assert ids == [in_title.pk, in_body.pk]


def test_documents_leave_out_closed_programme_items(backend, home_page):
    from programme.models import EventPage
    from tests.programme.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        ProgrammeItemFactory,
    )

    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), title="Buurtdag")
    ProgrammeItemFactory(page=event, title="Open lezing")
    ProgrammeItemFactory(page=event, title="Besloten nagesprek", is_public=False)
    document = PublicOnlyMapping(EventPage).get_document(event)
    items = next(value for key, value in document.items() if key.endswith("programme_items"))
    assert [item[next(k for k in item if k.endswith("title"))] for item in items] == ["Open lezing"]
