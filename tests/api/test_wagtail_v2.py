"""Wagtail's API v2 pages endpoint: public pages only, and 400 (not 500) for bad input."""

import pytest
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db

PAGES = "/api/wagtail/v2/pages/"


@pytest.fixture
def pages(home_page):
    public = home_page.add_child(instance=Page(title="Openbaar", slug="openbaar"))
    private = home_page.add_child(instance=Page(title="Besloten", slug="besloten"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    under_private = private.add_child(instance=Page(title="Onder besloten", slug="onder"))
    draft = home_page.add_child(instance=Page(title="Concept", slug="concept", live=False))
    return {"public": public, "private": private, "under": under_private, "draft": draft}


def listed_ids(client, query=""):
    response = client.get(f"{PAGES}?limit=20{query}")
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize("logged_in", [False, True])
def test_only_live_public_pages_are_listed_or_retrievable(
    client, pages, django_user_model, logged_in
):
    if logged_in:
        # Even a logged-in editor's browser gets the public view from this mount
        client.force_login(django_user_model.objects.get(username="editor"))
    ids = listed_ids(client)
    assert pages["public"].pk in ids
    for hidden in ("private", "under", "draft"):
        assert pages[hidden].pk not in ids
        assert client.get(f"{PAGES}{pages[hidden].pk}/").status_code == 404
        assert client.get(f"{PAGES}find/?id={pages[hidden].pk}").status_code == 404
    assert client.get(f"{PAGES}{pages['public'].pk}/").status_code == 200


def test_images_and_documents_endpoints_are_not_mounted(client, home_page):
    assert client.get("/api/wagtail/v2/images/").status_code == 404
    assert client.get("/api/wagtail/v2/documents/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        f"{PAGES}find/?id=abc",
        f"{PAGES}find/?id=99999999999999999999999",
        f"{PAGES}?first_published_at=abc",
        f"{PAGES}?first_published_at=2026-02-31",
        f"{PAGES}?offset=100000000000000000000000",
        f"{PAGES}?offset=10001",
        f"{PAGES}?offset=-3",
        f"{PAGES}?limit=abc",
        f"{PAGES}?child_of=abc",
        f"{PAGES}?descendant_of=1e9",
        f"{PAGES}?fields=nonsense",
        f"{PAGES}?type=nope.Nothing",
        f"{PAGES}?order=nonsense",
        f"{PAGES}?unknown=1",
        f"{PAGES}?id=abc",
        f"{PAGES}?title=%00",
    ],
)
def test_bad_input_is_400_not_500(client, pages, url):
    response = client.get(url)
    assert response.status_code == 400, (url, response.content)
    assert response.json()["message"]


def test_find_with_a_valid_id_still_redirects(client, pages):
    response = client.get(f"{PAGES}find/?id={pages['public'].pk}")
    assert response.status_code == 302
