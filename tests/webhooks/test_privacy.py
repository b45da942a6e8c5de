"""Drafts and private pages never produce a payload; unpublish/delete say no more than the id."""

import pytest
from atelier.webhooks import emit
from atelier.webhooks.models import EventType, WebhookDelivery
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

RECEIVER = "http://127.0.0.1:9/"


@pytest.fixture
def endpoint(home_page, make_endpoint, allow_local_receiver):
    return make_endpoint(RECEIVER)


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def test_a_draft_never_triggers_a_payload(endpoint, publish_child):
    publish_child("Concept", live=False)
    assert not WebhookDelivery.objects.exists()


def test_a_page_under_a_private_parent_never_triggers_a_payload(endpoint, publish_child):
    parent = publish_child("Besloten netwerk")
    restrict(parent)
    WebhookDelivery.objects.all().delete()

    publish_child("Sessie voor leden", parent=parent)

    assert not WebhookDelivery.objects.exists()


def test_a_page_with_its_own_view_restriction_never_triggers_a_payload(endpoint, publish_child):
    page = publish_child(live=False)
    restrict(page)
    page.get_latest_revision().publish()
    assert not WebhookDelivery.objects.exists()


def test_unpublishing_a_public_page_announces_it_without_content(endpoint, publish_child):
    page = publish_child()
    WebhookDelivery.objects.all().delete()

    page.unpublish()

    payload = WebhookDelivery.objects.get().payload
    assert payload["event"] == "page.unpublished"
    assert payload["id"] == page.pk
    assert payload["url"] is None and payload["api_url"] is None


def test_unpublishing_a_private_page_says_nothing(endpoint, publish_child):
    page = publish_child()
    restrict(page)
    WebhookDelivery.objects.all().delete()
    page.unpublish()
    assert not WebhookDelivery.objects.exists()


def test_deleting_a_public_page_announces_unpublish_then_delete_once(endpoint, publish_child):
    page = publish_child()
    page_id = page.pk
    WebhookDelivery.objects.all().delete()

    page.delete()

    events = sorted(WebhookDelivery.objects.values_list("payload__event", flat=True))
    assert events == ["page.deleted", "page.unpublished"]
    deleted = WebhookDelivery.objects.get(event_type=EventType.DELETED).payload
    assert deleted["id"] == page_id
    assert deleted["url"] is None


def test_deleting_a_draft_says_nothing(endpoint, publish_child):
    page = publish_child(live=False)
    page.delete()
    assert not WebhookDelivery.objects.exists()


def test_emit_announces_registration_events_for_public_pages_only(endpoint, publish_child):
    public = publish_child("Open dag")
    draft = publish_child("Nog geheim", live=False)
    WebhookDelivery.objects.all().delete()

    created = emit("registration_full", public)
    assert emit("registration_opened", draft) == []

    assert [d.payload["event"] for d in created] == ["registration.full"]
    assert created[0].payload["url"] == public.get_full_url()


def test_emit_refuses_unknown_event_types(publish_child):
    with pytest.raises(ValueError, match="Unknown webhook event type"):
        emit("exploded", publish_child())


def test_api_url_in_the_payload_resolves_to_the_published_object(endpoint, publish_child, client):
    page = publish_child("Leernetwerk inclusie")
    api_url = WebhookDelivery.objects.get().payload["api_url"]
    assert api_url.startswith("http://testserver/api/")

    response = client.get(api_url.removeprefix("http://testserver"))

    assert response.status_code == 200
    assert response.json()["id"] == page.pk


def test_an_event_payload_names_its_type_and_an_api_url_that_serves_it(endpoint, home_page, client):
    from tests.programme.factories import EventIndexPageFactory, EventPageFactory

    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=index, title="Kennisatelier wonen", live=False)
    WebhookDelivery.objects.all().delete()

    event.save_revision().publish()

    payload = WebhookDelivery.objects.get().payload
    assert payload["object_type"] == "event"
    assert payload["url"] == event.get_full_url()
    # /api/v1/events/{id} once the events API is mounted, Wagtail's v2 pages API until then.
    assert payload["api_url"] in (
        f"http://testserver/api/v1/events/{event.pk}",
        f"http://testserver/api/wagtail/v2/pages/{event.pk}/",
    )
    response = client.get(payload["api_url"].removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response.json()["id"] == event.pk
