"""One rule for which people are public, the same on every surface: the person page, the
API (list and detail), the search page, the API's search and suggest, and the sitemap.
Public means: agreed to a public profile and mentioned by live, public content."""

import pytest
from lxml import etree
from wagtail.models import PageViewRestriction

from programme.queries import public_people

pytestmark = pytest.mark.django_db

SURNAME = "Zwanenburg"  # every person shares it, so one search finds them all


@pytest.fixture
def people(home_page, django_capture_on_commit_callbacks):
    from tests.programme.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        EventSpeakerFactory,
        PersonFactory,
    )

    agenda = EventIndexPageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        live = EventPageFactory(parent=agenda, title="Open middag")
        draft = EventPageFactory(parent=agenda, title="Conceptmiddag", live=False)
        private = EventPageFactory(parent=agenda, title="Besloten middag")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        found = {
            "public": PersonFactory(name=f"Anna {SURNAME}", public_profile=True),
            "draft_only": PersonFactory(name=f"Bert {SURNAME}", public_profile=True),
            "private_only": PersonFactory(name=f"Carla {SURNAME}", public_profile=True),
            "on_nothing": PersonFactory(name=f"Dirk {SURNAME}", public_profile=True),
            "no_consent": PersonFactory(name=f"Eva {SURNAME}", public_profile=False),
        }
        for page, key in [
            (live, "public"),
            (draft, "draft_only"),
            (private, "private_only"),
            (live, "no_consent"),
        ]:
            EventSpeakerFactory(page=page, person=found[key])
            if page.live:
                page.save_revision().publish()
    return found


HIDDEN = ["draft_only", "private_only", "on_nothing", "no_consent"]


def test_the_rule_itself(people):
    assert list(public_people()) == [people["public"]]


def test_the_rule_asked_row_by_row_is_the_same_rule(people):
    # Search asks it this way about its best candidates (search.service._people_allowed).
    assert list(public_people(correlated=True)) == [people["public"]]
    hidden = [people[key].pk for key in HIDDEN]
    assert not public_people(correlated=True).filter(pk__in=hidden).exists()


@pytest.mark.parametrize("key", HIDDEN)
def test_a_hidden_person_has_no_page_and_no_api_object(client, people, key):
    person = people[key]
    assert client.get(f"/personen/{person.pk}/").status_code == 404
    assert client.get(f"/api/v1/people/{person.pk}").status_code == 404


def test_the_public_person_has_a_page_and_an_api_object(client, people):
    person = people["public"]
    assert client.get(f"/personen/{person.pk}/").status_code == 200
    assert client.get(f"/api/v1/people/{person.pk}").status_code == 200


def test_the_api_list_shows_only_the_public_person(client, people):
    names = [item["name"] for item in client.get("/api/v1/people").json()["items"]]
    assert names == [people["public"].name]


def test_search_shows_only_the_public_person(client, people):
    found = client.get("/api/v1/search", {"q": SURNAME}).json()["people"]
    assert [item["id"] for item in found] == [people["public"].pk]
    html = client.get("/zoeken/", {"q": SURNAME}).content.decode()
    assert people["public"].name in html
    for key in HIDDEN:
        assert people[key].name not in html, key


def test_suggest_shows_only_the_public_person(client, people):
    titles = [s["title"] for s in client.get("/api/v1/search/suggest", {"q": "Zwanen"}).json()]
    assert titles == [people["public"].display_name]


@pytest.mark.parametrize("limit", [1, 2, 8])
def test_suggest_finds_the_public_person_behind_hidden_ones(client, people, limit):
    # With limit 1 search asks the rule about the best two candidates only; hidden people
    # ranked first (equal scores: the later index entry first) must not crowd out the one
    # public person.
    params = {"q": "Zwanen", "limit": limit}
    titles = [s["title"] for s in client.get("/api/v1/search/suggest", params).json()]
    assert titles == [people["public"].display_name]


def test_the_sitemap_lists_only_the_public_persons_page(client, people):
    tree = etree.fromstring(client.get("/sitemap.xml").content)
    locations = [
        loc.text
        for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
        if "/personen/" in loc.text
    ]
    assert locations == [f"http://testserver/personen/{people['public'].pk}/"]
